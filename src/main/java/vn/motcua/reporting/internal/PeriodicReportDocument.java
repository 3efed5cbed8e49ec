package vn.motcua.reporting.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.motcua.documents.Word;
import vn.motcua.reporting.PeriodKind;
import vn.motcua.reporting.ReportDocument;
import vn.motcua.reporting.ResolutionReport;

/**
 * A report as a Word document in the format of Decree 30/2020 (measurement-and-calendar.md §6.8): header table, title
 * and summary, the parts its composer wrote, signature and recipients, and form II.06a as a landscape annex when the
 * report carries resolution figures. A4 portrait, margins 20/20/30/20 mm, Times New Roman 13–14 pt.
 */
final class PeriodicReportDocument {

    static final String MOTTO_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final String TYPE = "BÁO CÁO";
    /** Width of the text on the portrait pages: 210 mm less 30 mm left and 20 mm right. */
    static final int TEXT_WIDTH = Word.A4_SHORT - Word.mm(30) - Word.mm(20);
    /** Width of the text on the landscape annex: 297 mm less 20 mm on each side. */
    static final int ANNEX_WIDTH = Word.A4_LONG - 2 * Word.mm(20);
    private static final Locale VIETNAMESE = Letterhead.VIETNAMESE;

    private final ReportDocument report;
    private final ResolutionReport resolution;
    private final Letterhead letterhead;
    private final XWPFDocument doc = Word.document();

    private PeriodicReportDocument(ReportDocument report, Letterhead letterhead) {
        this.report = report;
        this.resolution = report.annex();
        this.letterhead = letterhead;
    }

    static byte[] render(ReportDocument report, Letterhead letterhead) {
        PeriodicReportDocument document = new PeriodicReportDocument(report, letterhead);
        document.header();
        document.title();
        document.body();
        document.signature();
        if (document.resolution != null) {
            CTSectPr main = Word.endPortraitSection(document.doc);
            document.annex();
            Word.pageNumbers(document.doc, main);
        } else {
            Word.pageNumbers(document.doc);
        }
        var properties = document.doc.getProperties().getCoreProperties();
        properties.setTitle(OfficeText.clean(TYPE + " " + report.summary()));
        properties.setSubjectProperty(OfficeText.clean(report.summary()));
        properties.setCreator("motcua");
        return Word.bytes(document.doc);
    }

    /** "15/BC-SKHCN", or the blank "      /BC-SKHCN" to be numbered when signed. */
    private String number() {
        String given = report.number() == null || report.number().isBlank() ? null : report.number().strip();
        if (given == null) {
            return "      /BC-" + letterhead.symbol();
        }
        if (given.contains("/")) {
            return given;
        }
        return (given.matches("\\d") ? "0" + given : given) + "/BC-" + letterhead.symbol();
    }

    private boolean numbered() {
        return report.number() != null && !report.number().isBlank();
    }

    private String placeAndDate() {
        String date = !numbered() ? OfficeText.longDateWithoutDay(letterhead.issuedOn())
                : OfficeText.longDate(letterhead.issuedOn());
        return letterhead.place().isEmpty() ? date.substring(0, 1).toUpperCase(VIETNAMESE) + date.substring(1)
                : letterhead.place() + ", " + date;
    }

    private void header() {
        int left = Word.mm(62);
        XWPFTable table = Word.table(doc, 2, new int[] {left, TEXT_WIDTH - left}, false);
        XWPFTableCell issuer = table.getRow(0).getCell(0);
        XWPFParagraph p = Word.first(issuer);
        if (!letterhead.parentBody().isEmpty()) {
            Word.centred(p, letterhead.parentBody(), 13, false, false);
            p = issuer.addParagraph();
        }
        Word.centred(p, letterhead.issuer(), 13, true, false);
        Word.rule(issuer.addParagraph(), left, left / 3);
        XWPFTableCell motto = table.getRow(0).getCell(1);
        Word.centred(Word.first(motto), MOTTO_TITLE, 13, true, false);
        XWPFParagraph line = Word.format(motto.addParagraph(), ParagraphAlignment.CENTER, 0, 0);
        Word.run(line, MOTTO, 14, true, false, true);
        Word.format(Word.first(table.getRow(1).getCell(0)), ParagraphAlignment.CENTER, 6, 0);
        Word.run(Word.first(table.getRow(1).getCell(0)), "Số: " + number(), 13, false, false);
        Word.format(Word.first(table.getRow(1).getCell(1)), ParagraphAlignment.CENTER, 6, 0);
        Word.run(Word.first(table.getRow(1).getCell(1)), placeAndDate(), 14, false, true);
    }

    private void title() {
        Word.format(doc.createParagraph(), ParagraphAlignment.CENTER, 0, 0);
        Word.centred(doc.createParagraph(), TYPE, 14, true, false).setSpacingBefore(240);
        Word.centred(doc.createParagraph(), report.summary(), 14, true, false);
        if (report.period().kind() != PeriodKind.RANGE) {
            Word.centred(doc.createParagraph(), "(Số liệu " + report.period().dateRangeLabel() + ")", 14, true, false);
        }
        Word.rule(doc.createParagraph(), TEXT_WIDTH, TEXT_WIDTH / 3);
        Word.format(doc.createParagraph(), ParagraphAlignment.CENTER, 0, 6);
    }

    private void body() {
        OfficeText.lines(report.opening()).forEach(this::text);
        for (ReportDocument.Part part : report.parts()) {
            heading(part.heading());
            part.paragraphs().forEach(p -> OfficeText.lines(p).forEach(this::text));
        }
        OfficeText.lines(report.closing()).forEach(this::text);
    }

    private void text(String text) {
        Word.body(doc.createParagraph(), text, false);
    }

    private void heading(String text) {
        Word.heading(doc, text);
    }

    private void signature() {
        Word.signatureBlock(doc, TEXT_WIDTH, recipients(), report.signerTitle(), report.signerName());
    }

    /** The recipients without their list punctuation, "Lưu: VT" added when absent. */
    private List<String> recipients() {
        List<String> lines = new ArrayList<>();
        for (String recipient : report.recipients()) {
            String line = OfficeText.clean(recipient).strip().replaceFirst("^[-+•]\\s*", "")
                    .replaceFirst("[;.,]+$", "").strip();
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        if (lines.stream().noneMatch(l -> l.startsWith("Lưu"))) {
            lines.add("Lưu: VT");
        }
        return lines;
    }

    /** Form II.06a on landscape pages, numbered from 1. */
    private void annex() {
        Word.landscapeLastSection(doc);
        int half = ANNEX_WIDTH / 2;
        XWPFTable top = Word.table(doc, 1, new int[] {half, ANNEX_WIDTH - half}, false);
        XWPFTableCell code = top.getRow(0).getCell(0);
        Word.run(Word.format(Word.first(code), ParagraphAlignment.LEFT, 0, 0), Form06a.CODE, 12, true, false);
        Word.run(Word.format(code.addParagraph(), ParagraphAlignment.LEFT, 0, 0), Form06a.BASIS, 11, false, true);
        XWPFTableCell units = top.getRow(0).getCell(1);
        Word.run(Word.format(Word.first(units), ParagraphAlignment.LEFT, 0, 0),
                "Đơn vị báo cáo: " + resolution.agencyName(), 12, false, false);
        Word.run(Word.format(units.addParagraph(), ParagraphAlignment.LEFT, 0, 0), "Đơn vị nhận báo cáo: "
                + (letterhead.receivingUnit().isEmpty() ? "……………………" : letterhead.receivingUnit()), 12, false, false);
        Word.centred(doc.createParagraph(), "Phụ lục", 14, true, false).setSpacingBefore(240);
        Word.centred(doc.createParagraph(), Form06a.TITLE, 13, true, false);
        Word.centred(doc.createParagraph(), "(Kèm theo Báo cáo số " + number().strip()
                + (!numbered() ? "" : " ngày " + OfficeText.date(letterhead.issuedOn()))
                + " của " + resolution.agencyName() + ")", 13, false, true);
        Word.centred(doc.createParagraph(), "Kỳ báo cáo: " + OfficeText.periodLine(report.period()), 13, false, true);
        XWPFParagraph unit = Word.format(doc.createParagraph(), ParagraphAlignment.RIGHT, 0, 3);
        Word.run(unit, Form06a.UNIT, 12, false, true);
        form06a();
        Word.format(doc.createParagraph(), ParagraphAlignment.LEFT, 0, 0);
    }

    private void form06a() {
        int number = Word.mm(10);
        int field = Word.mm(62);
        int figure = (ANNEX_WIDTH - number - field) / Form06a.SUBHEADINGS.size();
        int[] widths = new int[2 + Form06a.SUBHEADINGS.size()];
        widths[0] = number;
        widths[1] = field;
        Arrays.fill(widths, 2, widths.length, figure);
        List<ResolutionReport.Row> rows = resolution.rows();
        XWPFTable table = Word.table(doc, 3 + rows.size() + 1, widths, true);
        XWPFTableRow groups = table.getRow(0);
        XWPFTableRow subheadings = table.getRow(1);
        groups.setRepeatHeader(true);
        subheadings.setRepeatHeader(true);
        table.getRow(2).setRepeatHeader(true);
        for (int i = 0; i < Form06a.SUBHEADINGS.size(); i++) {
            cell(subheadings.getCell(2 + i), Form06a.SUBHEADINGS.get(i), true, ParagraphAlignment.CENTER);
        }
        cell(groups.getCell(0), Form06a.NUMBER_HEADING, true, ParagraphAlignment.CENTER);
        cell(groups.getCell(1), Form06a.FIELD_HEADING, true, ParagraphAlignment.CENTER);
        Word.mergeDown(groups.getCell(0), true);
        Word.mergeDown(groups.getCell(1), true);
        Word.mergeDown(subheadings.getCell(0), false);
        Word.mergeDown(subheadings.getCell(1), false);
        for (int g = Form06a.GROUPS.size() - 1; g >= 0; g--) {
            Form06a.Group group = Form06a.GROUPS.get(g);
            int columns = group.last() - group.first() + 1;
            cell(groups.getCell(2 + group.first()), group.heading(), true, ParagraphAlignment.CENTER);
            Word.span(groups, 2 + group.first(), columns, figure * columns);
        }
        for (int c = 0; c < widths.length; c++) {
            cell(table.getRow(2).getCell(c), "(" + (c + 1) + ")", false, ParagraphAlignment.CENTER);
        }
        for (int i = 0; i < rows.size(); i++) {
            line(table.getRow(3 + i), Integer.toString(i + 1), rows.get(i).field(), rows.get(i).counts(), false);
        }
        line(table.getRow(3 + rows.size()), "", Form06a.TOTAL, resolution.total(), true);
    }

    private void line(XWPFTableRow row, String number, String field, ResolutionReport.Counts counts, boolean bold) {
        row.setCantSplitRow(true);
        cell(row.getCell(0), number, bold, ParagraphAlignment.CENTER);
        cell(row.getCell(1), field, bold, ParagraphAlignment.LEFT);
        long[] figures = Form06a.figures(counts);
        for (int f = 0; f < figures.length; f++) {
            cell(row.getCell(2 + f), n(figures[f]), bold, ParagraphAlignment.RIGHT);
        }
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold, ParagraphAlignment alignment) {
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        Word.run(Word.format(Word.first(cell), alignment, 1, 1), text, 11, bold, false);
    }

    /** A count as Vietnamese prints it: 1.234. */
    static String n(long value) {
        return String.format(VIETNAMESE, "%,d", value);
    }

}

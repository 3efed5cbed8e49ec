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
import vn.motcua.reporting.CatalogReport;
import vn.motcua.reporting.Narrative;
import vn.motcua.reporting.PeriodKind;
import vn.motcua.reporting.ReportingPeriod;
import vn.motcua.reporting.ResolutionReport;

/**
 * The periodic TTHC-control report as a Word document in the format of Decree 30/2020 (measurement-and-calendar.md
 * §6.8): header table, title and summary, body in parts modelled on the departments' quarterly reports (publication
 * from the catalog, resolution from the ledger, e-services, then the officer's narrative), signature and recipients,
 * and form II.06a as a landscape annex. A4 portrait, margins 20/20/30/20 mm, Times New Roman 13–14 pt.
 */
final class PeriodicReportDocument {

    static final String MOTTO_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final String TYPE = "BÁO CÁO";
    static final String SUMMARY = "Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính, triển khai cơ chế "
            + "một cửa, một cửa liên thông và thực hiện thủ tục hành chính trên môi trường điện tử";
    /** Width of the text on the portrait pages: 210 mm less 30 mm left and 20 mm right. */
    static final int TEXT_WIDTH = Word.A4_SHORT - Word.mm(30) - Word.mm(20);
    /** Width of the text on the landscape annex: 297 mm less 20 mm on each side. */
    static final int ANNEX_WIDTH = Word.A4_LONG - 2 * Word.mm(20);
    private static final Locale VIETNAMESE = Letterhead.VIETNAMESE;

    private final ResolutionReport resolution;
    private final CatalogReport catalog;
    private final Narrative narrative;
    private final Letterhead letterhead;
    private final ReportingPeriod period;
    private final XWPFDocument doc = Word.document();

    private PeriodicReportDocument(ResolutionReport resolution, CatalogReport catalog, Narrative narrative,
            Letterhead letterhead) {
        this.resolution = resolution;
        this.catalog = catalog;
        this.narrative = (narrative == null ? Narrative.NONE : narrative).withDefaults(resolution);
        this.letterhead = letterhead;
        this.period = OfficeText.period(resolution.period(), resolution.from(), resolution.to());
    }

    static byte[] render(ResolutionReport resolution, CatalogReport catalog, Narrative narrative,
            Letterhead letterhead) {
        PeriodicReportDocument report = new PeriodicReportDocument(resolution, catalog, narrative, letterhead);
        report.header();
        report.title();
        report.body();
        report.signature();
        CTSectPr main = report.endOfMainSection();
        report.annex();
        Word.pageNumbers(report.doc, main);
        var properties = report.doc.getProperties().getCoreProperties();
        properties.setTitle(OfficeText.clean(TYPE + " " + SUMMARY + " " + OfficeText.inSentence(report.period)));
        properties.setSubjectProperty("Báo cáo định kỳ công tác kiểm soát thủ tục hành chính");
        properties.setCreator("motcua");
        return Word.bytes(report.doc);
    }

    /** "15/BC-SKHCN", or the blank "      /BC-SKHCN" to be numbered when signed. */
    private String number() {
        String given = narrative.number();
        if (given == null) {
            return "      /BC-" + letterhead.symbol();
        }
        if (given.contains("/")) {
            return given;
        }
        return (given.matches("\\d") ? "0" + given : given) + "/BC-" + letterhead.symbol();
    }

    private String placeAndDate() {
        String date = narrative.number() == null ? OfficeText.longDateWithoutDay(letterhead.issuedOn())
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
        Word.centred(doc.createParagraph(), SUMMARY + " " + OfficeText.inSentence(period), 14, true, false);
        if (period.kind() != PeriodKind.RANGE) {
            Word.centred(doc.createParagraph(), "(Số liệu " + period.dateRangeLabel() + ")", 14, true, false);
        }
        Word.rule(doc.createParagraph(), TEXT_WIDTH, TEXT_WIDTH / 3);
        Word.format(doc.createParagraph(), ParagraphAlignment.CENTER, 0, 6);
    }

    private void body() {
        text("Thực hiện chế độ báo cáo định kỳ về công tác kiểm soát thủ tục hành chính theo Thông tư số "
                + "01/2020/TT-VPCP ngày 21/10/2020 của Văn phòng Chính phủ, " + resolution.agencyName()
                + " báo cáo tình hình, kết quả thực hiện " + OfficeText.inSentence(period) + " như sau:");
        publication();
        resolutionFigures();
        eServices();
        heading("IV. KHÓ KHĂN, VƯỚNG MẮC");
        OfficeText.lines(narrative.difficulties()).forEach(this::text);
        heading("V. ĐỀ XUẤT, KIẾN NGHỊ");
        OfficeText.lines(narrative.proposals()).forEach(this::text);
        ReportingPeriod next = OfficeText.next(period);
        heading("VI. PHƯƠNG HƯỚNG, NHIỆM VỤ " + (next == null ? "KỲ TỚI" : next.label().toUpperCase(VIETNAMESE)));
        OfficeText.lines(narrative.nextTasks()).forEach(this::text);
        text("Trên đây là báo cáo tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính "
                + OfficeText.inSentence(period) + " của " + resolution.agencyName() + "./.");
    }

    private void publication() {
        heading("I. CÔNG BỐ, CÔNG KHAI THỦ TỤC HÀNH CHÍNH");
        heading("1. Công bố thủ tục hành chính");
        List<CatalogReport.Decision> decisions = catalog.decisions();
        if (decisions.isEmpty()) {
            text("- Trong kỳ báo cáo không có quyết định công bố thủ tục hành chính thuộc thẩm quyền giải quyết của "
                    + "cơ quan được ký ban hành.");
        } else {
            text("- Trong kỳ báo cáo có " + n(decisions.size()) + " quyết định công bố thủ tục hành chính thuộc thẩm "
                    + "quyền giải quyết của cơ quan được ký ban hành:");
            List<String> items = new ArrayList<>();
            for (CatalogReport.Decision d : decisions) {
                items.add("+ Quyết định số " + d.number() + " ngày " + OfficeText.date(d.signedOn())
                        + (d.signer() == null || d.signer().isBlank() ? "" : " (người ký: " + d.signer() + ")")
                        + (d.effectiveOn() == null ? "" : ", có hiệu lực từ ngày " + OfficeText.date(d.effectiveOn()))
                        + ": " + n(d.items()) + " thủ tục hành chính");
            }
            list(items);
        }
        long announced = catalog.announcedNew() + catalog.announcedAmended() + catalog.announcedReplaced()
                + catalog.announcedAbolished();
        text("- Số thủ tục hành chính được công bố có hiệu lực trong kỳ: " + n(announced)
                + (announced == 0 ? "." : ", trong đó:"));
        if (announced > 0) {
            list(List.of("+ Thủ tục hành chính mới ban hành: " + n(catalog.announcedNew()),
                    "+ Thủ tục hành chính sửa đổi, bổ sung: " + n(catalog.announcedAmended()),
                    "+ Thủ tục hành chính được thay thế: " + n(catalog.announcedReplaced()),
                    "+ Thủ tục hành chính bị bãi bỏ: " + n(catalog.announcedAbolished())));
        }
        heading("2. Công khai thủ tục hành chính, quy trình nội bộ và dịch vụ công trực tuyến");
        List<String> levels = new ArrayList<>();
        for (String level : CatalogWorkbook.levels(catalog)) {
            long count = catalog.byLevel().getOrDefault(level, 0L);
            if (count > 0) {
                levels.add(level.substring(0, 1).toLowerCase(VIETNAMESE) + level.substring(1) + ": " + n(count));
            }
        }
        text("- Tổng số thủ tục hành chính thuộc thẩm quyền giải quyết đang có hiệu lực tính đến ngày "
                + OfficeText.date(catalog.to()) + ": " + n(catalog.procedures()) + " thủ tục"
                + (levels.isEmpty() ? "" : " (" + String.join("; ", levels) + ")") + ".");
        text("- Số thủ tục hành chính được công khai: " + n(catalog.publiclyPosted()) + "/" + n(catalog.procedures())
                + rate(catalog.publiclyPosted(), catalog.procedures()) + ".");
        text("- Số thủ tục hành chính đã được phê duyệt quy trình nội bộ giải quyết: "
                + n(catalog.withInternalProcedure()) + "/" + n(catalog.procedures())
                + rate(catalog.withInternalProcedure(), catalog.procedures()) + ".");
        text("- Số thủ tục hành chính cung cấp dịch vụ công trực tuyến: " + n(catalog.onlineFull()
                + catalog.onlinePartial()) + ", trong đó toàn trình: " + n(catalog.onlineFull()) + "; một phần: "
                + n(catalog.onlinePartial()) + ".");
    }

    private void resolutionFigures() {
        heading("II. TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH");
        ResolutionReport.Counts t = resolution.total();
        text("Số liệu " + PeriodText.dateRange(resolution.from(), resolution.to()) + " (chi tiết theo lĩnh vực tại " + Form06a.CODE + " kèm theo):");
        text("- Tổng số hồ sơ nhận giải quyết: " + n(t.received().total()) + " hồ sơ, trong đó: số từ kỳ trước chuyển "
                + "sang: " + n(t.received().carriedOver()) + "; số mới tiếp nhận trực tuyến: " + n(t.received().online())
                + "; số mới tiếp nhận trực tiếp và qua dịch vụ bưu chính: " + n(t.received().directOrPostal()) + ".");
        String inTime = OfficeText.percent(t.resolved().early() + t.resolved().onTime(), t.resolved().total());
        text("- Số hồ sơ đã giải quyết: " + n(t.resolved().total()) + ", trong đó: giải quyết trước hạn: "
                + n(t.resolved().early()) + "; đúng hạn: " + n(t.resolved().onTime()) + "; quá hạn: "
                + n(t.resolved().late()) + (inTime == null ? "" : ". Tỷ lệ giải quyết trước hạn và đúng hạn đạt "
                + inTime + "%") + ".");
        text("- Số hồ sơ đang giải quyết: " + n(t.inProgress().total()) + ", trong đó: trong hạn: "
                + n(t.inProgress().withinDeadline()) + "; quá hạn: " + n(t.inProgress().overdue()) + ".");
        List<String> failed = resolution.checks().stream().filter(c -> !c.ok())
                .map(c -> Form06a.Rule.of(c.rule()).map(r -> r.wording + " " + r.columns).orElse(c.rule())).toList();
        if (!failed.isEmpty()) {
            text("- Lưu ý: số liệu trên hệ thống chưa cân đối theo các quy tắc sau, cần rà soát trước khi ký: "
                    + String.join("; ", failed) + ".");
        }
    }

    private void eServices() {
        heading("III. SỐ HÓA HỒ SƠ, DỊCH VỤ CÔNG TRỰC TUYẾN VÀ THANH TOÁN TRỰC TUYẾN");
        ResolutionReport.EService e = resolution.eService();
        text("- Số hồ sơ mới tiếp nhận trong kỳ: " + n(e.receivedTotal()) + ", trong đó tiếp nhận trực tuyến: "
                + n(e.receivedOnline()) + (e.onlineRate() == null ? "" : ", đạt tỷ lệ "
                + OfficeText.percent(e.onlineRate()) + "%") + ".");
        text("- Số hồ sơ có nghĩa vụ tài chính (phí, lệ phí): " + n(e.feeDossiers()) + ", trong đó thanh toán trực "
                + "tuyến: " + n(e.paidOnline()) + rate(e.paidOnline(), e.feeDossiers()) + ".");
        text("- Số hồ sơ được số hóa thành phần hồ sơ khi tiếp nhận: " + n(e.digitizedAtIntake()) + "/"
                + n(e.receivedTotal()) + rate(e.digitizedAtIntake(), e.receivedTotal()) + ".");
        long resolved = resolution.total().resolved().total();
        text("- Số hồ sơ đã giải quyết có kết quả giải quyết điện tử (số hóa kết quả): " + n(e.resultsDigitized())
                + "/" + n(resolved) + rate(e.resultsDigitized(), resolved) + ".");
    }

    /** Lines of a list: each ends with ";", the last with ".". */
    private void list(List<String> items) {
        for (int i = 0; i < items.size(); i++) {
            text(items.get(i) + (i == items.size() - 1 ? "." : ";"));
        }
    }

    private void text(String text) {
        Word.body(doc.createParagraph(), text, false);
    }

    private void heading(String text) {
        Word.heading(doc, text);
    }

    private void signature() {
        Word.signatureBlock(doc, TEXT_WIDTH, recipients(), OfficeText.lines(narrative.signerTitle()),
                narrative.signerName());
    }

    /** The recipients without their list punctuation, "Lưu: VT" added when absent. */
    private List<String> recipients() {
        List<String> lines = new ArrayList<>();
        for (String recipient : narrative.recipients()) {
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

    /** Closes the portrait part: the section break carries its page setup; returns that section. */
    private CTSectPr endOfMainSection() {
        return Word.endPortraitSection(doc);
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
                + (narrative.number() == null ? "" : " ngày " + OfficeText.date(letterhead.issuedOn()))
                + " của " + resolution.agencyName() + ")", 13, false, true);
        Word.centred(doc.createParagraph(), "Kỳ báo cáo: " + OfficeText.periodLine(period), 13, false, true);
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

    /** ", đạt tỷ lệ 87,5%", or nothing when the whole is 0. */
    private static String rate(long part, long whole) {
        String percent = OfficeText.percent(part, whole);
        return percent == null ? "" : ", đạt tỷ lệ " + percent + "%";
    }
}

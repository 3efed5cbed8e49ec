package vn.motcua.controlplan.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.motcua.controlplan.ControlPlan;
import vn.motcua.documents.Word;

/**
 * A control plan as Word in the Decree 30/2020 format (as the seeds are): the header table (governing body and
 * issuer | national motto), number and place-date, "KẾ HOẠCH" and the title, the basis, I. purpose and requirements,
 * II. content (the appendix), III. organisation of implementation, the sentence naming the plan it replaces, the
 * recipients and the signature; then, on landscape pages, the appendix table: TT, content, lead unit and
 * coordinating units (under "Phân công thực hiện"), expected result, time frame, note; one row per section (I, II,
 * …) spanning the table, one row per task.
 */
final class PlanDocument {

    static final String MOTTO_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final int TEXT_WIDTH = Word.A4_SHORT - Word.mm(30) - Word.mm(20);
    static final int ANNEX_WIDTH = Word.A4_LONG - 2 * Word.mm(20);
    /** The appendix columns (mm): TT, content, lead, coordinating, result, time frame, note = 257 mm. */
    static final double[] COLUMNS = {10, 72, 35, 38, 43, 38, 21};
    static final List<String> HEADINGS = List.of("TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp",
            "Kết quả, sản phẩm", "Thời gian thực hiện", "Ghi chú");
    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private final XWPFDocument doc = Word.document();
    private final ControlPlan plan;
    private final String agencyName;
    private final String parentName;
    private final ControlPlan replaced;

    private PlanDocument(ControlPlan plan, String agencyName, String parentName, ControlPlan replaced) {
        this.plan = plan;
        this.agencyName = agencyName;
        this.parentName = parentName;
        this.replaced = replaced;
    }

    static byte[] write(ControlPlan plan, String agencyName, String parentName, ControlPlan replaced) {
        PlanDocument d = new PlanDocument(plan, agencyName, parentName, replaced);
        d.header();
        d.title();
        d.body();
        d.signature();
        CTSectPr main = d.endOfMainSection();
        d.appendix();
        Word.pageNumbers(d.doc, main);
        var properties = d.doc.getProperties().getCoreProperties();
        properties.setTitle(Word.clean("Kế hoạch " + plan.title()));
        properties.setSubjectProperty("Kế hoạch kiểm soát thủ tục hành chính năm " + plan.year());
        properties.setCreator("motcua");
        return Word.bytes(d.doc);
    }

    // --- the letterhead -----------------------------------------------------------------------------------------

    /** "UBND TỈNH QUẢNG TRỊ" from "Ủy ban nhân dân tỉnh Quảng Trị"; empty without a governing body. */
    String parentBody() {
        if (parentName == null || parentName.isBlank()) {
            return "";
        }
        return parentName.strip().replace("Ủy ban nhân dân", "UBND").replace("Uỷ ban nhân dân", "UBND").toUpperCase(VI);
    }

    /** "SỞ KHOA HỌC VÀ CÔNG NGHỆ" from "Sở Khoa học và Công nghệ tỉnh Quảng Trị" under that province. */
    String issuer() {
        String name = agencyName.replaceAll("\\s*\\([^)]*\\)", "").strip();
        String place = place();
        if (!place.isEmpty() && !parentBody().isEmpty()) {
            name = name.replaceFirst("\\s+(tỉnh|thành phố)\\s+" + java.util.regex.Pattern.quote(place) + "$", "");
        }
        return name.toUpperCase(VI);
    }

    /** "Quảng Trị" from the governing body's or the agency's name; empty when neither names a province. */
    String place() {
        for (String name : new String[] {parentName, agencyName}) {
            if (name == null) {
                continue;
            }
            for (String prefix : new String[] {"thành phố ", "tỉnh "}) {
                int at = name.lastIndexOf(prefix);
                if (at >= 0) {
                    return name.substring(at + prefix.length()).replaceAll("\\s*\\([^)]*\\)", "").strip();
                }
            }
        }
        return "";
    }

    /** "ngày 07 tháng 3 năm 2024" (Decree 30/2020: days below 10 and months 1, 2 with a leading zero). */
    static String longDate(LocalDate date, int year) {
        if (date == null) {
            return "ngày      tháng      năm " + year;
        }
        int m = date.getMonthValue();
        return "ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng " + (m <= 2 ? "0" + m : "" + m)
                + " năm " + date.getYear();
    }

    private void header() {
        // 12 pt in the header (Decree 30/2020 allows 12–13) so that the motto's title and the issuer keep one line
        int left = Word.mm(68);
        XWPFTable table = Word.table(doc, 2, new int[] {left, TEXT_WIDTH - left}, false);
        XWPFTableCell issuer = table.getRow(0).getCell(0);
        XWPFParagraph p = Word.first(issuer);
        if (!parentBody().isEmpty()) {
            Word.centred(p, parentBody(), 12, false, false);
            p = issuer.addParagraph();
        }
        Word.centred(p, issuer(), 12, true, false);
        Word.rule(issuer.addParagraph(), left, left / 3);
        XWPFTableCell motto = table.getRow(0).getCell(1);
        Word.centred(Word.first(motto), MOTTO_TITLE, 12, true, false);
        Word.run(Word.format(motto.addParagraph(), ParagraphAlignment.CENTER, 0, 0), MOTTO, 13, true, false, true);
        Word.format(Word.first(table.getRow(1).getCell(0)), ParagraphAlignment.CENTER, 6, 0);
        Word.run(Word.first(table.getRow(1).getCell(0)), "Số: " + plan.number(), 13, false, false);
        Word.format(Word.first(table.getRow(1).getCell(1)), ParagraphAlignment.CENTER, 6, 0);
        String date = longDate(plan.issuedOn(), plan.year());
        Word.run(Word.first(table.getRow(1).getCell(1)), place().isEmpty()
                ? date.substring(0, 1).toUpperCase(VI) + date.substring(1) : place() + ", " + date, 14, false, true);
    }

    private void title() {
        Word.format(doc.createParagraph(), ParagraphAlignment.CENTER, 0, 0);
        Word.centred(doc.createParagraph(), "KẾ HOẠCH", 14, true, false).setSpacingBefore(240);
        Word.centred(doc.createParagraph(), plan.title(), 14, true, false);
        Word.rule(doc.createParagraph(), TEXT_WIDTH, TEXT_WIDTH / 3);
        Word.format(doc.createParagraph(), ParagraphAlignment.CENTER, 0, 6);
    }

    private void body() {
        List<String> basis = plan.basis();
        if (!basis.isEmpty()) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < basis.size(); i++) {
                String item = basis.get(i).strip().replaceFirst("[;.,]+$", "");
                if (i == 0 && !item.matches("(?i)^(căn cứ|thực hiện).*")) {
                    text.append("Căn cứ ");
                }
                text.append(item).append(i == basis.size() - 1 ? "" : "; ");
            }
            text.append(", ").append(agencyName).append(" xây dựng Kế hoạch ")
                    .append(lowerFirst(plan.title())).append(" như sau:");
            Word.body(doc.createParagraph(), text.toString(), false);
        }
        heading("I. MỤC ĐÍCH, YÊU CẦU");
        heading("1. Mục đích");
        items(plan.purpose(), true);
        heading("2. Yêu cầu");
        items(plan.requirements(), true);
        heading("II. NỘI DUNG");
        Word.body(doc.createParagraph(), "Theo Phụ lục nội dung thực hiện đính kèm (" + plan.sections().size()
                + " nhóm nhiệm vụ, " + plan.tasks().size() + " nhiệm vụ).", false);
        heading("III. TỔ CHỨC THỰC HIỆN");
        items(plan.organisation(), false);
        if (replaced != null) {
            Word.body(doc.createParagraph(), "Kế hoạch này thay thế Kế hoạch số " + replaced.number()
                    + (replaced.issuedOn() == null ? "" : " ngày " + shortDate(replaced.issuedOn())) + " về "
                    + lowerFirst(replaced.title()) + ".", false);
        }
    }

    /** One paragraph per item; purpose and requirements as "- " items, organisation paragraphs as written. */
    private void items(List<String> items, boolean dashes) {
        if (items.isEmpty()) {
            Word.body(doc.createParagraph(), "(Chưa ghi.)", false);
        }
        for (String item : items) {
            String s = item.strip();
            Word.body(doc.createParagraph(), !dashes || s.startsWith("-") || s.matches("^\\d+[.)].*") ? s : "- " + s,
                    false);
        }
    }

    private void heading(String text) {
        Word.heading(doc, text);
    }

    private void signature() {
        List<String> recipients = parentBody().isEmpty() ? List.of("Các phòng, đơn vị thuộc cơ quan", "Lưu: VT")
                : List.of("Văn phòng " + parentName.strip() + " (b/c)", "Lãnh đạo cơ quan",
                        "Các phòng, đơn vị thuộc cơ quan", "Lưu: VT");
        String title = plan.signerTitle() == null ? "THỦ TRƯỞNG CƠ QUAN" : plan.signerTitle();
        Word.signatureBlock(doc, TEXT_WIDTH, recipients, List.of(title.split("\\s*\\n\\s*|\\s*\\|\\s*")),
                plan.signer() == null ? "" : plan.signer());
    }

    private CTSectPr endOfMainSection() {
        return Word.endPortraitSection(doc);
    }

    // --- the appendix -------------------------------------------------------------------------------------------

    private void appendix() {
        Word.landscapeLastSection(doc);
        Word.centred(doc.createParagraph(), "Phụ lục", 14, true, false);
        Word.centred(doc.createParagraph(), ("Nội dung thực hiện " + lowerFirst(plan.title())).toUpperCase(VI), 13,
                true, false);
        Word.centred(doc.createParagraph(), "(Kèm theo Kế hoạch số " + plan.number() + " "
                + longDate(plan.issuedOn(), plan.year()) + " của " + agencyName + ")", 13, false, true)
                .setSpacingAfter(120);
        int[] widths = new int[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            widths[i] = Word.mm(COLUMNS[i]);
        }
        int rows = 2 + plan.sections().size() + plan.tasks().size();
        XWPFTable table = Word.table(doc, rows, widths, true);
        XWPFTableRow top = table.getRow(0);
        XWPFTableRow sub = table.getRow(1);
        top.setRepeatHeader(true);
        sub.setRepeatHeader(true);
        for (int c = 0; c < 7; c++) {
            if (c == 2 || c == 3) {
                cell(sub.getCell(c), HEADINGS.get(c), true, ParagraphAlignment.CENTER);
            } else {
                cell(top.getCell(c), HEADINGS.get(c), true, ParagraphAlignment.CENTER);
                Word.mergeDown(top.getCell(c), true);
                Word.mergeDown(sub.getCell(c), false);
            }
        }
        cell(top.getCell(2), "Phân công thực hiện", true, ParagraphAlignment.CENTER);
        Word.span(top, 2, 2, widths[2] + widths[3]);
        int r = 2;
        for (ControlPlan.Section s : plan.sections()) {
            XWPFTableRow row = table.getRow(r++);
            row.setCantSplitRow(true);
            cell(row.getCell(0), s.number(), true, ParagraphAlignment.CENTER);
            cell(row.getCell(1), s.title(), true, ParagraphAlignment.LEFT);
            int rest = 0;
            for (int c = 1; c < 7; c++) {
                rest += widths[c];
            }
            Word.span(row, 1, 6, rest);
            for (ControlPlan.Task t : s.tasks()) {
                XWPFTableRow tr = table.getRow(r++);
                cell(tr.getCell(0), Integer.toString(t.number()), false, ParagraphAlignment.CENTER);
                lines(tr.getCell(1), t.content(), ParagraphAlignment.BOTH);
                lines(tr.getCell(2), t.leadUnit(), ParagraphAlignment.CENTER);
                lines(tr.getCell(3), String.join("\n", t.coordinatingUnits()), ParagraphAlignment.CENTER);
                lines(tr.getCell(4), t.expectedResult(), ParagraphAlignment.LEFT);
                lines(tr.getCell(5), t.timeFrame(), ParagraphAlignment.CENTER);
                lines(tr.getCell(6), t.note(), ParagraphAlignment.LEFT);
            }
        }
        Word.format(doc.createParagraph(), ParagraphAlignment.LEFT, 0, 0);
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold, ParagraphAlignment alignment) {
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        Word.run(Word.format(Word.first(cell), alignment, 2, 2), text, 12, bold, false);
    }

    /** A cell's text, a paragraph per line (units one per line, "- " items of a content). */
    private static void lines(XWPFTableCell cell, String text, ParagraphAlignment alignment) {
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        String[] parts = text == null ? new String[] {""} : text.split("\\s*\\n\\s*");
        XWPFParagraph p = Word.first(cell);
        for (String part : parts) {
            Word.run(Word.format(p == null ? cell.addParagraph() : p, alignment, 2, 2), part, 12, false, false);
            p = null;
        }
    }

    static String shortDate(LocalDate date) {
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static String lowerFirst(String s) {
        String t = s.strip();
        if (t.length() > 1 && Character.isUpperCase(t.charAt(0)) && !Character.isUpperCase(t.charAt(1))) {
            return Character.toLowerCase(t.charAt(0)) + t.substring(1);
        }
        return t;
    }
}

package vn.motcua.reporting.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import vn.motcua.reporting.CatalogReport;
import vn.motcua.reporting.ReportingPeriod;

/**
 * The catalog figures as a workbook: procedures under the agency's authority in the manner of form II.07b (by level,
 * published, with an internal procedure, online), the procedures announced in the period, and the publication
 * decisions signed in it. Totals are formulas of their parts.
 */
final class CatalogWorkbook {

    static final String FORM_SHEET = "Biểu II.07b";
    static final String DECISION_SHEET = "Quyết định công bố";
    static final String CODE = "Biểu số II.07b/VPCP/KSTT";
    /** Levels printed even when the agency has no procedure at them, in this order; others follow as found. */
    static final List<String> LEVELS = List.of("Cấp tỉnh", "Cấp huyện", "Cấp xã");
    /** Row index of the agency's line. */
    static final int LINE = 8;

    private final CatalogReport report;
    private final Letterhead letterhead;
    private final ReportingPeriod period;
    private final Sheets sheets = new Sheets();

    private CatalogWorkbook(CatalogReport report, Letterhead letterhead) {
        this.report = report;
        this.letterhead = letterhead;
        this.period = OfficeText.period(report.period(), report.from(), report.to());
    }

    static byte[] render(CatalogReport report, Letterhead letterhead) {
        CatalogWorkbook workbook = new CatalogWorkbook(report, letterhead);
        workbook.form();
        workbook.decisions();
        return workbook.sheets.finish("Tổng hợp số lượng thủ tục hành chính " + OfficeText.inSentence(workbook.period)
                + " - " + letterhead.agencyName(), CODE);
    }

    static List<String> levels(CatalogReport report) {
        List<String> levels = new ArrayList<>(LEVELS);
        report.byLevel().keySet().stream().filter(l -> !levels.contains(l)).forEach(levels::add);
        return levels;
    }

    private void form() {
        List<String> levels = levels(report);
        int firstLevel = 3;
        int published = firstLevel + levels.size();
        int internal = published + 1;
        int full = internal + 1;
        int last = full + 1;
        int[] widths = new int[last + 1];
        Arrays.fill(widths, 13);
        widths[0] = 6;
        widths[1] = 40;
        Sheet sheet = sheets.sheet(FORM_SHEET, widths);
        Sheets.merged(sheet, 0, 0, 0, 1, CODE, sheets.bold);
        Sheets.merged(sheet, 1, 1, 0, 1, Form06a.BASIS, sheets.italic);
        Sheets.merged(sheet, 0, 0, 3, last, "Đơn vị báo cáo: " + letterhead.agencyName(), sheets.plain);
        Sheets.merged(sheet, 1, 1, 3, last, "Đơn vị nhận báo cáo: " + (letterhead.receivingUnit().isBlank()
                ? "……………………" : letterhead.receivingUnit()), sheets.plain);
        sheet.getRow(0).setHeightInPoints(32);
        sheet.getRow(1).setHeightInPoints(32);
        Sheets.merged(sheet, 2, 2, 0, last, "TỔNG HỢP SỐ LƯỢNG THỦ TỤC HÀNH CHÍNH", sheets.title);
        Sheets.merged(sheet, 3, 3, 0, last, "Kỳ báo cáo: " + OfficeText.periodLine(period)
                + "; số thủ tục đang có hiệu lực tính đến ngày " + OfficeText.date(report.to()), sheets.italicCentered);
        Sheets.merged(sheet, 4, 4, last - 2, last, "Đơn vị tính: Số TTHC", sheets.italicRight);

        Sheets.merged(sheet, 5, 6, 0, 0, "TT", sheets.header);
        Sheets.merged(sheet, 5, 6, 1, 1, "Đơn vị", sheets.header);
        Sheets.merged(sheet, 5, 5, 2, published - 1, "Tổng số TTHC thuộc thẩm quyền giải quyết", sheets.header);
        Sheets.text(sheet, 6, 2, "Tổng số", sheets.header);
        for (int i = 0; i < levels.size(); i++) {
            Sheets.text(sheet, 6, firstLevel + i, levels.get(i), sheets.header);
        }
        Sheets.merged(sheet, 5, 6, published, published, "TTHC được công khai", sheets.header);
        Sheets.merged(sheet, 5, 6, internal, internal, "TTHC có quy trình nội bộ được ban hành", sheets.header);
        Sheets.merged(sheet, 5, 5, full, last, "Dịch vụ công trực tuyến", sheets.header);
        Sheets.text(sheet, 6, full, "Toàn trình", sheets.header);
        Sheets.text(sheet, 6, last, "Một phần", sheets.header);
        sheet.getRow(6).setHeightInPoints(48);
        for (int c = 0; c <= last; c++) {
            Sheets.text(sheet, 7, c, "(" + (c + 1) + ")", sheets.centered);
        }

        Sheets.number(sheet, LINE, 0, 1, sheets.centered);
        Sheets.text(sheet, LINE, 1, letterhead.agencyName(), sheets.text);
        long byLevels = 0;
        for (int i = 0; i < levels.size(); i++) {
            long count = report.byLevel().getOrDefault(levels.get(i), 0L);
            byLevels += count;
            Sheets.number(sheet, LINE, firstLevel + i, count, sheets.count);
        }
        if (byLevels == report.procedures()) {
            Sheets.formula(sheet, LINE, 2, "SUM(" + Sheets.ref(LINE, firstLevel) + ":" + Sheets.ref(LINE, published - 1)
                    + ")", sheets.countBold);
        } else {
            Sheets.number(sheet, LINE, 2, report.procedures(), sheets.countBold);
        }
        Sheets.number(sheet, LINE, published, report.publiclyPosted(), sheets.count);
        Sheets.number(sheet, LINE, internal, report.withInternalProcedure(), sheets.count);
        Sheets.number(sheet, LINE, full, report.onlineFull(), sheets.count);
        Sheets.number(sheet, LINE, last, report.onlinePartial(), sheets.count);

        int r = LINE + 2;
        Sheets.merged(sheet, r, r, 0, 2, "THỦ TỤC HÀNH CHÍNH ĐƯỢC CÔNG BỐ TRONG KỲ", sheets.bold);
        r++;
        Sheets.text(sheet, r, 0, "STT", sheets.header);
        Sheets.text(sheet, r, 1, "Nội dung", sheets.header);
        Sheets.text(sheet, r, 2, "Số TTHC", sheets.header);
        int first = r + 1;
        String[] kinds = {"Mới ban hành", "Sửa đổi, bổ sung", "Thay thế", "Bãi bỏ"};
        long[] counts = {report.announcedNew(), report.announcedAmended(), report.announcedReplaced(),
                report.announcedAbolished()};
        for (int i = 0; i < kinds.length; i++) {
            r++;
            Sheets.number(sheet, r, 0, i + 1, sheets.centered);
            Sheets.text(sheet, r, 1, kinds[i], sheets.text);
            Sheets.number(sheet, r, 2, counts[i], sheets.count);
        }
        r++;
        Sheets.text(sheet, r, 0, "", sheets.centered);
        Sheets.text(sheet, r, 1, Form06a.TOTAL, sheets.textBold);
        Sheets.formula(sheet, r, 2, "SUM(" + Sheets.ref(first, 2) + ":" + Sheets.ref(r - 1, 2) + ")", sheets.countBold);
        r++;
        Sheets.number(sheet, r, 0, kinds.length + 1, sheets.centered);
        Sheets.text(sheet, r, 1, "Quyết định công bố được ký trong kỳ (số quyết định)", sheets.text);
        Sheets.number(sheet, r, 2, report.decisions().size(), sheets.count);
        sheet.createFreezePane(2, LINE);
        Sheets.print(sheet, true, "6:8");
    }

    private void decisions() {
        Sheet sheet = sheets.sheet(DECISION_SHEET, 6, 26, 14, 16, 30, 14);
        Sheets.merged(sheet, 0, 0, 0, 5, "QUYẾT ĐỊNH CÔNG BỐ THỦ TỤC HÀNH CHÍNH KÝ BAN HÀNH TRONG KỲ", sheets.title);
        Sheets.merged(sheet, 1, 1, 0, 5, "Kỳ báo cáo: " + OfficeText.periodLine(period), sheets.italicCentered);
        String[] headings = {"STT", "Số quyết định", "Ngày ký", "Ngày có hiệu lực", "Người ký", "Số TTHC"};
        for (int c = 0; c < headings.length; c++) {
            Sheets.text(sheet, 3, c, headings[c], sheets.header);
        }
        List<CatalogReport.Decision> decisions = report.decisions();
        if (decisions.isEmpty()) {
            Sheets.merged(sheet, 4, 4, 0, 5, "Không có quyết định công bố nào được ký trong kỳ.", sheets.text);
        }
        for (int i = 0; i < decisions.size(); i++) {
            CatalogReport.Decision d = decisions.get(i);
            int r = 4 + i;
            Sheets.number(sheet, r, 0, i + 1, sheets.centered);
            Sheets.text(sheet, r, 1, d.number(), sheets.text);
            Sheets.date(sheet, r, 2, d.signedOn(), sheets.date);
            Sheets.date(sheet, r, 3, d.effectiveOn(), sheets.date);
            Sheets.text(sheet, r, 4, d.signer(), sheets.text);
            Sheets.number(sheet, r, 5, d.items(), sheets.count);
        }
        if (!decisions.isEmpty()) {
            int r = 4 + decisions.size();
            Sheets.merged(sheet, r, r, 0, 4, Form06a.TOTAL, sheets.textBold);
            Sheets.formula(sheet, r, 5, "SUM(" + Sheets.ref(4, 5) + ":" + Sheets.ref(r - 1, 5) + ")", sheets.countBold);
        }
        sheet.createFreezePane(0, 4);
        Sheets.print(sheet, false, "4:4");
    }
}

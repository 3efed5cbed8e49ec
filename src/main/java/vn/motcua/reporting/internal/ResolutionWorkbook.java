package vn.motcua.reporting.internal;

import java.util.List;
import java.util.StringJoiner;
import org.apache.poi.ss.usermodel.Sheet;
import vn.motcua.reporting.ReportingPeriod;
import vn.motcua.reporting.ResolutionReport;
import vn.motcua.reporting.internal.Form06a.Rule;

/**
 * The resolution report as a workbook: form II.06a (a line per field and a total line whose cells are formulas, as
 * are the totals of each line, so the sheet stays arithmetically true when edited), the e-service figures with their
 * rates as formulas, and the checks — as the ledger found them and recomputed on the sheet.
 */
final class ResolutionWorkbook {

    static final String FORM_SHEET = "Biểu II.06a";
    static final String ESERVICE_SHEET = "Dịch vụ công trực tuyến";
    static final String CHECK_SHEET = "Kiểm tra";
    /** Row index of the first field line (Excel row 9): two heading rows, then the column numbers. */
    static final int FIRST_LINE = 8;
    static final int FIRST_FIGURE_COLUMN = 2;
    static final String PASSED = "Đạt";
    static final String FAILED = "Không đạt";

    private final ResolutionReport report;
    private final Letterhead letterhead;
    private final ReportingPeriod period;
    private final Sheets sheets = new Sheets();

    private ResolutionWorkbook(ResolutionReport report, Letterhead letterhead) {
        this.report = report;
        this.letterhead = letterhead;
        this.period = OfficeText.period(report.period(), report.from(), report.to());
    }

    static byte[] render(ResolutionReport report, Letterhead letterhead) {
        ResolutionWorkbook workbook = new ResolutionWorkbook(report, letterhead);
        int totalRow = workbook.form();
        workbook.eService(totalRow);
        workbook.checks(totalRow);
        return workbook.sheets.finish("Tình hình, kết quả giải quyết TTHC " + OfficeText.inSentence(workbook.period)
                + " - " + report.agencyName(), Form06a.CODE);
    }

    /** The form; returns the index of its total row. */
    private int form() {
        Sheet sheet = sheets.sheet(FORM_SHEET, 6, 42, 11, 11, 13, 11, 11, 11, 11, 11, 11, 11, 11);
        int last = 12;
        Sheets.merged(sheet, 0, 0, 0, 4, Form06a.CODE, sheets.bold);
        Sheets.merged(sheet, 1, 1, 0, 4, Form06a.BASIS, sheets.italic);
        Sheets.merged(sheet, 0, 0, 7, last, "Đơn vị báo cáo: " + report.agencyName(), sheets.plain);
        Sheets.merged(sheet, 1, 1, 7, last, "Đơn vị nhận báo cáo: " + orDots(letterhead.receivingUnit()), sheets.plain);
        sheet.getRow(0).setHeightInPoints(32);
        sheet.getRow(1).setHeightInPoints(32);
        Sheets.merged(sheet, 2, 2, 0, last, Form06a.TITLE, sheets.title);
        sheet.getRow(2).setHeightInPoints(36);
        Sheets.merged(sheet, 3, 3, 0, last, "Kỳ báo cáo: " + OfficeText.periodLine(period), sheets.italicCentered);
        Sheets.merged(sheet, 4, 4, 9, last, Form06a.UNIT, sheets.italicRight);

        Sheets.merged(sheet, 5, 6, 0, 0, Form06a.NUMBER_HEADING, sheets.header);
        Sheets.merged(sheet, 5, 6, 1, 1, Form06a.FIELD_HEADING, sheets.header);
        for (Form06a.Group group : Form06a.GROUPS) {
            Sheets.merged(sheet, 5, 5, FIRST_FIGURE_COLUMN + group.first(), FIRST_FIGURE_COLUMN + group.last(),
                    group.heading(), sheets.header);
        }
        for (int i = 0; i < Form06a.SUBHEADINGS.size(); i++) {
            Sheets.text(sheet, 6, FIRST_FIGURE_COLUMN + i, Form06a.SUBHEADINGS.get(i), sheets.header);
        }
        sheet.getRow(6).setHeightInPoints(48);
        for (int c = 0; c <= last; c++) {
            Sheets.text(sheet, 7, c, "(" + (c + 1) + ")", sheets.centered);
        }

        List<ResolutionReport.Row> rows = report.rows();
        for (int i = 0; i < rows.size(); i++) {
            int r = FIRST_LINE + i;
            Sheets.number(sheet, r, 0, i + 1, sheets.centered);
            Sheets.text(sheet, r, 1, rows.get(i).field(), sheets.text);
            line(sheet, r, Form06a.figures(rows.get(i).counts()));
        }
        int totalRow = FIRST_LINE + rows.size();
        Sheets.text(sheet, totalRow, 0, "", sheets.centered);
        Sheets.text(sheet, totalRow, 1, Form06a.TOTAL, sheets.textBold);
        long[] total = Form06a.figures(report.total());
        for (int f = 0; f < total.length; f++) {
            int column = FIRST_FIGURE_COLUMN + f;
            long sumOfLines = 0;
            for (ResolutionReport.Row row : rows) {
                sumOfLines += Form06a.figures(row.counts())[f];
            }
            if (!rows.isEmpty() && sumOfLines == total[f]) {
                Sheets.formula(sheet, totalRow, column, "SUM(" + Sheets.ref(FIRST_LINE, column) + ":"
                        + Sheets.ref(totalRow - 1, column) + ")", sheets.countBold);
            } else if (rows.isEmpty() && sumOfTotal(total, f)) {
                Sheets.formula(sheet, totalRow, column, partsFormula(totalRow, f), sheets.countBold);
            } else {
                Sheets.number(sheet, totalRow, column, total[f], sheets.countBold);
            }
        }
        sheet.createFreezePane(2, FIRST_LINE);
        Sheets.print(sheet, true, "6:8");
        return totalRow;
    }

    /** The figures of one line; a total is the formula of its parts when the ledger's figures add up. */
    private void line(Sheet sheet, int r, long[] figures) {
        for (int f = 0; f < figures.length; f++) {
            Sheets.number(sheet, r, FIRST_FIGURE_COLUMN + f, figures[f], sheets.count);
        }
        for (Rule sum : Form06a.SUMS) {
            if (Form06a.holds(sum, figures)) {
                Sheets.formula(sheet, r, FIRST_FIGURE_COLUMN + sum.figures[0], partsFormula(r, sum.figures[0]),
                        sheets.count);
            }
        }
    }

    /** Whether figure {@code f} of an empty report's total is a sum (then it is written as one). */
    private static boolean sumOfTotal(long[] total, int f) {
        return Form06a.SUMS.stream().anyMatch(sum -> sum.figures[0] == f && Form06a.holds(sum, total));
    }

    /** "D9+E9+F9" for the total figure {@code f} of row {@code r}. */
    private static String partsFormula(int r, int f) {
        Rule sum = Form06a.SUMS.stream().filter(s -> s.figures[0] == f).findFirst().orElseThrow();
        StringJoiner parts = new StringJoiner("+");
        for (int i = 1; i < sum.figures.length; i++) {
            parts.add(Sheets.ref(r, FIRST_FIGURE_COLUMN + sum.figures[i]));
        }
        return parts.toString();
    }

    private void eService(int totalRow) {
        Sheet sheet = sheets.sheet(ESERVICE_SHEET, 6, 62, 14, 14);
        ResolutionReport.EService e = report.eService();
        Sheets.merged(sheet, 0, 0, 0, 3, "SỐ HÓA HỒ SƠ, DỊCH VỤ CÔNG TRỰC TUYẾN VÀ THANH TOÁN TRỰC TUYẾN", sheets.title);
        Sheets.merged(sheet, 1, 1, 0, 3, "Đơn vị: " + report.agencyName(), sheets.italicCentered);
        Sheets.merged(sheet, 2, 2, 0, 3, "Kỳ báo cáo: " + OfficeText.periodLine(period), sheets.italicCentered);
        String[] headings = {"STT", "Chỉ tiêu", "Số hồ sơ", "Tỷ lệ"};
        for (int c = 0; c < headings.length; c++) {
            Sheets.text(sheet, 4, c, headings[c], sheets.header);
        }
        int r = 5;
        int received = r;
        figure(sheet, r++, 1, "Hồ sơ mới tiếp nhận trong kỳ", e.receivedTotal(), null);
        figure(sheet, r++, 2, "Trong đó: tiếp nhận trực tuyến", e.receivedOnline(), received);
        int fees = r;
        figure(sheet, r++, 3, "Hồ sơ có nghĩa vụ tài chính (phí, lệ phí), tiếp nhận trong kỳ", e.feeDossiers(), null);
        figure(sheet, r++, 4, "Trong đó: thanh toán trực tuyến", e.paidOnline(), fees);
        figure(sheet, r++, 5, "Hồ sơ được số hóa thành phần hồ sơ khi tiếp nhận", e.digitizedAtIntake(), received);
        int resolved = r;
        Sheets.number(sheet, r, 0, 6, sheets.centered);
        Sheets.text(sheet, r, 1, "Hồ sơ đã giải quyết trong kỳ (cột 7 của Biểu II.06a)", sheets.text);
        Sheets.formula(sheet, r, 2, Sheets.ref(FORM_SHEET, totalRow, FIRST_FIGURE_COLUMN + 4), sheets.count);
        Sheets.text(sheet, r++, 3, "", sheets.ratio);
        figure(sheet, r, 7, "Trong đó: có kết quả giải quyết điện tử (số hóa kết quả)", e.resultsDigitized(),
                resolved);
        Sheets.print(sheet, false, null);
    }

    /** One figure line; with {@code of}, its rate to the count of that row, as a formula (blank when that is 0). */
    private void figure(Sheet sheet, int r, int number, String label, long value, Integer of) {
        Sheets.number(sheet, r, 0, number, sheets.centered);
        Sheets.text(sheet, r, 1, label, sheets.text);
        Sheets.number(sheet, r, 2, value, sheets.count);
        if (of == null) {
            Sheets.text(sheet, r, 3, "", sheets.ratio);
        } else {
            String whole = Sheets.ref(of, 2);
            Sheets.formula(sheet, r, 3, "IF(" + whole + "=0,\"\"," + Sheets.ref(r, 2) + "/" + whole + ")", sheets.ratio);
        }
    }

    private void checks(int totalRow) {
        Sheet sheet = sheets.sheet(CHECK_SHEET, 6, 58, 22, 22, 22, 22);
        Sheets.merged(sheet, 0, 0, 0, 5, "KIỂM TRA SỐ LIỆU BIỂU SỐ II.06a/VPCP/KSTT", sheets.title);
        Sheets.merged(sheet, 1, 1, 0, 5, "Kỳ báo cáo: " + OfficeText.periodLine(period), sheets.italicCentered);
        String[] headings = {"STT", "Quy tắc", "Các cột", "Khi lập báo cáo (theo sổ theo dõi hồ sơ)",
            "Trên biểu (tính lại theo số liệu hiện có)"};
        for (int c = 0; c < headings.length; c++) {
            Sheets.text(sheet, 3, c, headings[c], sheets.header);
        }
        sheet.getRow(3).setHeightInPoints(34);
        List<ResolutionReport.Check> checks = report.checks();
        int detailHeading = 4 + checks.size() + 1;
        int firstDetail = detailHeading + 2;
        int lines = report.rows().size() + 1;
        for (int i = 0; i < checks.size(); i++) {
            int r = 4 + i;
            ResolutionReport.Check check = checks.get(i);
            Rule rule = Rule.of(check.rule()).orElse(null);
            Sheets.number(sheet, r, 0, i + 1, sheets.centered);
            Sheets.text(sheet, r, 1, rule == null ? check.rule() : rule.wording, sheets.text);
            Sheets.text(sheet, r, 2, rule == null ? check.rule() : rule.columns, sheets.centered);
            Sheets.text(sheet, r, 3, check.ok() ? PASSED : FAILED, sheets.centered);
            if (rule == null) {
                Sheets.text(sheet, r, 4, "", sheets.centered);
            } else {
                Sheets.formula(sheet, r, 4, recheck(rule, totalRow, firstDetail, lines), sheets.centered);
            }
        }
        Sheets.merged(sheet, detailHeading, detailHeading, 0, 5, "Chi tiết theo từng dòng của biểu", sheets.bold);
        Sheets.text(sheet, detailHeading + 1, 0, "STT", sheets.header);
        Sheets.text(sheet, detailHeading + 1, 1, Form06a.FIELD_HEADING, sheets.header);
        List<Rule> perLine = List.of(Rule.RECEIVED, Rule.RESOLVED, Rule.IN_PROGRESS, Rule.BALANCE);
        for (int k = 0; k < perLine.size(); k++) {
            Sheets.text(sheet, detailHeading + 1, 2 + k, perLine.get(k).columns, sheets.header);
        }
        for (int i = 0; i < lines; i++) {
            int r = firstDetail + i;
            int formRow = FIRST_LINE + i;
            boolean total = i == lines - 1;
            Sheets.text(sheet, r, 0, total ? "" : Integer.toString(i + 1), sheets.centered);
            Sheets.text(sheet, r, 1, total ? Form06a.TOTAL : report.rows().get(i).field(),
                    total ? sheets.textBold : sheets.text);
            for (int k = 0; k < perLine.size(); k++) {
                Sheets.formula(sheet, r, 2 + k, lineCheck(perLine.get(k), formRow), sheets.centered);
            }
        }
        Sheets.print(sheet, false, null);
    }

    /** IF(C9=D9+E9+F9,"Đạt","Không đạt") over the form's cells of row {@code formRow}. */
    private static String lineCheck(Rule rule, int formRow) {
        StringJoiner parts = new StringJoiner("+");
        for (int i = 1; i < rule.figures.length; i++) {
            parts.add(Sheets.ref(FORM_SHEET, formRow, FIRST_FIGURE_COLUMN + rule.figures[i]));
        }
        return verdict(Sheets.ref(FORM_SHEET, formRow, FIRST_FIGURE_COLUMN + rule.figures[0]) + "=" + parts);
    }

    /** The rule recomputed on the sheet: from the per-line checks, or the total line against the sum of the lines. */
    private static String recheck(Rule rule, int totalRow, int firstDetail, int lines) {
        if (rule.perLine()) {
            int column = 2 + List.of(Rule.RECEIVED, Rule.RESOLVED, Rule.IN_PROGRESS, Rule.BALANCE).indexOf(rule);
            return "IF(COUNTIF(" + Sheets.ref(firstDetail, column) + ":" + Sheets.ref(firstDetail + lines - 1, column)
                    + ",\"" + FAILED + "\")=0,\"" + PASSED + "\",\"" + FAILED + "\")";
        }
        StringJoiner all = new StringJoiner(",", "AND(", ")");
        for (int figure : new int[] {0, 4, 8}) {
            int column = FIRST_FIGURE_COLUMN + figure;
            String sum = totalRow == FIRST_LINE ? "0"
                    : "SUM(" + Sheets.ref(FORM_SHEET, FIRST_LINE, column) + ":" + Sheets.ref(totalRow - 1, column) + ")";
            all.add(Sheets.ref(FORM_SHEET, totalRow, column) + "=" + sum);
        }
        return verdict(all.toString());
    }

    private static String verdict(String condition) {
        return "IF(" + condition + ",\"" + PASSED + "\",\"" + FAILED + "\")";
    }

    private static String orDots(String s) {
        return s == null || s.isBlank() ? "……………………" : s;
    }
}

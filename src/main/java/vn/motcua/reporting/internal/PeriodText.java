package vn.motcua.reporting.internal;

import java.time.LocalDate;

/** Vietnamese wording of periods and dates as printed in report titles (measurement-and-calendar.md §6.8). */
public final class PeriodText {

    private static final String[] ROMAN_QUARTERS = {"I", "II", "III", "IV"};

    private PeriodText() {
    }

    /** As in report titles, without zero padding: 2026-06-15 → "15/6/2026". */
    public static String date(LocalDate date) {
        return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }

    /** "từ ngày 15/6/2026 đến ngày 14/9/2026". */
    public static String dateRange(LocalDate from, LocalDate to) {
        return "từ ngày " + date(from) + " đến ngày " + date(to);
    }

    /** Quarter 1..4 in Roman numerals, as written in "quý III năm 2026". */
    public static String romanQuarter(int quarter) {
        return ROMAN_QUARTERS[quarter - 1];
    }
}

package vn.motcua.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import vn.motcua.documents.Word;
import vn.motcua.reporting.PeriodKind;
import vn.motcua.reporting.PeriodType;
import vn.motcua.reporting.ReportingPeriod;

/** Text as the exported Office files print it: only characters XML allows, Vietnamese numbers, dates and periods. */
final class OfficeText {

    private OfficeText() {
    }

    /**
     * {@code text} without the characters XML 1.0 forbids (controls other than tab and line breaks, lone surrogates,
     * U+FFFE, U+FFFF), which would make Word or Excel "repair" the file; null gives "".
     */
    static String clean(String text) {
        return Word.clean(text);
    }

    /** The non-blank lines of {@code text}, stripped, tabs as spaces. */
    static List<String> lines(String text) {
        return clean(text).replace('\t', ' ').lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** A ratio (0.8750) as a Vietnamese percentage without the sign: "87,5". */
    static String percent(BigDecimal ratio) {
        BigDecimal percent = ratio.movePointRight(2).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return percent.toPlainString().replace('.', ',');
    }

    /** {@code part ÷ whole} as {@link #percent(BigDecimal)}, ratio rounded to 4 decimals; null when whole is 0. */
    static String percent(long part, long whole) {
        return whole == 0 ? null : percent(Decimals.ratio(BigDecimal.valueOf(part), BigDecimal.valueOf(whole)));
    }

    /** "15/6/2023". */
    static String date(LocalDate date) {
        return PeriodText.date(date);
    }

    /** As a document header writes it (Decree 30/2020): "ngày 05 tháng 02 năm 2026", "ngày 16 tháng 3 năm 2026". */
    static String longDate(LocalDate date) {
        return "ngày " + "%02d".formatted(date.getDayOfMonth()) + " tháng " + month(date) + " năm " + date.getYear();
    }

    /** The same with the day left blank, for a report numbered when it is signed: "ngày      tháng 3 năm 2026". */
    static String longDateWithoutDay(LocalDate date) {
        return "ngày      tháng " + month(date) + " năm " + date.getYear();
    }

    private static String month(LocalDate date) {
        int month = date.getMonthValue();
        return month < 3 ? "%02d".formatted(month) : Integer.toString(month);
    }

    /**
     * The named period a report was computed for: its name read as a REPORTING period when the dates match, else as a
     * CALENDAR one, else the dates themselves.
     */
    static ReportingPeriod period(String name, LocalDate from, LocalDate to) {
        for (PeriodType type : PeriodType.values()) {
            try {
                ReportingPeriod period = ReportingPeriod.parse(name, type);
                if (period.from().equals(from) && period.to().equals(to)) {
                    return period;
                }
            } catch (RuntimeException e) {
                // not a name of this type; try the next, then the dates
            }
        }
        return ReportingPeriod.ofRange(from, to);
    }

    /** "Quý III năm 2023 (từ ngày 15/6/2023 đến ngày 14/9/2023)", as under a form's title. */
    static String periodLine(ReportingPeriod period) {
        return period.kind() == PeriodKind.RANGE ? period.label()
                : period.label() + " (" + period.dateRangeLabel() + ")";
    }

    /** The label inside a sentence: "quý III năm 2023", "6 tháng đầu năm 2024", "từ ngày 5/1/2024 đến …". */
    static String inSentence(ReportingPeriod period) {
        String label = period.label();
        return label.substring(0, 1).toLowerCase(Letterhead.VIETNAMESE) + label.substring(1);
    }

    /** The period after {@code period}, of the same kind and type; null after a range of dates or the last year. */
    static ReportingPeriod next(ReportingPeriod period) {
        if (period.kind() == PeriodKind.RANGE || period.to().getYear() >= ReportingPeriod.MAX_YEAR) {
            return null;
        }
        return ReportingPeriod.containing(period.to().plusDays(1), period.kind(), period.type());
    }
}

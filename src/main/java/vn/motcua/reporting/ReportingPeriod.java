package vn.motcua.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.motcua.reporting.internal.PeriodText;
import vn.motcua.shared.ProblemException;

/**
 * A period a report or an index is computed for: a named month, quarter, half-year or year of a {@link PeriodType},
 * or an explicit range of dates. {@code from} and {@code to} are both inclusive.
 *
 * <p>Names (the contract with clients): {@code 2024-M07}, {@code 2023-Q3}, {@code 2024-H1}, {@code 2024-Y}; a range is
 * named {@code 2024-01-05..2024-02-10}. The name does not carry the type: {@code parse(p.name(), p.type())} gives
 * {@code p} back.
 *
 * <p>{@link PeriodType#REPORTING} periods follow the statistical cut-off of Decree 09/2019 Art. 12
 * (measurement-and-calendar.md §2.2): from the 15th of the month before the first month to the 14th of the last month.
 * So the second half of December belongs to the next year's first month, quarter, half and year:
 * 2024-Q1 = 2023-12-15 … 2024-03-14, 2024-H1 = 2023-12-15 … 2024-06-14, 2024-Y = 2023-12-15 … 2024-12-14.
 * {@link PeriodType#CALENDAR} periods run from the 1st to the last day. A range is always CALENDAR.
 *
 * <p>The canonical constructor accepts only consistent values (a named kind must have exactly its bounds); use the
 * factories.
 */
public record ReportingPeriod(PeriodKind kind, PeriodType type, LocalDate from, LocalDate to) {

    /** Years a named period may have (the calendar module covers 1900–2199). */
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2199;

    private static final Pattern NAME = Pattern.compile("(\\d{4})-(?:Q([1-4])|M(0[1-9]|1[0-2])|H([12])|Y)");
    private static final Pattern RANGE_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");
    private static final String NAME_FORMS = "dùng dạng 2024-M07 (tháng), 2023-Q3 (quý), 2024-H1 hoặc 2024-H2 (6 tháng), "
            + "2024-Y (năm), hoặc 2024-01-05..2024-02-10 (khoảng ngày)";

    public ReportingPeriod {
        if (kind == null) {
            throw ProblemException.invalidField("period", "Thiếu loại kỳ (tháng, quý, 6 tháng, năm hoặc khoảng ngày)");
        }
        if (type == null) {
            throw ProblemException.invalidField("periodType", "Thiếu cách tính kỳ (REPORTING hoặc CALENDAR)");
        }
        if (from == null) {
            throw ProblemException.invalidField("from", "Thiếu ngày bắt đầu kỳ");
        }
        if (to == null) {
            throw ProblemException.invalidField("to", "Thiếu ngày kết thúc kỳ");
        }
        if (to.isBefore(from)) {
            throw ProblemException.invalidField("to", "Ngày kết thúc kỳ (" + PeriodText.date(to)
                    + ") phải từ ngày bắt đầu (" + PeriodText.date(from) + ") trở đi");
        }
        if (kind == PeriodKind.RANGE) {
            if (type != PeriodType.CALENDAR) {
                throw ProblemException.invalidField("periodType",
                        "Khoảng ngày tự chọn được tính đúng theo các ngày đã chọn (CALENDAR), không theo kỳ chốt số liệu");
            }
        } else {
            checkYear(to.getYear());
            int number = numberEndingIn(kind, to.getMonthValue());
            if (number < 1 || !from.equals(first(kind, type, to.getYear(), number))
                    || !to.equals(last(kind, type, to.getYear(), number))) {
                throw ProblemException.invalidField("period", "Khoảng " + PeriodText.dateRange(from, to)
                        + " không phải là một kỳ \"" + kind.label().toLowerCase(Locale.ROOT) + "\" (" + type.label() + ")");
            }
        }
    }

    /**
     * From a contract name: {@code 2024-M07}, {@code 2023-Q3}, {@code 2024-H1}, {@code 2024-Y} (letters in either
     * case, surrounding blanks ignored), or a range {@code 2024-01-05..2024-02-10}, for which {@code type} is ignored.
     *
     * @throws ProblemException naming {@code period} for a malformed name or a year outside 1900–2199,
     *                          {@code periodType} when the type is missing for a named period
     */
    public static ReportingPeriod parse(String name, PeriodType type) {
        if (name == null || name.isBlank()) {
            throw ProblemException.invalidField("period", "Thiếu kỳ báo cáo; " + NAME_FORMS);
        }
        String n = name.strip().toUpperCase(Locale.ROOT);
        Matcher range = RANGE_NAME.matcher(n);
        if (range.matches()) {
            try {
                return ofRange(LocalDate.parse(range.group(1)), LocalDate.parse(range.group(2)));
            } catch (DateTimeParseException e) {
                throw ProblemException.invalidField("period", "Kỳ \"" + name.strip() + "\" có ngày không tồn tại");
            }
        }
        Matcher m = NAME.matcher(n);
        if (!m.matches()) {
            throw ProblemException.invalidField("period", "Kỳ báo cáo \"" + name.strip() + "\" không hợp lệ; " + NAME_FORMS);
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return ofQuarter(year, Integer.parseInt(m.group(2)), type);
        }
        if (m.group(3) != null) {
            return ofMonth(year, Integer.parseInt(m.group(3)), type);
        }
        if (m.group(4) != null) {
            return ofHalf(year, Integer.parseInt(m.group(4)), type);
        }
        return ofYear(year, type);
    }

    /**
     * The period a request names: {@code name} with {@code type} (REPORTING or CALENDAR; {@code fallback} when none
     * is given), or the range {@code from}–{@code to} when no name is given.
     *
     * @throws ProblemException naming {@code period} or {@code periodType} when neither is usable
     */
    public static ReportingPeriod requested(String name, String type, LocalDate from, LocalDate to,
            PeriodType fallback) {
        if (name != null && !name.isBlank()) {
            return parse(name.strip(), PeriodType.named(type, fallback));
        }
        if (from == null || to == null) {
            throw ProblemException.invalidField("period", "Cần nêu kỳ báo cáo (ví dụ 2023-Q3) hoặc from và to");
        }
        return ofRange(from, to);
    }

    /** Month 1..12 of {@code year}; a REPORTING month M runs from the 15th of M−1 to the 14th of M. */
    public static ReportingPeriod ofMonth(int year, int month, PeriodType type) {
        return named(PeriodKind.MONTH, type, year, month);
    }

    /** Quarter 1..4 of {@code year}. */
    public static ReportingPeriod ofQuarter(int year, int quarter, PeriodType type) {
        return named(PeriodKind.QUARTER, type, year, quarter);
    }

    /** Half 1 (6 tháng đầu năm) or 2 (6 tháng cuối năm) of {@code year}. */
    public static ReportingPeriod ofHalf(int year, int half, PeriodType type) {
        return named(PeriodKind.HALF_YEAR, type, year, half);
    }

    /** The whole {@code year}; REPORTING: 15 December of the year before to 14 December. */
    public static ReportingPeriod ofYear(int year, PeriodType type) {
        return named(PeriodKind.YEAR, type, year, 1);
    }

    /**
     * Explicit dates, both inclusive.
     *
     * @throws ProblemException naming {@code to} when it is before {@code from}; {@code from}/{@code to} when missing
     */
    public static ReportingPeriod ofRange(LocalDate from, LocalDate to) {
        return new ReportingPeriod(PeriodKind.RANGE, PeriodType.CALENDAR, from, to);
    }

    /**
     * The period of {@code kind} and {@code type} that contains {@code date}: e.g. 2023-12-20 is in the REPORTING
     * month 2024-M01 and in the REPORTING year 2024-Y, but in the CALENDAR month 2023-M12.
     *
     * @throws ProblemException naming {@code date} when missing, {@code period} for {@link PeriodKind#RANGE}
     */
    public static ReportingPeriod containing(LocalDate date, PeriodKind kind, PeriodType type) {
        if (date == null) {
            throw ProblemException.invalidField("date", "Thiếu ngày");
        }
        if (kind == null || kind == PeriodKind.RANGE) {
            throw ProblemException.invalidField("period", "Chọn tháng, quý, 6 tháng hoặc năm");
        }
        if (type == null) {
            throw ProblemException.invalidField("periodType", "Thiếu cách tính kỳ (REPORTING hoặc CALENDAR)");
        }
        YearMonth month = YearMonth.from(date);
        if (type == PeriodType.REPORTING && date.getDayOfMonth() >= 15) {
            month = month.plusMonths(1);
        }
        int number = (month.getMonthValue() - 1) / kind.months() + 1;
        return named(kind, type, month.getYear(), number);
    }

    /** The contract name: {@code 2024-M07}, {@code 2023-Q3}, {@code 2024-H1}, {@code 2024-Y}, {@code 2024-01-05..2024-02-10}. */
    public String name() {
        int year = to.getYear();
        return switch (kind) {
            case MONTH -> year + "-M" + String.format(Locale.ROOT, "%02d", number());
            case QUARTER -> year + "-Q" + number();
            case HALF_YEAR -> year + "-H" + number();
            case YEAR -> year + "-Y";
            case RANGE -> from + ".." + to;
        };
    }

    /**
     * Vietnamese name as in report titles: "Tháng 7 năm 2024", "Quý III năm 2023", "6 tháng đầu năm 2024",
     * "6 tháng cuối năm 2024", "Năm 2024", "Từ ngày 5/1/2024 đến ngày 10/2/2024".
     */
    public String label() {
        int year = to.getYear();
        return switch (kind) {
            case MONTH -> "Tháng " + number() + " năm " + year;
            case QUARTER -> "Quý " + PeriodText.romanQuarter(number()) + " năm " + year;
            case HALF_YEAR -> (number() == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
            case YEAR -> "Năm " + year;
            case RANGE -> "Từ ngày " + PeriodText.date(from) + " đến ngày " + PeriodText.date(to);
        };
    }

    /** The dates as printed under a report title: "từ ngày 15/6/2023 đến ngày 14/9/2023". */
    public String dateRangeLabel() {
        return PeriodText.dateRange(from, to);
    }

    /**
     * The period just before this one, of the same kind and type (2024-Q1 → 2023-Q4, 2024-H1 → 2023-H2); for a range,
     * the range of the same number of days that ends the day before {@code from}. REPORTING periods follow each other
     * without gap: {@code previous().to()} is the day before {@code from}.
     */
    public ReportingPeriod previous() {
        int year = to.getYear();
        int number = number();
        return switch (kind) {
            case MONTH -> {
                YearMonth before = YearMonth.of(year, number).minusMonths(1);
                yield ofMonth(before.getYear(), before.getMonthValue(), type);
            }
            case QUARTER -> number == 1 ? ofQuarter(year - 1, 4, type) : ofQuarter(year, number - 1, type);
            case HALF_YEAR -> number == 1 ? ofHalf(year - 1, 2, type) : ofHalf(year, 1, type);
            case YEAR -> ofYear(year - 1, type);
            case RANGE -> {
                LocalDate end = from.minusDays(1);
                yield ofRange(end.minusDays(days() - 1), end);
            }
        };
    }

    /**
     * The months of this period in order, for monthly trend charts: the months of the same type (2023-Q3 REPORTING →
     * 2023-M07, M08, M09 REPORTING, which together cover exactly 2023-06-15 … 2023-09-14). For a range: the calendar
     * months it touches, each cut to the range — a whole month is a CALENDAR {@link PeriodKind#MONTH}, a part of one is
     * a {@link PeriodKind#RANGE}.
     */
    public List<ReportingPeriod> months() {
        List<ReportingPeriod> months = new ArrayList<>();
        if (kind == PeriodKind.RANGE) {
            for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
                LocalDate start = from.isAfter(m.atDay(1)) ? from : m.atDay(1);
                LocalDate end = to.isBefore(m.atEndOfMonth()) ? to : m.atEndOfMonth();
                boolean whole = start.equals(m.atDay(1)) && end.equals(m.atEndOfMonth());
                months.add(whole ? ofMonth(m.getYear(), m.getMonthValue(), PeriodType.CALENDAR) : ofRange(start, end));
            }
            return List.copyOf(months);
        }
        YearMonth last = YearMonth.from(to);
        for (YearMonth m = last.minusMonths(kind.months() - 1L); !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(ofMonth(m.getYear(), m.getMonthValue(), type));
        }
        return List.copyOf(months);
    }

    /** Whether {@code date} is within {@code from} … {@code to}, both inclusive. */
    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }

    /** Whether {@code instant} falls on a day of this period in {@code zone}: start ≤ instant &lt; end-exclusive. */
    public boolean contains(Instant instant, ZoneId zone) {
        return instant != null && !instant.isBefore(startInstant(zone)) && instant.isBefore(endExclusiveInstant(zone));
    }

    /** The first moment of {@code from} in {@code zone} (e.g. 2023-06-15T00:00+07:00 = 2023-06-14T17:00Z). */
    public Instant startInstant(ZoneId zone) {
        return from.atStartOfDay(zone(zone)).toInstant();
    }

    /** The first moment of the day after {@code to} in {@code zone}; use as an exclusive upper bound in queries. */
    public Instant endExclusiveInstant(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone(zone)).toInstant();
    }

    /** Number of days, both ends counted. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The contract name; see {@link #name()}. */
    @Override
    public String toString() {
        return name();
    }

    private int number() {
        return kind == PeriodKind.RANGE ? 0 : numberEndingIn(kind, to.getMonthValue());
    }

    private static ReportingPeriod named(PeriodKind kind, PeriodType type, int year, int number) {
        if (type == null) {
            throw ProblemException.invalidField("periodType", "Thiếu cách tính kỳ (REPORTING hoặc CALENDAR)");
        }
        checkYear(year);
        int count = 12 / kind.months();
        if (number < 1 || number > count) {
            throw ProblemException.invalidField("period", kind.label() + " phải từ 1 đến " + count + " (nhận được " + number + ")");
        }
        return new ReportingPeriod(kind, type, first(kind, type, year, number), last(kind, type, year, number));
    }

    private static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw ProblemException.invalidField("period",
                    "Năm " + year + " nằm ngoài phạm vi hỗ trợ " + MIN_YEAR + " … " + MAX_YEAR);
        }
    }

    /** The number (1-based) of the period of {@code kind} whose last month is {@code month}, or −1 if none ends there. */
    private static int numberEndingIn(PeriodKind kind, int month) {
        return month % kind.months() == 0 ? month / kind.months() : -1;
    }

    private static LocalDate first(PeriodKind kind, PeriodType type, int year, int number) {
        YearMonth firstMonth = YearMonth.of(year, (number - 1) * kind.months() + 1);
        return type == PeriodType.REPORTING ? firstMonth.minusMonths(1).atDay(15) : firstMonth.atDay(1);
    }

    private static LocalDate last(PeriodKind kind, PeriodType type, int year, int number) {
        YearMonth lastMonth = YearMonth.of(year, number * kind.months());
        return type == PeriodType.REPORTING ? lastMonth.atDay(14) : lastMonth.atEndOfMonth();
    }

    private static ZoneId zone(ZoneId zone) {
        if (zone == null) {
            throw ProblemException.invalidField("zone", "Thiếu múi giờ");
        }
        return zone;
    }
}

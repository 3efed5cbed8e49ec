package vn.motcua.reporting.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.motcua.reporting.PeriodKind;
import vn.motcua.reporting.PeriodType;
import vn.motcua.reporting.ReportingPeriod;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.web.TypedDates;

/**
 * The period picker of the report pages: a year, a term of it (quarter, half, year or month) and how it is cut
 * (REPORTING or CALENDAR), or a range of dates ({@link #RANGE}). Links between the pages carry the contract name
 * instead ({@code period=2026-Q1&periodType=REPORTING}, or {@code period=2026-01-05..2026-02-10}); both are read here.
 *
 * @param year       the year typed in the picker
 * @param term       {@code Q1}…{@code Q4}, {@code H1}, {@code H2}, {@code Y}, {@code M01}…{@code M12} or {@link #RANGE}
 * @param periodType {@code REPORTING} or {@code CALENDAR}
 * @param from       the range's first day as the picker shows it ({@code 05/03/2026}), or as typed when refused
 * @param to         the range's last day, likewise
 * @param period     the period chosen; {@code null} when the input was refused
 * @param errors     what is wrong with each picker field (Vietnamese), empty when {@code period} is set
 */
record PeriodPicker(String year, String term, String periodType, String from, String to,
        ReportingPeriod period, String error, Map<String, String> errors) {

    static final String RANGE = "RANGE";

    /** One choice of the term list. */
    record Term(String value, String label) {}

    /** The terms of a year, grouped as the picker lists them. */
    static final Map<String, List<Term>> TERMS = terms();

    private static Map<String, List<Term>> terms() {
        Map<String, List<Term>> terms = new LinkedHashMap<>();
        terms.put("Quý", List.of(new Term("Q1", "Quý I"), new Term("Q2", "Quý II"), new Term("Q3", "Quý III"),
                new Term("Q4", "Quý IV")));
        terms.put("6 tháng, năm", List.of(new Term("H1", "6 tháng đầu năm"), new Term("H2", "6 tháng cuối năm"),
                new Term("Y", "Cả năm")));
        List<Term> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(new Term(String.format(Locale.ROOT, "M%02d", m), "Tháng " + m));
        }
        terms.put("Tháng", List.copyOf(months));
        return java.util.Collections.unmodifiableMap(terms);
    }

    /** The two ways a named period is cut, for the picker. */
    static List<PeriodType> types() {
        return List.of(PeriodType.values());
    }

    /**
     * Reads the picker. Precedence: a contract name ({@code period}); then a year and a term; with nothing given,
     * the quarter of {@code defaultType} that contains {@code today}. The range's days are typed dd/mm/yyyy (ISO
     * is read too: links and bookmarks).
     */
    static PeriodPicker read(String period, String periodType, String year, String term, String fromText,
            String toText, PeriodType defaultType, LocalDate today) {
        String typeText = blank(periodType) == null ? defaultType.name() : periodType.strip().toUpperCase(Locale.ROOT);
        try {
            PeriodType type = type(periodType, defaultType);
            ReportingPeriod chosen;
            if (blank(period) != null) {
                chosen = ReportingPeriod.parse(period, type);
            } else if (RANGE.equalsIgnoreCase(blank(term))) {
                LocalDate from = TypedDates.parse(fromText, "from", "Từ ngày");
                LocalDate to = TypedDates.parse(toText, "to", "Đến ngày");
                if (from == null || to == null) {
                    throw ProblemException.invalidField(from == null ? "from" : "to",
                            "Chọn cả ngày bắt đầu và ngày kết thúc của khoảng thời gian");
                }
                chosen = ReportingPeriod.ofRange(from, to);
            } else if (blank(year) != null || blank(term) != null) {
                if (blank(year) == null || !year.strip().matches("\\d{4}")) {
                    throw ProblemException.invalidField("year", "Nhập năm gồm 4 chữ số, ví dụ " + today.getYear());
                }
                String name = year.strip() + "-" + (blank(term) == null ? "Y" : term.strip().toUpperCase(Locale.ROOT));
                chosen = ReportingPeriod.parse(name, type);
            } else {
                chosen = ReportingPeriod.containing(today, PeriodKind.QUARTER, type);
            }
            return of(chosen);
        } catch (ProblemException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.fields().forEach(f -> errors.putIfAbsent(f.field(), f.message()));
            String termValue = blank(term) != null ? term.strip().toUpperCase(Locale.ROOT) : null;
            return new PeriodPicker(blank(year), termValue, typeText, blank(fromText), blank(toText), null,
                    e.getMessage(), errors);
        }
    }

    /** The picker showing {@code period}. */
    static PeriodPicker of(ReportingPeriod period) {
        if (period.kind() == PeriodKind.RANGE) {
            return new PeriodPicker(String.valueOf(period.to().getYear()), RANGE, PeriodType.CALENDAR.name(),
                    TypedDates.format(period.from()), TypedDates.format(period.to()), period, null, Map.of());
        }
        String name = period.name();
        return new PeriodPicker(name.substring(0, 4), name.substring(5), period.type().name(),
                TypedDates.format(period.from()), TypedDates.format(period.to()), period, null, Map.of());
    }

    public boolean range() {
        return RANGE.equals(term);
    }

    /** The contract name of the chosen period, for links ({@code 2026-Q1}, {@code 2026-01-05..2026-02-10}). */
    public String name() {
        return period == null ? null : period.name();
    }

    /** The type of the chosen period, for links. */
    public String type() {
        return period == null ? periodType : period.type().name();
    }

    private static PeriodType type(String value, PeriodType fallback) {
        if (blank(value) == null) {
            return fallback;
        }
        try {
            return PeriodType.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("periodType", "Cách tính kỳ phải là REPORTING hoặc CALENDAR");
        }
    }

    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

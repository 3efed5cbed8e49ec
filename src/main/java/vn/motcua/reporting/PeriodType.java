package vn.motcua.reporting;

/**
 * How a named period is cut (measurement-and-calendar.md §2.2 and §1.8).
 *
 * <p>TTHC-control reports use the statistical cut-off of Decree 09/2019 Art. 12; the Decision 766 portal uses
 * calendar periods. Which one a report uses is a per-report setting.
 */
public enum PeriodType {
    /**
     * Statistical cut-off (thời gian chốt số liệu): from the 15th of the month before the period's first month to the
     * 14th of its last month, both inclusive. 2023-Q3 = 2023-06-15 … 2023-09-14; 2024-Y = 2023-12-15 … 2024-12-14.
     */
    REPORTING("Kỳ chốt số liệu (từ ngày 15 đến ngày 14)"),
    /** Calendar months, quarters, halves and years: 2023-Q3 = 2023-07-01 … 2023-09-30. */
    CALENDAR("Kỳ theo lịch (từ ngày đầu đến ngày cuối)");

    private final String label;

    PeriodType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The type a request names ({@code REPORTING}, {@code calendar}); {@code fallback} when none is named.
     *
     * @throws vn.motcua.shared.ProblemException 400 naming {@code periodType} for any other name
     */
    public static PeriodType named(String type, PeriodType fallback) {
        if (type == null || type.isBlank()) {
            return fallback;
        }
        try {
            return valueOf(type.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw vn.motcua.shared.ProblemException.invalidField("periodType",
                    "periodType phải là REPORTING hoặc CALENDAR");
        }
    }
}

package vn.motcua.reporting;

/** The length of a {@link ReportingPeriod}, as written in its name ({@code 2024-M07}, {@code 2023-Q3}, …). */
public enum PeriodKind {
    /** {@code 2024-M07}. */
    MONTH("Tháng"),
    /** {@code 2023-Q3}. */
    QUARTER("Quý"),
    /** {@code 2024-H1} (6 tháng đầu năm), {@code 2024-H2} (6 tháng cuối năm). */
    HALF_YEAR("6 tháng"),
    /** {@code 2024-Y}. */
    YEAR("Năm"),
    /** Explicit dates, {@code 2024-01-05..2024-02-10}; always of type {@link PeriodType#CALENDAR}. */
    RANGE("Khoảng thời gian");

    private final String label;

    PeriodKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Months in one period of this kind; 0 for {@link #RANGE}. */
    public int months() {
        return switch (this) {
            case MONTH -> 1;
            case QUARTER -> 3;
            case HALF_YEAR -> 6;
            case YEAR -> 12;
            case RANGE -> 0;
        };
    }
}

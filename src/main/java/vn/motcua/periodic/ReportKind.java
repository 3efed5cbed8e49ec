package vn.motcua.periodic;

import vn.motcua.reporting.PeriodKind;
import vn.motcua.shared.ProblemException;

/** Which periodic report, with its Vietnamese name and the length of period it covers. */
public enum ReportKind {
    QUARTER("Báo cáo quý", PeriodKind.QUARTER),
    HALF("Báo cáo 6 tháng", PeriodKind.HALF_YEAR),
    YEAR("Báo cáo năm", PeriodKind.YEAR),
    SELF_INSPECTION("Báo cáo tự kiểm tra", PeriodKind.YEAR);

    private final String label;
    private final PeriodKind period;

    ReportKind(String label, PeriodKind period) {
        this.label = label;
        this.period = period;
    }

    public String label() {
        return label;
    }

    /** The length of period the report covers. */
    public PeriodKind period() {
        return period;
    }

    /**
     * The kind named ({@code QUARTER}, {@code quarter}), or null when none is named.
     *
     * @throws ProblemException 400 naming {@code kind} when the name is unknown
     */
    public static ReportKind named(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("kind", "Loại báo cáo phải là QUARTER, HALF, YEAR hoặc SELF_INSPECTION");
        }
    }

    /** The periodic report of a period's length (a year's is the annual report); none for a month or a range. */
    public static java.util.Optional<ReportKind> forPeriod(PeriodKind length) {
        return java.util.Arrays.stream(new ReportKind[] {QUARTER, HALF, YEAR}).filter(k -> k.period == length)
                .findFirst();
    }

    /** The kind named, or else the one of the period's length; 400 naming {@code kind} when there is neither. */
    public static ReportKind of(String name, PeriodKind length) {
        ReportKind named = named(name);
        if (named != null) {
            return named;
        }
        return forPeriod(length).orElseThrow(() -> ProblemException.invalidField("kind", "Báo cáo định kỳ lập theo "
                + "quý, 6 tháng hoặc năm; hãy chọn kỳ tương ứng"));
    }
}

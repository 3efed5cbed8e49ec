package vn.motcua.catalog;

import java.math.BigDecimal;

/**
 * One step of an internal procedure.
 *
 * @param branch null for the main path; otherwise the name of the optional path it belongs to (e.g. "Cần thẩm
 *        định của Hội đồng"), taken only when that condition applies
 * @param responsible unit or role in charge (Bộ phận Một cửa, Trưởng phòng, Chuyên viên, Lãnh đạo Sở…)
 * @param duration in {@code unit}, fractions allowed (0.5 ngày làm việc)
 * @param unit WORKING_HOUR or WORKING_DAY
 */
public record InternalStep(String branch, String responsible, String action, BigDecimal duration,
        TimeLimitUnit unit) {

    public InternalStep {
        duration = TimeLimit.normalise(duration);
        branch = branch == null || branch.isBlank() ? null : branch.strip();
    }

    /** Duration in working hours (8 per working day); null when not measurable. */
    public BigDecimal workingHours() {
        if (duration == null || unit == null) {
            return null;
        }
        return switch (unit) {
            case WORKING_HOUR -> duration;
            case WORKING_DAY -> duration.multiply(BigDecimal.valueOf(8));
            default -> null;
        };
    }
}

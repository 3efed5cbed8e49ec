package vn.motcua.catalog;

import java.math.BigDecimal;

/**
 * A time limit as printed: amount (fractions allowed, e.g. 0.5), unit, the printed Vietnamese wording and the
 * wording recorded by the source. A procedure without a stated limit has no {@code TimeLimit}.
 */
public record TimeLimit(BigDecimal amount, TimeLimitUnit unit, String printed, String asRecorded) {

    public TimeLimit {
        amount = normalise(amount);
    }

    public static TimeLimit of(long amount, TimeLimitUnit unit) {
        return new TimeLimit(BigDecimal.valueOf(amount), unit, null, null);
    }

    /** The amount in working hours (8 per working day), or null when the unit is not working time. */
    public BigDecimal workingHours() {
        if (amount == null || unit == null) {
            return null;
        }
        return switch (unit) {
            case WORKING_DAY -> amount.multiply(BigDecimal.valueOf(8));
            case WORKING_HOUR -> amount;
            case SAME_DAY -> BigDecimal.valueOf(8);
            default -> null;
        };
    }

    /** "10 ngày làm việc", "27 ngày (chưa xác định loại ngày)". */
    public String display() {
        if (unit == TimeLimitUnit.SAME_DAY) {
            return "Trong ngày";
        }
        if (amount == null && unit == null) {
            return printed == null ? "" : printed;
        }
        return (amount == null ? "" : amount.toPlainString().replace('.', ',') + " ") + (unit == null ? "" : unit.label());
    }

    /** Plain scale: 10 rather than 1E+1 or 10.00, so that equal limits are equal records. */
    static BigDecimal normalise(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}

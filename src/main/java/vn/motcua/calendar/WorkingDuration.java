package vn.motcua.calendar;

import java.math.BigDecimal;
import java.math.RoundingMode;

import vn.motcua.shared.ProblemException;

/**
 * A resolution time: an amount and its unit, e.g. 5 working days, 0.5 working day, 4 working hours, 30 days.
 *
 * <p>The amount is non-negative and at most {@value #MAX_AMOUNT}; fractions are allowed for
 * {@link DurationUnit#WORKING_DAY} and {@link DurationUnit#WORKING_HOUR} only. The amount is normalised (trailing
 * zeros stripped), so {@code 5.0} equals {@code 5}.
 */
public record WorkingDuration(BigDecimal amount, DurationUnit unit) {

    /** Upper bound of an amount, in any unit (keeps the calendar walk bounded). */
    public static final int MAX_AMOUNT = 10_000;

    public WorkingDuration {
        if (unit == null) {
            throw ProblemException.invalidField("unit", "Thiếu đơn vị thời hạn");
        }
        if (amount == null) {
            throw ProblemException.invalidField("amount", "Thiếu thời hạn");
        }
        if (amount.signum() < 0) {
            throw ProblemException.invalidField("amount", "Thời hạn không được là số âm (" + amount.toPlainString() + ")");
        }
        if (amount.compareTo(BigDecimal.valueOf(MAX_AMOUNT)) > 0) {
            throw ProblemException.invalidField("amount", "Thời hạn tối đa là " + MAX_AMOUNT + " " + unit.label());
        }
        amount = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
        if (amount.scale() < 0) {
            amount = amount.setScale(0);
        }
        if (!unit.isWorkingTime() && amount.scale() > 0) {
            throw ProblemException.invalidField("amount",
                    "Thời hạn tính bằng \"" + unit.label() + "\" phải là số nguyên (" + amount.toPlainString() + ")");
        }
    }

    /**
     * From user input: accepts "5", "0.5" and the Vietnamese decimal comma "0,5".
     *
     * @throws ProblemException naming {@code amount} when it is not a number
     */
    public static WorkingDuration of(String amount, DurationUnit unit) {
        if (amount == null || amount.isBlank()) {
            throw ProblemException.invalidField("amount", "Thiếu thời hạn");
        }
        BigDecimal parsed;
        try {
            parsed = new BigDecimal(amount.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("amount", "Thời hạn không phải là số: \"" + amount.strip() + "\"");
        }
        return new WorkingDuration(parsed, unit);
    }

    public static WorkingDuration of(long amount, DurationUnit unit) {
        return new WorkingDuration(BigDecimal.valueOf(amount), unit);
    }

    public static WorkingDuration workingDays(long amount) {
        return of(amount, DurationUnit.WORKING_DAY);
    }

    public static WorkingDuration workingHours(long amount) {
        return of(amount, DurationUnit.WORKING_HOUR);
    }

    public static WorkingDuration calendarDays(long amount) {
        return of(amount, DurationUnit.CALENDAR_DAY);
    }

    public static WorkingDuration sameDay() {
        return of(1, DurationUnit.SAME_DAY);
    }

    /**
     * Working minutes of a working-time duration: amount × {@code workingDayMinutes} for working days, amount × 60
     * for working hours, rounded half-up to a whole minute.
     *
     * @throws ProblemException naming {@code unit} for calendar days and same-day limits
     */
    public long minutes(int workingDayMinutes) {
        BigDecimal perUnit = switch (unit) {
            case WORKING_DAY -> BigDecimal.valueOf(workingDayMinutes);
            case WORKING_HOUR -> BigDecimal.valueOf(60);
            default -> throw ProblemException.invalidField("unit",
                    "Thời hạn \"" + unit.label() + "\" không quy đổi được ra giờ làm việc");
        };
        return amount.multiply(perUnit).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Whether the amount is a whole number. */
    public boolean isWhole() {
        return amount.scale() <= 0;
    }

    /** E.g. "5 ngày làm việc", "0,5 ngày làm việc". */
    @Override
    public String toString() {
        return amount.toPlainString().replace('.', ',') + " " + unit.label();
    }
}

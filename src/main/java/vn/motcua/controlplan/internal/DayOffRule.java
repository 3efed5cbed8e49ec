package vn.motcua.controlplan.internal;

import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * The rule for a day a time frame names that is not a working day: the careful reading (the default,
 * {@code motcua.control-plan.day-off=BEFORE}) makes the last working day before it the due date, so that a report
 * due "before the 15th" is not late when the 15th is a Sunday and it went on Friday; {@code AFTER} takes the next
 * working day (Civil Code art. 148 style), {@code KEEP} the day as printed.
 */
public enum DayOffRule {
    BEFORE,
    AFTER,
    KEEP;

    public LocalDate dueOn(LocalDate day, Predicate<LocalDate> workingDay) {
        if (this == KEEP) {
            return day;
        }
        LocalDate d = day;
        for (int i = 0; i < 60 && !workingDay.test(d); i++) {
            d = this == BEFORE ? d.minusDays(1) : d.plusDays(1);
        }
        return d;
    }
}

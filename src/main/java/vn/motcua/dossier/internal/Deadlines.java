package vn.motcua.dossier.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.DurationUnit;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingDuration;
import vn.motcua.catalog.TimeLimit;
import vn.motcua.dossier.internal.rules.TransferCutoffRule;

/** Due dates of dossiers and of their steps, on the working calendar and the agency's office hours. */
@Component
class Deadlines {

    private final WorkingCalendar calendar;
    private final DossierProperties properties;

    Deadlines(WorkingCalendar calendar, DossierProperties properties) {
        this.calendar = calendar;
        this.properties = properties;
    }

    ZoneId zone(String agency) {
        return calendar.officeHours(agency).zone();
    }

    /** The procedure's time limit counted from {@code start}; null when the procedure states none. */
    Instant due(Instant start, TimeLimit limit, String agency) {
        WorkingDuration duration = duration(limit);
        return duration == null ? null : calendar.due(start.atZone(zone(agency)), duration, agency).toInstant();
    }

    WorkingDuration duration(TimeLimit limit) {
        if (limit == null || limit.unit() == null || limit.amount() == null) {
            return limit != null && limit.unit() == vn.motcua.catalog.TimeLimitUnit.SAME_DAY
                    ? WorkingDuration.sameDay() : null;
        }
        DurationUnit unit = switch (limit.unit()) {
            case WORKING_DAY -> DurationUnit.WORKING_DAY;
            case WORKING_HOUR -> DurationUnit.WORKING_HOUR;
            case CALENDAR_DAY -> DurationUnit.CALENDAR_DAY;
            case SAME_DAY -> DurationUnit.SAME_DAY;
            case DAY_AS_PRINTED -> properties.dayAsPrinted();
        };
        return unit == DurationUnit.SAME_DAY ? WorkingDuration.sameDay() : new WorkingDuration(limit.amount(), unit);
    }

    /** A step's deadline: its working hours counted from its start; null when the step has no duration. */
    Instant stepDue(Instant start, BigDecimal workingHours, String agency) {
        if (workingHours == null) {
            return null;
        }
        return calendar.due(start.atZone(zone(agency)), new WorkingDuration(workingHours, DurationUnit.WORKING_HOUR),
                agency).toInstant();
    }

    /**
     * When a paper dossier must reach the competent unit (Decree 61/118 Art. 18): the same working day when received
     * by the cut-off on a working day, otherwise by the end of the first office window of the next working day.
     */
    Instant transferDue(Instant receivedAt, TransferCutoffRule rule, String agency) {
        OfficeHours hours = calendar.officeHours(agency);
        ZonedDateTime received = receivedAt.atZone(hours.zone());
        LocalDate day = received.toLocalDate();
        if (rule.sameDay(received.toLocalTime(), calendar.isWorkingDay(day))) {
            return day.atTime(hours.closing()).atZone(hours.zone()).toInstant();
        }
        LocalDate next = nextWorkingDay(day);
        return next.atTime(hours.windows().get(0).closes()).atZone(hours.zone()).toInstant();
    }

    /**
     * The same time of day {@code workingDays} working days before {@code due} (near-due threshold; latest moment
     * to ask for an extension). Null when {@code due} is null.
     */
    Instant workingDaysBefore(Instant due, int workingDays, String agency) {
        if (due == null) {
            return null;
        }
        ZonedDateTime at = due.atZone(zone(agency));
        LocalDate day = at.toLocalDate();
        for (int i = 0; i < workingDays; i++) {
            day = previousWorkingDay(day);
        }
        return day.atTime(at.toLocalTime()).atZone(at.getZone()).toInstant();
    }

    /** Working minutes from {@code from} to {@code to} in the agency's office hours. */
    long workingMinutes(Instant from, Instant to, String agency) {
        ZoneId zone = zone(agency);
        return calendar.workingMinutesBetween(from.atZone(zone), to.atZone(zone), agency);
    }

    private LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!calendar.isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    private LocalDate previousWorkingDay(LocalDate day) {
        LocalDate previous = day.minusDays(1);
        while (!calendar.isWorkingDay(previous)) {
            previous = previous.minusDays(1);
        }
        return previous;
    }
}

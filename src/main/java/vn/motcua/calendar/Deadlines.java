package vn.motcua.calendar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import vn.motcua.shared.ProblemException;

/**
 * Due dates (ngày hẹn trả) and working time between two instants: the one implementation in the system
 * (dossier-lifecycle.md §6.3). Pure functions of their arguments; results are in {@link OfficeHours#zone()}.
 *
 * <p>Rules, by unit:
 * <ul>
 * <li>{@link DurationUnit#WORKING_DAY} / {@link DurationUnit#WORKING_HOUR}, style {@link DeadlineStyle#HOURS}:
 * amount × {@link OfficeHours#workingDayMinutes()} (or × 60) working minutes are added to the start, counting only
 * time inside the office windows of working days. A start outside office hours counts from the next opening. When
 * the count ends exactly at a window's closing time, the due is that closing time (no roll to the next opening).</li>
 * <li>{@link DurationUnit#WORKING_DAY}, style {@link DeadlineStyle#CIVIL_CODE}: the start day is not counted; due at
 * the closing time of the last window of the N-th working day after the start date, N = the whole part of the
 * amount. A fractional part (e.g. the 0.5 of 2.5 days) is then added as working minutes from the next opening, as in
 * the HOURS style; 0.5 day alone is therefore due at the middle of the first working day after the start day.</li>
 * <li>{@link DurationUnit#WORKING_HOUR}, style {@link DeadlineStyle#CIVIL_CODE}: as HOURS (Civil Code Art. 147: an
 * hour limit starts at the stated moment).</li>
 * <li>{@link DurationUnit#CALENDAR_DAY}: start date + N days; a non-working last day moves to the next working day;
 * due at the end of office hours of that day (Civil Code Art. 147–148).</li>
 * <li>{@link DurationUnit#SAME_DAY}: started on a working day at or before {@link OfficeHours#sameDayCutoff()} → the
 * closing time of that day; otherwise the closing time of the next working day. The amount is ignored.</li>
 * </ul>
 * An amount of zero in a working unit gives the start itself. Seconds are kept, sub-second parts dropped.
 */
public final class Deadlines {

    private Deadlines() {
    }

    /** The due instant of a duration started at {@code start}. */
    public static ZonedDateTime due(ZonedDateTime start, WorkingDuration duration, DeadlineStyle style,
                                    OfficeHours hours, WorkingDays days) {
        require(start, "start");
        require(duration, "duration");
        require(hours, "officeHours");
        require(days, "workingDays");
        DeadlineStyle s = style == null ? DeadlineStyle.HOURS : style;
        LocalDateTime local = toLocal(start, hours);
        LocalDateTime due = switch (duration.unit()) {
            case WORKING_HOUR -> addWorkingSeconds(local, duration.minutes(hours.workingDayMinutes()) * 60, hours, days);
            case WORKING_DAY -> s == DeadlineStyle.CIVIL_CODE
                    ? civilCodeWorkingDays(local, duration.amount(), hours, days)
                    : addWorkingSeconds(local, duration.minutes(hours.workingDayMinutes()) * 60, hours, days);
            case CALENDAR_DAY -> days.workingDayOnOrAfter(local.toLocalDate().plusDays(duration.amount().longValueExact()))
                    .atTime(hours.closing());
            case SAME_DAY -> sameDay(local, hours, days);
        };
        return ZonedDateTime.of(due, hours.zone());
    }

    /** {@link #due} in the default {@link DeadlineStyle#HOURS} style. */
    public static ZonedDateTime due(ZonedDateTime start, WorkingDuration duration, OfficeHours hours,
                                    WorkingDays days) {
        return due(start, duration, DeadlineStyle.HOURS, hours, days);
    }

    /**
     * The instant reached after {@code minutes} working minutes from {@code start} (HOURS style), e.g. to time a
     * step of an internal procedure.
     */
    public static ZonedDateTime plusWorkingMinutes(ZonedDateTime start, long minutes, OfficeHours hours,
                                                   WorkingDays days) {
        require(start, "start");
        require(hours, "officeHours");
        require(days, "workingDays");
        if (minutes < 0) {
            throw ProblemException.invalidField("minutes", "Số phút làm việc không được âm");
        }
        return ZonedDateTime.of(addWorkingSeconds(toLocal(start, hours), minutes * 60, hours, days), hours.zone());
    }

    /**
     * Working minutes between two instants: the time inside office windows of working days, rounded down to a whole
     * minute; negative when {@code to} is before {@code from}. For any whole-minute {@code start} and {@code n ≥ 0},
     * {@code workingMinutesBetween(start, plusWorkingMinutes(start, n)) == n}.
     */
    public static long workingMinutesBetween(ZonedDateTime from, ZonedDateTime to, OfficeHours hours,
                                             WorkingDays days) {
        require(from, "from");
        require(to, "to");
        require(hours, "officeHours");
        require(days, "workingDays");
        LocalDateTime a = toLocal(from, hours);
        LocalDateTime b = toLocal(to, hours);
        if (b.isBefore(a)) {
            return -(workingSecondsBetween(b, a, hours, days) / 60);
        }
        return workingSecondsBetween(a, b, hours, days) / 60;
    }

    // ---------------------------------------------------------------------------------------------------------

    private static LocalDateTime civilCodeWorkingDays(LocalDateTime start, BigDecimal amount, OfficeHours hours,
                                                      WorkingDays days) {
        if (amount.signum() == 0) {
            return start;
        }
        int whole = amount.intValue();
        BigDecimal fraction = amount.subtract(BigDecimal.valueOf(whole));
        LocalDateTime end = days.plusWorkingDays(start.toLocalDate(), whole).atTime(hours.closing());
        if (fraction.signum() > 0) {
            long minutes = new WorkingDuration(fraction, DurationUnit.WORKING_DAY).minutes(hours.workingDayMinutes());
            end = addWorkingSeconds(end, minutes * 60, hours, days);
        }
        return end;
    }

    private static LocalDateTime sameDay(LocalDateTime start, OfficeHours hours, WorkingDays days) {
        LocalDate date = start.toLocalDate();
        if (days.isWorkingDay(date) && !start.toLocalTime().isAfter(hours.sameDayCutoff())) {
            return date.atTime(hours.closing());
        }
        return days.nextWorkingDay(date).atTime(hours.closing());
    }

    /** Walks the office windows day by day, consuming {@code seconds} of working time. */
    static LocalDateTime addWorkingSeconds(LocalDateTime start, long seconds, OfficeHours hours, WorkingDays days) {
        if (seconds <= 0) {
            return start;
        }
        List<OfficeHours.Window> windows = hours.windows();
        int n = windows.size();
        LocalDate date = start.toLocalDate();
        int t = start.toLocalTime().toSecondOfDay();
        long remaining = seconds;
        while (true) {
            if (days.isWorkingDay(date)) {
                for (int i = 0; i < n; i++) {
                    OfficeHours.Window w = windows.get(i);
                    int close = w.closes().toSecondOfDay();
                    if (t >= close) {
                        continue;
                    }
                    int from = Math.max(t, w.opens().toSecondOfDay());
                    int available = close - from;
                    if (remaining <= available) {
                        return date.atTime(LocalTime.ofSecondOfDay(from + remaining));
                    }
                    remaining -= available;
                }
            }
            date = date.plusDays(1);
            t = 0;
        }
    }

    static long workingSecondsBetween(LocalDateTime from, LocalDateTime to, OfficeHours hours, WorkingDays days) {
        List<OfficeHours.Window> windows = hours.windows();
        LocalDate first = from.toLocalDate();
        LocalDate last = to.toLocalDate();
        long sum = 0;
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            if (!days.isWorkingDay(date)) {
                continue;
            }
            int lo = date.equals(first) ? from.toLocalTime().toSecondOfDay() : 0;
            int hi = date.equals(last) ? to.toLocalTime().toSecondOfDay() : 24 * 3600;
            for (OfficeHours.Window w : windows) {
                int a = Math.max(lo, w.opens().toSecondOfDay());
                int b = Math.min(hi, w.closes().toSecondOfDay());
                if (b > a) {
                    sum += b - a;
                }
            }
        }
        return sum;
    }

    private static LocalDateTime toLocal(ZonedDateTime instant, OfficeHours hours) {
        return instant.withZoneSameInstant(hours.zone()).toLocalDateTime().truncatedTo(ChronoUnit.SECONDS);
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw ProblemException.invalidField(field, "Thiếu giá trị " + field);
        }
    }
}

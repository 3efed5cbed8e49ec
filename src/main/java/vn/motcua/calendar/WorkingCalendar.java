package vn.motcua.calendar;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The calendar every module uses: which days are working days, and when a time limit ends. It reads the
 * official yearly schedules recorded in the database (falling back to a provisional calendar for years without
 * one) and each agency's office hours.
 */
public interface WorkingCalendar {

    DayInfo describe(LocalDate date);

    boolean isWorkingDay(LocalDate date);

    /** When a time limit that starts at {@code start} ends, in the agency's office hours. */
    ZonedDateTime due(ZonedDateTime start, WorkingDuration duration, DeadlineStyle style, String agencyCode);

    /** The style used when a caller does not choose one ({@code motcua.calendar.deadline-style}). */
    DeadlineStyle defaultStyle();

    /** Same, in the configured default style. */
    ZonedDateTime due(ZonedDateTime start, WorkingDuration duration, String agencyCode);

    /** Working minutes between two instants in the agency's office hours (0 when {@code to} is not after {@code from}). */
    long workingMinutesBetween(ZonedDateTime from, ZonedDateTime to, String agencyCode);

    OfficeHours officeHours(String agencyCode);

    OfficeHours recordOfficeHours(String agencyCode, OfficeHours hours, String recordedBy);

    /** The year's days off and make-up days, with the official schedule they come from, if any. */
    YearCalendar year(int year);

    /** Records an official schedule for its year; it replaces the current one, and the old one stays on record. */
    YearCalendar recordSchedule(YearSchedule schedule, String basis, String recordedBy);

    /** The official schedule currently recorded for the year. */
    Optional<RecordedSchedule> officialSchedule(int year);
}

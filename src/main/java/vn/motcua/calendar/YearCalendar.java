package vn.motcua.calendar;

import java.util.List;

/**
 * One year as the calendar sees it.
 *
 * @param official   the recorded official schedule, or {@code null} when the year is provisional
 * @param daysOff    days off other than ordinary weekends (holidays, compensatory and swapped days, and weekend days
 *                   inside an official break), each with its reasons
 * @param makeUpDays weekend days that are working days (làm bù)
 */
public record YearCalendar(int year, boolean provisional, RecordedSchedule official, List<DayInfo> daysOff,
        List<DayInfo> makeUpDays) {

    public YearCalendar {
        daysOff = List.copyOf(daysOff);
        makeUpDays = List.copyOf(makeUpDays);
    }
}

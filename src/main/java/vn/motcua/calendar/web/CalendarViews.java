package vn.motcua.calendar.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.motcua.calendar.DayInfo;
import vn.motcua.calendar.LunarDate;
import vn.motcua.calendar.YearCalendar;
import vn.motcua.calendar.YearSchedule;

/** JSON shapes of the calendar API. Field names are a contract relied on by outside tools. */
final class CalendarViews {

    /** Offsets always with seconds, e.g. {@code 2024-02-21T09:00:00+07:00}. */
    static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private CalendarViews() {}

    record Lunar(String solarDate, int lunarDay, int lunarMonth, int lunarYear, boolean leapMonth, String yearName) {
        static Lunar of(LocalDate solar, LunarDate lunar) {
            return new Lunar(solar.toString(), lunar.day(), lunar.month(), lunar.year(), lunar.leapMonth(),
                    lunar.yearName());
        }
    }

    record Day(String date, boolean workingDay, List<String> reasons, boolean provisional, Lunar lunar) {
        static Day of(DayInfo info) {
            return new Day(info.date().toString(), info.workingDay(), info.reasons(), info.provisional(),
                    Lunar.of(info.date(), info.lunar()));
        }
    }

    record Due(String start, String due, Number amount, String unit, String style) {
        static Due of(OffsetDateTime start, ZonedDateTime due, BigDecimal amount, String unit, String style) {
            return new Due(INSTANT.format(start), INSTANT.format(due), plain(amount), unit, style);
        }

        private static Number plain(BigDecimal amount) {
            BigDecimal stripped = amount.stripTrailingZeros();
            return stripped.scale() <= 0 ? (Number) stripped.longValueExact() : stripped;
        }
    }

    record Year(int year, boolean provisional, boolean official, String basis, String recordedBy, String recordedAt,
            List<YearSchedule.Break> breaks, List<YearSchedule.ExtraWorkingDay> extraWorkingDays, List<Day> daysOff,
            List<Day> makeUpDays) {
        static Year of(YearCalendar year) {
            var official = year.official();
            return new Year(year.year(), year.provisional(), official != null,
                    official == null ? null : official.basis(),
                    official == null ? null : official.recordedBy(),
                    official == null ? null : official.recordedAt().toString(),
                    official == null ? List.of() : official.schedule().breaks(),
                    official == null ? List.of() : official.schedule().extraWorkingDays(),
                    year.daysOff().stream().map(Day::of).toList(),
                    year.makeUpDays().stream().map(Day::of).toList());
        }
    }

    /** The body of {@code PUT /api/v1/calendar/years/{year}}: an official schedule and the document it comes from. */
    record ScheduleRequest(String basis, List<YearSchedule.Break> breaks,
            List<YearSchedule.ExtraWorkingDay> extraWorkingDays) {}
}

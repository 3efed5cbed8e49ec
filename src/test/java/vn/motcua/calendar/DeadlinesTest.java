package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.LunarCalendarTest.assertInvalid;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class DeadlinesTest {

    static final WorkingDays DAYS = WorkingDays.of(OfficialSchedules.bundled());
    static final OfficeHours HOURS = OfficeHours.DEFAULT;
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    static ZonedDateTime at(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), VN);
    }

    static ZonedDateTime due(String start, WorkingDuration d, DeadlineStyle style) {
        return Deadlines.due(at(start), d, style, HOURS, DAYS);
    }

    static ZonedDateTime hours(String start, WorkingDuration d) {
        return due(start, d, DeadlineStyle.HOURS);
    }

    @Test
    void fiveWorkingDaysFromTheDayBeforeTet2024EndAtTheSameTimeTwoWeeksLater() {
        ZonedDateTime due = Deadlines.due(ZonedDateTime.parse("2024-02-07T09:00+07:00"),
                WorkingDuration.workingDays(5), DeadlineStyle.HOURS, OfficeHours.DEFAULT, DAYS);
        assertThat(due.toOffsetDateTime()).isEqualTo("2024-02-21T09:00+07:00");
        assertThat(due.getZone()).isEqualTo(VN);
    }

    @Test
    void startInAnotherZoneIsConvertedToTheOfficeZone() {
        ZonedDateTime due = Deadlines.due(ZonedDateTime.of(2024, 2, 7, 2, 0, 0, 0, ZoneOffset.UTC),
                WorkingDuration.workingDays(5), DeadlineStyle.HOURS, HOURS, DAYS);
        assertThat(due).isEqualTo(at("2024-02-21T09:00"));
    }

    @Test
    void workingDaysSkipTheNineDayTetBreakOf2025() {
        assertThat(hours("2025-01-23T10:00", WorkingDuration.workingDays(5))).isEqualTo(at("2025-02-06T10:00"));
        assertThat(due("2025-01-23T10:00", WorkingDuration.workingDays(5), DeadlineStyle.CIVIL_CODE))
                .isEqualTo(at("2025-02-06T17:30"));
    }

    @Test
    void workingDaysSkipTheNineDayTetBreakOf2026() {
        assertThat(hours("2026-02-13T14:00", WorkingDuration.workingDays(3))).isEqualTo(at("2026-02-25T14:00"));
        assertThat(hours("2026-02-11T08:00", WorkingDuration.workingDays(5))).isEqualTo(at("2026-02-25T08:00")); // Wed 11, Thu 12, Fri 13, Mon 23, Tue 24 → Wed 25
    }

    @Test
    void makeUpSaturdayCountsAsAWorkingDay() {
        assertThat(hours("2026-01-09T14:00", WorkingDuration.workingDays(1))).isEqualTo(at("2026-01-10T14:00"));
        assertThat(due("2026-01-09T14:00", WorkingDuration.workingDays(1), DeadlineStyle.CIVIL_CODE))
                .isEqualTo(at("2026-01-10T17:30"));
    }

    @Test
    void halfADayIsFourWorkingHoursAcrossLunch() {
        assertThat(hours("2025-03-03T09:00", WorkingDuration.of("0.5", DurationUnit.WORKING_DAY)))
                .isEqualTo(at("2025-03-03T15:00"));
        assertThat(hours("2025-03-03T09:00", WorkingDuration.of("0,5", DurationUnit.WORKING_DAY)))
                .isEqualTo(at("2025-03-03T15:00"));
        assertThat(hours("2025-03-03T16:00", WorkingDuration.of("1.5", DurationUnit.WORKING_DAY)))
                .isEqualTo(at("2025-03-05T10:00")); // 90 + 480 + 150 minutes
    }

    @Test
    void startBeforeOpeningCountsFromOpeningAndAFullDayEndsAtClosing() {
        assertThat(hours("2025-03-03T06:00", WorkingDuration.workingDays(1))).isEqualTo(at("2025-03-03T17:30"));
    }

    @Test
    void startAtLunchCountsFromTheAfternoonOpening() {
        assertThat(hours("2025-03-03T12:00", WorkingDuration.workingHours(2))).isEqualTo(at("2025-03-03T15:30"));
    }

    @Test
    void startAfterClosingCountsFromTheNextWorkingMorning() {
        assertThat(hours("2025-03-03T18:00", WorkingDuration.workingHours(2))).isEqualTo(at("2025-03-04T09:30"));
        assertThat(hours("2025-03-07T17:30", WorkingDuration.workingHours(1))).isEqualTo(at("2025-03-10T08:30"));
    }

    @Test
    void startOnSundayCountsFromMondayOpening() {
        assertThat(hours("2025-03-02T10:00", WorkingDuration.workingDays(1))).isEqualTo(at("2025-03-03T17:30"));
        assertThat(hours("2025-03-02T10:00", WorkingDuration.workingHours(1))).isEqualTo(at("2025-03-03T08:30"));
    }

    @Test
    void countEndingExactlyAtAClosingTimeIsDueAtThatClosingTime() {
        assertThat(hours("2025-03-03T07:30", WorkingDuration.workingHours(4))).isEqualTo(at("2025-03-03T11:30"));
        assertThat(hours("2025-03-03T13:30", WorkingDuration.workingHours(4))).isEqualTo(at("2025-03-03T17:30"));
        assertThat(hours("2025-03-03T07:30", WorkingDuration.workingDays(2))).isEqualTo(at("2025-03-04T17:30"));
    }

    @Test
    void civilCodeStyleSkipsTheStartDayAndEndsAtClosingOfTheNthWorkingDay() {
        assertThat(due("2025-03-03T16:00", WorkingDuration.workingDays(2), DeadlineStyle.CIVIL_CODE))
                .isEqualTo(at("2025-03-05T17:30"));
        assertThat(due("2025-03-03T07:00", WorkingDuration.workingDays(2), DeadlineStyle.CIVIL_CODE))
                .isEqualTo(at("2025-03-05T17:30"));
        assertThat(due("2024-02-07T09:00", WorkingDuration.workingDays(5), DeadlineStyle.CIVIL_CODE))
                .isEqualTo(at("2024-02-21T17:30"));
        // started on a Sunday: the first counted day is Monday
        assertThat(due("2025-03-02T10:00", WorkingDuration.workingDays(1), DeadlineStyle.CIVIL_CODE))
                .isEqualTo(at("2025-03-03T17:30"));
    }

    @Test
    void civilCodeFractionIsAddedAsWorkingMinutesFromTheNextOpening() {
        assertThat(due("2025-03-03T16:00", WorkingDuration.of("2.5", DurationUnit.WORKING_DAY), DeadlineStyle.CIVIL_CODE))
                .isEqualTo(at("2025-03-06T11:30"));
        assertThat(due("2025-03-03T09:00", WorkingDuration.of("0.5", DurationUnit.WORKING_DAY), DeadlineStyle.CIVIL_CODE))
                .isEqualTo(at("2025-03-04T11:30"));
    }

    @Test
    void workingHoursInCivilCodeStyleCountLikeHours() {
        assertThat(due("2025-03-03T10:00", WorkingDuration.workingHours(3), DeadlineStyle.CIVIL_CODE))
                .isEqualTo(hours("2025-03-03T10:00", WorkingDuration.workingHours(3)))
                .isEqualTo(at("2025-03-03T15:00")); // 90 before lunch + 90 after
    }

    @Test
    void calendarDaysEndAtClosingAndMoveOffHolidaysToTheNextWorkingDay() {
        assertThat(hours("2025-03-03T10:00", WorkingDuration.calendarDays(2))).isEqualTo(at("2025-03-05T17:30"));
        // 2025-01-27 is inside the Tết Ất Tỵ break → Monday 2025-02-03
        assertThat(hours("2025-01-20T10:00", WorkingDuration.calendarDays(7))).isEqualTo(at("2025-02-03T17:30"));
        // lands on Saturday 2025-03-08 → Monday
        assertThat(hours("2025-03-03T10:00", WorkingDuration.calendarDays(5))).isEqualTo(at("2025-03-10T17:30"));
        // lands on the make-up Saturday 2026-01-10: a working day
        assertThat(hours("2026-01-05T10:00", WorkingDuration.calendarDays(5))).isEqualTo(at("2026-01-10T17:30"));
    }

    @Test
    void sameDayBeforeTheCutOffIsDueAtClosingOtherwiseNextWorkingDay() {
        WorkingDuration sameDay = WorkingDuration.sameDay();
        assertThat(hours("2025-03-03T14:59", sameDay)).isEqualTo(at("2025-03-03T17:30"));
        assertThat(hours("2025-03-03T15:00", sameDay)).isEqualTo(at("2025-03-03T17:30"));
        assertThat(hours("2025-03-03T15:01", sameDay)).isEqualTo(at("2025-03-04T17:30"));
        assertThat(hours("2025-01-24T16:00", sameDay)).isEqualTo(at("2025-02-03T17:30"));
        assertThat(hours("2025-03-02T09:00", sameDay)).isEqualTo(at("2025-03-03T17:30"));
    }

    @Test
    void zeroAmountIsDueAtTheStart() {
        assertThat(hours("2025-03-03T10:00", WorkingDuration.workingDays(0))).isEqualTo(at("2025-03-03T10:00"));
    }

    @Test
    void workingMinutesBetweenCountsOnlyOfficeWindowsOfWorkingDays() {
        OfficeHours h = HOURS;
        assertThat(Deadlines.workingMinutesBetween(at("2025-03-03T07:30"), at("2025-03-03T17:30"), h, DAYS)).isEqualTo(480);
        assertThat(Deadlines.workingMinutesBetween(at("2025-03-03T11:00"), at("2025-03-03T14:00"), h, DAYS)).isEqualTo(60);
        assertThat(Deadlines.workingMinutesBetween(at("2025-03-07T17:00"), at("2025-03-10T08:00"), h, DAYS)).isEqualTo(60);
        assertThat(Deadlines.workingMinutesBetween(at("2024-02-07T09:00"), at("2024-02-21T09:00"), h, DAYS)).isEqualTo(2400);
        assertThat(Deadlines.workingMinutesBetween(at("2024-02-21T09:00"), at("2024-02-07T09:00"), h, DAYS)).isEqualTo(-2400);
        assertThat(Deadlines.workingMinutesBetween(at("2025-03-01T09:00"), at("2025-03-02T18:00"), h, DAYS)).isZero();
    }

    @Test
    void workingMinutesBetweenStartAndDueEqualsTheDurationForRandomStarts() {
        Random random = new Random(20260217);
        List<Integer> amounts = List.of(1, 15, 59, 240, 480, 481, 2400, 4800, 7200, 14400);
        for (int i = 0; i < 2000; i++) {
            ZonedDateTime start = at("2023-01-01T00:00").plusMinutes(random.nextInt(5 * 366 * 24 * 60));
            long n = amounts.get(random.nextInt(amounts.size()));
            ZonedDateTime due = Deadlines.plusWorkingMinutes(start, n, HOURS, DAYS);
            assertThat(Deadlines.workingMinutesBetween(start, due, HOURS, DAYS)).as("%s + %s min", start, n).isEqualTo(n);
            assertThat(due).isAfter(start);
            assertThat(HOURS.isOpenAt(due.toLocalTime()) || isAClosingTime(due.toLocalTime())).isTrue();
            assertThat(DAYS.isWorkingDay(due.toLocalDate())).isTrue();
        }
        for (int i = 0; i < 300; i++) {
            ZonedDateTime start = at("2023-01-01T00:00").plusMinutes(random.nextInt(4 * 365 * 24 * 60));
            ZonedDateTime due = Deadlines.due(start, WorkingDuration.workingDays(5), HOURS, DAYS);
            assertThat(Deadlines.workingMinutesBetween(start, due, HOURS, DAYS)).isEqualTo(2400);
        }
    }

    @Test
    void customOfficeHoursOfAProvinceAreHonoured() {
        OfficeHours province = new OfficeHours(VN, List.of(
                new OfficeHours.Window(LocalTime.of(7, 0), LocalTime.of(11, 30)),
                new OfficeHours.Window(LocalTime.of(13, 30), LocalTime.of(17, 0))), 480, LocalTime.of(15, 0));
        assertThat(Deadlines.due(at("2025-03-03T07:00"), WorkingDuration.workingDays(1), DeadlineStyle.HOURS, province, DAYS))
                .isEqualTo(at("2025-03-03T17:00"));
        assertThat(Deadlines.due(at("2025-03-03T09:00"), WorkingDuration.workingDays(2), DeadlineStyle.CIVIL_CODE, province, DAYS))
                .isEqualTo(at("2025-03-05T17:00"));
    }

    @Test
    void missingArgumentsAreRejectedNamingTheField() {
        assertInvalid(() -> Deadlines.due(null, WorkingDuration.workingDays(1), DeadlineStyle.HOURS, HOURS, DAYS), "start");
        assertInvalid(() -> Deadlines.plusWorkingMinutes(at("2025-03-03T09:00"), -1, HOURS, DAYS), "minutes");
    }

    private static boolean isAClosingTime(LocalTime t) {
        return HOURS.windows().stream().anyMatch(w -> w.closes().equals(t));
    }
}

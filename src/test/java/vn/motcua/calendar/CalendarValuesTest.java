package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.LunarCalendarTest.assertInvalid;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class CalendarValuesTest {

    static YearSchedule.Break brk(String from, String to, List<String> statutory, List<String> comp,
                                  List<String> swapped) {
        return new YearSchedule.Break(LocalDate.parse(from), LocalDate.parse(to), "Đợt nghỉ", null,
                statutory.stream().map(LocalDate::parse).toList(), comp.stream().map(LocalDate::parse).toList(),
                swapped.stream().map(LocalDate::parse).toList(), null);
    }



    @Test
    void durationAmountsAreNormalisedAndFractionsAllowedForWorkingUnitsOnly() {
        assertThat(WorkingDuration.of("5.0", DurationUnit.WORKING_DAY)).isEqualTo(WorkingDuration.workingDays(5));
        assertThat(WorkingDuration.of(" 0,5 ", DurationUnit.WORKING_DAY).amount()).isEqualByComparingTo("0.5");
        assertThat(WorkingDuration.of("0.5", DurationUnit.WORKING_DAY).minutes(480)).isEqualTo(240);
        assertThat(WorkingDuration.of("1.5", DurationUnit.WORKING_HOUR).minutes(480)).isEqualTo(90);
        assertThat(WorkingDuration.of("30", DurationUnit.CALENDAR_DAY).amount()).isEqualTo(new BigDecimal("30"));
        assertThat(WorkingDuration.of("0,5", DurationUnit.WORKING_DAY).toString()).isEqualTo("0,5 ngày làm việc");
        assertInvalid(() -> WorkingDuration.of("1.5", DurationUnit.CALENDAR_DAY), "amount");
        assertInvalid(() -> WorkingDuration.of("-1", DurationUnit.WORKING_DAY), "amount");
        assertInvalid(() -> WorkingDuration.of("năm", DurationUnit.WORKING_DAY), "amount");
        assertInvalid(() -> WorkingDuration.of("", DurationUnit.WORKING_DAY), "amount");
        assertInvalid(() -> WorkingDuration.of("1", null), "unit");
        assertInvalid(() -> WorkingDuration.of("100000", DurationUnit.WORKING_DAY), "amount");
        assertInvalid(() -> WorkingDuration.calendarDays(3).minutes(480), "unit");
    }

    @Test
    void unitsAndStylesHaveVietnameseLabels() {
        assertThat(DurationUnit.WORKING_DAY.label()).isEqualTo("ngày làm việc");
        assertThat(DurationUnit.WORKING_HOUR.label()).isEqualTo("giờ làm việc");
        assertThat(DurationUnit.CALENDAR_DAY.label()).isEqualTo("ngày");
        assertThat(DurationUnit.SAME_DAY.label()).isEqualTo("trong ngày");
        assertThat(DeadlineStyle.HOURS.label()).isNotBlank();
        assertThat(DeadlineStyle.CIVIL_CODE.label()).contains("Bộ luật Dân sự");
    }

    @Test
    void defaultOfficeHoursAreTheHoChiMinhCityCivilServiceDay() {
        OfficeHours h = OfficeHours.DEFAULT;
        assertThat(h.zone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(h.opening()).isEqualTo(LocalTime.of(7, 30));
        assertThat(h.closing()).isEqualTo(LocalTime.of(17, 30));
        assertThat(h.windowMinutes()).isEqualTo(480);
        assertThat(h.workingDayMinutes()).isEqualTo(480);
        assertThat(h.sameDayCutoff()).isEqualTo(LocalTime.of(15, 0));
        assertThat(h.isOpenAt(LocalTime.of(12, 0))).isFalse();
        assertThat(h.isOpenAt(LocalTime.of(13, 30))).isTrue();
    }

    @Test
    void officeWindowsMustBeOrderedAndNotOverlap() {
        ZoneId vn = ZoneId.of("Asia/Ho_Chi_Minh");
        OfficeHours.Window morning = new OfficeHours.Window(LocalTime.of(7, 30), LocalTime.of(11, 30));
        OfficeHours.Window afternoon = new OfficeHours.Window(LocalTime.of(13, 30), LocalTime.of(17, 30));
        OfficeHours.Window overlapping = new OfficeHours.Window(LocalTime.of(11, 0), LocalTime.of(12, 0));
        assertInvalid(() -> new OfficeHours(vn, List.of(afternoon, morning), 480, LocalTime.of(15, 0)), "windows");
        assertInvalid(() -> new OfficeHours(vn, List.of(morning, overlapping), 480, LocalTime.of(15, 0)), "windows");
        assertInvalid(() -> new OfficeHours(vn, List.of(), 480, LocalTime.of(15, 0)), "windows");
        assertInvalid(() -> new OfficeHours.Window(LocalTime.of(12, 0), LocalTime.of(11, 0)), "windows");
        assertInvalid(() -> new OfficeHours(vn, List.of(morning), 0, LocalTime.of(15, 0)), "workingDayMinutes");
        assertInvalid(() -> new OfficeHours(null, List.of(morning), 480, LocalTime.of(15, 0)), "zone");
        assertInvalid(() -> new OfficeHours(vn, List.of(morning), 480, null), "sameDayCutoff");
    }

    @Test
    void inconsistentSchedulesAreRejectedNamingTheField() {
        assertInvalid(() -> new YearSchedule(2027, List.of(brk("2027-02-09", "2027-02-05", List.of(), List.of(), List.of())),
                List.of()).validate(), "breaks[0].to");
        assertInvalid(() -> new YearSchedule(2027, List.of(brk("2027-02-05", "2027-02-09", List.of("2027-02-12"), List.of(), List.of())),
                List.of()).validate(), "breaks[0].statutoryDays");
        assertInvalid(() -> new YearSchedule(2027, List.of(brk("2027-02-05", "2027-02-11", List.of(), List.of("2027-02-12"), List.of())),
                List.of()).validate(), "breaks[0].compensatoryDays");
        assertInvalid(() -> new YearSchedule(2027, List.of(brk("2027-02-05", "2027-02-11", List.of(), List.of(), List.of("2027-02-06"))),
                List.of()).validate(), "breaks[0].swappedDays");
        assertInvalid(() -> new YearSchedule(2027, List.of(brk("2030-02-05", "2030-02-09", List.of(), List.of(), List.of())),
                List.of()).validate(), "breaks[0].from");
        assertInvalid(() -> new YearSchedule(2027, List.of(brk("2027-01-01", "2027-03-01", List.of(), List.of(), List.of())),
                List.of()).validate(), "breaks[0].to");
        assertInvalid(() -> new YearSchedule(2027, List.of(brk("2027-02-05", "2027-02-09", List.of(), List.of(), List.of()),
                brk("2027-02-09", "2027-02-10", List.of(), List.of(), List.of())), List.of()).validate(), "breaks[1].from");
        YearSchedule.ExtraWorkingDay monday = new YearSchedule.ExtraWorkingDay(LocalDate.of(2027, 2, 15), null, "Làm bù", null, null);
        assertInvalid(() -> new YearSchedule(2027, List.of(), List.of(monday)).validate(), "extraWorkingDays[0].date");
        YearSchedule.ExtraWorkingDay farAway = new YearSchedule.ExtraWorkingDay(LocalDate.of(2031, 2, 15), null, "Làm bù", null, null);
        assertInvalid(() -> new YearSchedule(2027, List.of(), List.of(farAway)).validate(), "extraWorkingDays[0].date");
        YearSchedule.ExtraWorkingDay unmatched = new YearSchedule.ExtraWorkingDay(LocalDate.of(2027, 2, 20),
                LocalDate.of(2027, 3, 1), "Làm bù", null, null);
        assertInvalid(() -> new YearSchedule(2027, List.of(), List.of(unmatched)).validate(), "extraWorkingDays[0].replacesDayOff");
        assertInvalid(() -> new YearSchedule(2300, List.of(), List.of()).validate(), "year");
        assertInvalid(() -> WorkingDays.of(List.of(new YearSchedule(2027, List.of(), List.of()),
                new YearSchedule(2027, List.of(), List.of()))), "year");
    }

    @Test
    void aNewYearsNoticeMakesTheYearOfficial() {
        YearSchedule y2027 = new YearSchedule(2027, List.of(
                brk("2027-02-04", "2027-02-12", List.of("2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09"),
                        List.of("2027-02-10", "2027-02-11"), List.of("2027-02-12"))),
                List.of(new YearSchedule.ExtraWorkingDay(LocalDate.of(2027, 2, 20), LocalDate.of(2027, 2, 12),
                        "Làm bù", null, null)));
        // 2027-02-04 is not marked: it is inside the break, so off with the break's name
        WorkingDays days = WorkingDays.of(List.of(y2027));
        assertThat(days.isProvisional(2027)).isFalse();
        assertThat(days.describe(LocalDate.of(2027, 2, 4)).reasons()).containsExactly("Đợt nghỉ");
        assertThat(days.describe(LocalDate.of(2027, 2, 12)).reasons()).containsExactly("Nghỉ hoán đổi");
        assertThat(days.describe(LocalDate.of(2027, 2, 20)).workingDay()).isTrue();
        // statutory holidays of that year that the notice does not list are ordinary days (the notice is authoritative)
        assertThat(days.isWorkingDay(LocalDate.of(2027, 4, 16))).isTrue();
    }

    @Test
    void bundledSchedulesSurviveAJsonRoundTrip() {
        List<YearSchedule> bundled = OfficialSchedules.bundled();
        String json = OfficialSchedules.toJson(bundled);
        List<YearSchedule> back = OfficialSchedules.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(back).isEqualTo(bundled);
        assertThat(bundled.get(1).extraWorkingDays()).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2024, 5, 4)))
                .satisfies(e -> assertThat(e.replacesDayOff()).isEqualTo(LocalDate.of(2024, 4, 29)));
    }

    @Test
    void malformedFilesAreRejectedNamingTheFile() {
        assertInvalid(() -> OfficialSchedules.parse(new ByteArrayInputStream("{not json".getBytes(StandardCharsets.UTF_8))), "file");
        assertInvalid(() -> OfficialSchedules.parse(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8))), "file");
        assertInvalid(() -> OfficialSchedules.parse(new ByteArrayInputStream(
                "{\"years\":{\"2027\":{\"breaks\":[{\"from\":\"2027-02-09\",\"to\":\"2027-02-05\",\"name\":\"x\"}]}}}"
                        .getBytes(StandardCharsets.UTF_8))), "breaks[0].to");
        assertInvalid(() -> OfficialSchedules.parse(new ByteArrayInputStream(
                "{\"years\":{\"2027\":{\"breaks\":[{\"from\":\"31/12/2026\"}]}}}".getBytes(StandardCharsets.UTF_8))), "years.2027");
    }
}

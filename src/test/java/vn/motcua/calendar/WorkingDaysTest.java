package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.LunarCalendarTest.assertInvalid;

import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WorkingDaysTest {

    static final WorkingDays DAYS = WorkingDays.of(OfficialSchedules.bundled());

    @Test
    void tetMondayIn2024IsADayOffForTetOnlyAndOfficial() {
        DayInfo info = DAYS.describe(LocalDate.of(2024, 2, 12));
        assertThat(info.workingDay()).isFalse();
        assertThat(info.reasons()).containsExactly("Tết Nguyên đán");
        assertThat(info.provisional()).isFalse();
        assertThat(info.lunar()).isEqualTo(LunarDate.of(3, 1, 2024));
    }

    @Test
    void bundledFileHasTheFourOfficialYears() {
        assertThat(OfficialSchedules.bundled()).extracting(YearSchedule::year).containsExactly(2023, 2024, 2025, 2026);
        for (int y = 2023; y <= 2026; y++) {
            assertThat(DAYS.isProvisional(y)).isFalse();
        }
        assertThat(DAYS.isProvisional(2022)).isTrue();
        assertThat(DAYS.isProvisional(2027)).isTrue();
        assertThat(DAYS.isProvisional(2028)).isTrue();
    }

    @Test
    void everyDayOfEveryOfficialBreak2023To2026IsOffAndNotProvisional() {
        int days = 0;
        for (YearSchedule s : OfficialSchedules.bundled()) {
            for (YearSchedule.Break b : s.breaks()) {
                for (LocalDate d = b.from(); !d.isAfter(b.to()); d = d.plusDays(1)) {
                    DayInfo info = DAYS.describe(d);
                    assertThat(info.workingDay()).as("%s in %s", d, b.name()).isFalse();
                    assertThat(info.provisional()).as("%s provisional", d).isFalse();
                    assertThat(info.reasons()).as("%s reasons", d).isNotEmpty();
                    days++;
                }
            }
        }
        assertThat(days).isEqualTo(19 + 20 + 22 + 25);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-05-04", "2025-04-26", "2026-01-10", "2026-08-22"})
    void makeUpSaturdayIsAWorkingDay(LocalDate date) {
        assertThat(date.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        DayInfo info = DAYS.describe(date);
        assertThat(info.workingDay()).isTrue();
        assertThat(info.reasons()).containsExactly("Làm bù");
        assertThat(DAYS.isWorkingDay(date)).isTrue();
    }

    @Test
    void eachHungKingsAndTetBreakContainsTheConvertersDateAsAStatutoryDay() {
        int hung = 0;
        int tet = 0;
        for (YearSchedule s : OfficialSchedules.bundled()) {
            for (YearSchedule.Break b : s.breaks()) {
                if (b.name().contains("Hùng Vương")) {
                    LocalDate day = LunarCalendar.hungKingsDay(s.year());
                    assertThat(b.contains(day)).as("%s contains %s", b.name(), day).isTrue();
                    assertThat(b.statutoryDays()).contains(day);
                    assertThat(DAYS.describe(day).reasons()).contains("Giỗ Tổ Hùng Vương");
                    hung++;
                }
                if (b.name().startsWith("Tết Nguyên đán")) {
                    LocalDate day = LunarCalendar.tet(s.year());
                    assertThat(b.contains(day)).as("%s contains %s", b.name(), day).isTrue();
                    assertThat(b.statutoryDays()).contains(day);
                    assertThat(b.name()).endsWith(LunarDate.yearName(s.year()));
                    tet++;
                }
            }
        }
        assertThat(hung).isEqualTo(4);
        assertThat(tet).isEqualTo(4);
    }

    @Test
    void daysOffPerYearMatchTheCrossCheckTotals() throws Exception {
        JsonNode years;
        try (InputStream in = getClass().getResourceAsStream(OfficialSchedules.BUNDLED_RESOURCE)) {
            years = JsonMapper.builder().build().readTree(in).get("years");
        }
        Map<Integer, Integer> expected = Map.of(2023, 19, 2024, 20, 2025, 22, 2026, 25);
        for (YearSchedule s : OfficialSchedules.bundled()) {
            int crossCheck = years.get(Integer.toString(s.year())).get("crossCheck").get("daysOffInBreaks").asInt();
            assertThat(crossCheck).isEqualTo(expected.get(s.year()));
            assertThat(s.daysOffInBreaks()).isEqualTo(crossCheck);
            long off = 0;
            for (YearSchedule.Break b : s.breaks()) {
                off += DAYS.countWorkingDays(b.from(), b.to()) == 0 ? b.days() : 0;
            }
            assertThat(off).as("days off in breaks %s", s.year()).isEqualTo(crossCheck);
        }
    }

    @Test
    void officialDaysCarryTheirVietnameseReasons() {
        assertThat(reasons("2024-02-10")).containsExactly("Tết Nguyên đán", "Thứ Bảy");
        assertThat(reasons("2024-02-13")).containsExactly("Nghỉ bù Tết Nguyên đán");
        assertThat(reasons("2023-01-02")).containsExactly("Nghỉ bù Tết Dương lịch");
        assertThat(reasons("2023-05-02")).containsExactly("Nghỉ bù Giỗ Tổ Hùng Vương");
        assertThat(reasons("2023-05-03")).containsExactly("Nghỉ bù Ngày Chiến thắng");
        assertThat(reasons("2023-09-04")).containsExactly("Nghỉ bù Quốc khánh");
        assertThat(reasons("2024-04-29")).containsExactly("Nghỉ hoán đổi");
        assertThat(reasons("2026-01-02")).containsExactly("Nghỉ hoán đổi");
        assertThat(reasons("2024-04-30")).containsExactly("Ngày Chiến thắng");
        assertThat(reasons("2024-05-01")).containsExactly("Ngày Quốc tế Lao động");
        assertThat(reasons("2024-09-03")).containsExactly("Quốc khánh");
        assertThat(reasons("2025-09-01")).containsExactly("Quốc khánh");
        assertThat(reasons("2025-01-01")).containsExactly("Tết Dương lịch");
        assertThat(reasons("2026-04-27")).containsExactly("Nghỉ bù Giỗ Tổ Hùng Vương");
        assertThat(reasons("2026-02-16")).containsExactly("Tết Nguyên đán");
        // a weekend day of a break that is no holiday: the break's name, then the weekday
        assertThat(reasons("2025-01-25")).containsExactly("Tết Nguyên đán Ất Tỵ", "Thứ Bảy");
        assertThat(reasons("2026-02-22")).containsExactly("Tết Nguyên đán Bính Ngọ", "Chủ nhật");
        // ordinary days
        assertThat(reasons("2024-03-09")).containsExactly("Thứ Bảy");
        assertThat(reasons("2024-03-10")).containsExactly("Chủ nhật");
        assertThat(reasons("2024-03-11")).isEmpty();
    }

    @Test
    void ordinaryWeekdaysOfOfficialYearsAreWorkingDaysAndWeekendsAreNot() {
        assertThat(DAYS.isWorkingDay(LocalDate.of(2025, 2, 3))).isTrue(); // Monday after Tết Ất Tỵ
        assertThat(DAYS.isWorkingDay(LocalDate.of(2025, 2, 2))).isFalse();
        assertThat(DAYS.isWorkingDay(LocalDate.of(2026, 1, 11))).isFalse(); // Sunday after the make-up Saturday
        assertThat(DAYS.describe(LocalDate.of(2025, 6, 10)).provisional()).isFalse();
    }

    @Test
    void provisional2027TetIsLastDayOfTheLunarYearThroughMungBonPlusCompensatoryDays() {
        assertThat(LunarCalendar.tet(2027)).isEqualTo(LocalDate.of(2027, 2, 6));
        for (String d : List.of("2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09")) {
            DayInfo info = DAYS.describe(LocalDate.parse(d));
            assertThat(info.workingDay()).as(d).isFalse();
            assertThat(info.provisional()).as(d).isTrue();
            assertThat(info.reasons()).as(d).startsWith("Tết Nguyên đán");
        }
        // Tết Saturday 6/2 and Sunday 7/2 → nghỉ bù Wed 10/2 and Thu 11/2 (Art. 111(3))
        assertThat(reasons("2027-02-10")).containsExactly("Nghỉ bù Tết Nguyên đán");
        assertThat(reasons("2027-02-11")).containsExactly("Nghỉ bù Tết Nguyên đán");
        assertThat(DAYS.isWorkingDay(LocalDate.of(2027, 2, 4))).isTrue();
        assertThat(DAYS.isWorkingDay(LocalDate.of(2027, 2, 12))).isTrue();
        assertThat(DAYS.describe(LocalDate.of(2027, 2, 12)).provisional()).isTrue();
    }

    @Test
    void provisional2027HasHungKingsLabourDayAndNationalDayWithTheDayBefore() {
        assertThat(DAYS.describe(LocalDate.of(2027, 4, 16)))
                .satisfies(i -> assertThat(i.workingDay()).isFalse())
                .satisfies(i -> assertThat(i.provisional()).isTrue())
                .satisfies(i -> assertThat(i.reasons()).containsExactly("Giỗ Tổ Hùng Vương"));
        assertThat(reasons("2027-01-01")).containsExactly("Tết Dương lịch");
        assertThat(reasons("2027-04-30")).containsExactly("Ngày Chiến thắng");
        assertThat(reasons("2027-05-01")).containsExactly("Ngày Quốc tế Lao động", "Thứ Bảy");
        assertThat(reasons("2027-05-03")).containsExactly("Nghỉ bù Ngày Quốc tế Lao động");
        assertThat(reasons("2027-09-01")).containsExactly("Quốc khánh");
        assertThat(reasons("2027-09-02")).containsExactly("Quốc khánh");
        assertThat(DAYS.isWorkingDay(LocalDate.of(2027, 9, 3))).isTrue();
        List<LocalDate> off = DAYS.daysOff(2027).stream().map(DayInfo::date).toList();
        assertThat(off).hasSize(11 + 3); // 11 statutory days + 3 compensatory days
    }

    @Test
    void nationalDayBridgeCanBeTheDayAfter() {
        WorkingDays after = WorkingDays.of(List.of(), WorkingDays.NationalDayBridge.DAY_AFTER);
        assertThat(after.isWorkingDay(LocalDate.of(2027, 9, 1))).isTrue();
        assertThat(after.isWorkingDay(LocalDate.of(2027, 9, 3))).isFalse();
    }

    @Test
    void provisional2028IsMarkedProvisionalWithItsLunarHolidays() {
        assertThat(DAYS.isProvisional(2028)).isTrue();
        LocalDate tet = LunarCalendar.tet(2028); // Wed 2028-01-26
        assertThat(tet).isEqualTo(LocalDate.of(2028, 1, 26));
        for (int i = -1; i <= 3; i++) {
            assertThat(DAYS.describe(tet.plusDays(i)).provisional()).isTrue();
            assertThat(DAYS.isWorkingDay(tet.plusDays(i))).isFalse();
        }
        // Tue 25/1 (last day of Đinh Mùi) … Sat 29/1 (mùng 4): the Saturday gives nghỉ bù on Mon 31/1
        assertThat(reasons("2028-01-29")).containsExactly("Tết Nguyên đán", "Thứ Bảy");
        assertThat(reasons("2028-01-30")).containsExactly("Chủ nhật");
        assertThat(reasons("2028-01-31")).containsExactly("Nghỉ bù Tết Nguyên đán");
        assertThat(DAYS.isWorkingDay(LocalDate.of(2028, 2, 1))).isTrue();
        assertThat(DAYS.isWorkingDay(LocalDate.of(2028, 1, 24))).isTrue();
        assertThat(DAYS.isWorkingDay(LunarCalendar.hungKingsDay(2028))).isFalse();
    }

    @Test
    void compensatoryDaysChainWhenSeveralHolidaysFallOnAWeekend() {
        // 2023 without its official schedule: Hùng Kings Sat 29/4, 30/4 Sun, 1/5 Mon → nghỉ bù Tue 2/5, Wed 3/5,
        // exactly what the Government announced.
        WorkingDays noSchedules = WorkingDays.of(List.of());
        assertThat(noSchedules.isProvisional(2023)).isTrue();
        assertThat(noSchedules.describe(LocalDate.of(2023, 5, 2)).reasons()).containsExactly("Nghỉ bù Giỗ Tổ Hùng Vương");
        assertThat(noSchedules.describe(LocalDate.of(2023, 5, 3)).reasons()).containsExactly("Nghỉ bù Ngày Chiến thắng");
        assertThat(noSchedules.isWorkingDay(LocalDate.of(2023, 5, 4))).isTrue();
        for (LocalDate d = LocalDate.of(2023, 4, 29); !d.isAfter(LocalDate.of(2023, 5, 3)); d = d.plusDays(1)) {
            assertThat(noSchedules.isWorkingDay(d)).isEqualTo(DAYS.isWorkingDay(d));
        }
    }

    @Test
    void provisionalCalendarOfAYearWithoutScheduleFollowsTheStatutoryRules() {
        // 2024 without its schedule: Tết = 30 Chạp (9/2) … mùng 4 (13/2), Sat 10 and Sun 11 → nghỉ bù 14 and 15/2
        // (the Government chose 29 Chạp … mùng 3 + 13, 14/2 instead: the provisional guess is one day later).
        WorkingDays noSchedules = WorkingDays.of(List.of());
        assertThat(noSchedules.isWorkingDay(LocalDate.of(2024, 2, 8))).isTrue();
        assertThat(noSchedules.isWorkingDay(LocalDate.of(2024, 2, 16))).isTrue();
        for (String d : List.of("2024-01-01", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14", "2024-02-15",
                "2024-04-18", "2024-04-30", "2024-05-01", "2024-09-01", "2024-09-02")) {
            assertThat(noSchedules.isWorkingDay(LocalDate.parse(d))).as(d).isFalse();
        }
    }

    @Test
    void nextAndPreviousWorkingDaysSkipBreaks() {
        assertThat(DAYS.nextWorkingDay(LocalDate.of(2024, 2, 7))).isEqualTo(LocalDate.of(2024, 2, 15));
        assertThat(DAYS.previousWorkingDay(LocalDate.of(2024, 2, 15))).isEqualTo(LocalDate.of(2024, 2, 7));
        assertThat(DAYS.workingDayOnOrAfter(LocalDate.of(2024, 2, 7))).isEqualTo(LocalDate.of(2024, 2, 7));
        assertThat(DAYS.nextWorkingDay(LocalDate.of(2026, 1, 9))).isEqualTo(LocalDate.of(2026, 1, 10));
        assertThat(DAYS.plusWorkingDays(LocalDate.of(2024, 2, 7), 5)).isEqualTo(LocalDate.of(2024, 2, 21));
        assertThat(DAYS.countWorkingDays(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29))).isEqualTo(16);
    }

    @Test
    void datesOutsideTheSupportedRangeAreRejectedNamingDate() {
        assertInvalid(() -> DAYS.isWorkingDay(LocalDate.of(2200, 1, 1)), "date");
        assertInvalid(() -> DAYS.describe(LocalDate.of(1899, 12, 31)), "date");
    }

    @Test
    void concurrentFirstUseGivesTheSameAnswers() throws Exception {
        WorkingDays fresh = WorkingDays.of(OfficialSchedules.bundled());
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                try {
                    for (LocalDate d = LocalDate.of(2020, 1, 1); d.isBefore(LocalDate.of(2031, 1, 1)); d = d.plusDays(1)) {
                        assertThat(fresh.isWorkingDay(d)).isEqualTo(DAYS.isWorkingDay(d));
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2023", "2024", "2025", "2026"})
    void officialYearHasAbout250WorkingDays(int year) {
        long n = DAYS.countWorkingDays(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        assertThat(n).isBetween(240L, 252L);
    }

    private static List<String> reasons(String date) {
        return DAYS.describe(LocalDate.parse(date)).reasons();
    }
}

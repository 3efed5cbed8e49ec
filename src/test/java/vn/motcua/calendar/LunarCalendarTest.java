package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.motcua.shared.ProblemException;

class LunarCalendarTest {

    // measurement-and-calendar.md §5.5
    @ParameterizedTest(name = "Tết {0} ({1}) is {2}, a {3}")
    @CsvSource({
            "2000, Canh Thìn, 2000-02-05, Sat", "2001, Tân Tỵ, 2001-01-24, Wed", "2002, Nhâm Ngọ, 2002-02-12, Tue",
            "2003, Quý Mùi, 2003-02-01, Sat", "2004, Giáp Thân, 2004-01-22, Thu", "2005, Ất Dậu, 2005-02-09, Wed",
            "2006, Bính Tuất, 2006-01-29, Sun", "2007, Đinh Hợi, 2007-02-17, Sat", "2008, Mậu Tý, 2008-02-07, Thu",
            "2009, Kỷ Sửu, 2009-01-26, Mon", "2010, Canh Dần, 2010-02-14, Sun", "2011, Tân Mão, 2011-02-03, Thu",
            "2012, Nhâm Thìn, 2012-01-23, Mon", "2013, Quý Tỵ, 2013-02-10, Sun", "2014, Giáp Ngọ, 2014-01-31, Fri",
            "2015, Ất Mùi, 2015-02-19, Thu", "2016, Bính Thân, 2016-02-08, Mon", "2017, Đinh Dậu, 2017-01-28, Sat",
            "2018, Mậu Tuất, 2018-02-16, Fri", "2019, Kỷ Hợi, 2019-02-05, Tue", "2020, Canh Tý, 2020-01-25, Sat",
            "2021, Tân Sửu, 2021-02-12, Fri", "2022, Nhâm Dần, 2022-02-01, Tue", "2023, Quý Mão, 2023-01-22, Sun",
            "2024, Giáp Thìn, 2024-02-10, Sat", "2025, Ất Tỵ, 2025-01-29, Wed", "2026, Bính Ngọ, 2026-02-17, Tue",
            "2027, Đinh Mùi, 2027-02-06, Sat", "2028, Mậu Thân, 2028-01-26, Wed", "2029, Kỷ Dậu, 2029-02-13, Tue",
            "2030, Canh Tuất, 2030-02-02, Sat", "2031, Tân Hợi, 2031-01-23, Thu", "2032, Nhâm Tý, 2032-02-11, Wed",
            "2033, Quý Sửu, 2033-01-31, Mon", "2034, Giáp Dần, 2034-02-19, Sun", "2035, Ất Mão, 2035-02-08, Thu",
            "2036, Bính Thìn, 2036-01-28, Mon", "2037, Đinh Tỵ, 2037-02-15, Sun", "2038, Mậu Ngọ, 2038-02-04, Thu",
            "2039, Kỷ Mùi, 2039-01-24, Mon", "2040, Canh Thân, 2040-02-12, Sun"})
    void tetFallsOnTheTabulatedDateAndWeekday(int year, String canChi, LocalDate tet, String weekday) {
        assertThat(LunarCalendar.tet(year)).isEqualTo(tet);
        assertThat(LunarCalendar.toLunar(tet)).isEqualTo(new LunarDate(1, 1, year, false));
        assertThat(LunarCalendar.toLunar(tet.minusDays(1)).year()).isEqualTo(year - 1);
        assertThat(tet.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).isEqualTo(weekday);
        assertThat(LunarCalendar.toLunar(tet).yearName()).isEqualTo(canChi);
    }

    // §5.6
    @ParameterizedTest(name = "Giỗ Tổ Hùng Vương {0} is {1}")
    @CsvSource({
            "2020, 2020-04-02, THURSDAY", "2021, 2021-04-21, WEDNESDAY", "2022, 2022-04-10, SUNDAY",
            "2023, 2023-04-29, SATURDAY", "2024, 2024-04-18, THURSDAY", "2025, 2025-04-07, MONDAY",
            "2026, 2026-04-26, SUNDAY", "2027, 2027-04-16, FRIDAY", "2028, 2028-04-04, TUESDAY",
            "2029, 2029-04-23, MONDAY", "2030, 2030-04-12, FRIDAY", "2031, 2031-04-01, TUESDAY",
            "2032, 2032-04-19, MONDAY", "2033, 2033-04-09, SATURDAY", "2034, 2034-04-28, FRIDAY",
            "2035, 2035-04-17, TUESDAY"})
    void hungKingsDayIsTheTenthOfTheThirdLunarMonth(int year, LocalDate date, DayOfWeek weekday) {
        assertThat(LunarCalendar.hungKingsDay(year)).isEqualTo(date);
        assertThat(LunarCalendar.toSolar(10, 3, year)).isEqualTo(date);
        assertThat(LunarCalendar.toLunar(date)).isEqualTo(LunarDate.of(10, 3, year));
        assertThat(date.getDayOfWeek()).isEqualTo(weekday);
    }

    // §5.7
    @ParameterizedTest(name = "lunar year {0} has leap month {1} starting {2}")
    @CsvSource({
            "2001, 4, 2001-05-23", "2004, 2, 2004-03-21", "2006, 7, 2006-08-24", "2009, 5, 2009-06-23",
            "2012, 4, 2012-05-21", "2014, 9, 2014-10-24", "2017, 6, 2017-07-23", "2020, 4, 2020-05-23",
            "2023, 2, 2023-03-22", "2025, 6, 2025-07-25", "2028, 5, 2028-06-23", "2031, 3, 2031-04-21",
            "2033, 11, 2033-12-22", "2036, 6, 2036-07-23", "2039, 5, 2039-06-22"})
    void leapMonthMatchesTheTable(int year, int month, LocalDate firstDay) {
        assertThat(LunarCalendar.leapMonthOf(year)).contains(month);
        assertThat(LunarCalendar.toSolar(new LunarDate(1, month, year, true))).isEqualTo(firstDay);
        assertThat(LunarCalendar.toLunar(firstDay)).isEqualTo(new LunarDate(1, month, year, true));
        assertThat(LunarCalendar.toLunar(firstDay.minusDays(1)))
                .satisfies(d -> assertThat(d.month()).isEqualTo(month))
                .satisfies(d -> assertThat(d.leapMonth()).isFalse());
    }

    @Test
    void yearsOutsideTheLeapTableBetween2000And2041AreCommon() {
        java.util.Set<Integer> leapYears = java.util.Set.of(2001, 2004, 2006, 2009, 2012, 2014, 2017, 2020, 2023,
                2025, 2028, 2031, 2033, 2036, 2039);
        for (int y = 2000; y <= 2041; y++) {
            assertThat(LunarCalendar.leapMonthOf(y).isPresent()).as("leap month in %s", y)
                    .isEqualTo(leapYears.contains(y));
        }
    }

    // §5.4: computed at UTC+7; China (UTC+8) celebrates on other days
    @ParameterizedTest(name = "Tết {0} in Vietnam is {1} (China: {2})")
    @CsvSource({
            "1968, 1968-01-29, 1968-01-30", "1969, 1969-02-16, 1969-02-17", "1985, 1985-01-21, 1985-02-20",
            "2007, 2007-02-17, 2007-02-18", "2030, 2030-02-02, 2030-02-03", "2053, 2053-02-18, 2053-02-19"})
    void tetFallsOnTheVietnameseDateWhereChinaDiffers(int year, LocalDate vietnam, LocalDate china) {
        assertThat(LunarCalendar.tet(year)).isEqualTo(vietnam).isNotEqualTo(china);
        assertThat(LunarCalendar.toLunar(china)).isNotEqualTo(LunarDate.of(1, 1, year));
    }

    @Test
    void vietnamHadLeapMonthTwoIn1985() {
        assertThat(LunarCalendar.leapMonthOf(1985)).contains(2);
        assertThat(LunarCalendar.leapMonthOf(1984)).isEmpty();
    }

    // §5.3
    @ParameterizedTest(name = "{0} is lunar {1}/{2}/{3} leap={4}")
    @CsvSource({
            "2014-09-23, 30, 8, 2014, false",
            "2006-09-12, 20, 7, 2006, true",
            "2013-05-04, 25, 3, 2013, false",
            "2030-02-02, 1, 1, 2030, false"})
    void publicTestVectorsAreReproduced(LocalDate solar, int day, int month, int year, boolean leap) {
        LunarDate lunar = new LunarDate(day, month, year, leap);
        assertThat(LunarCalendar.toLunar(solar)).isEqualTo(lunar);
        assertThat(LunarCalendar.toSolar(lunar)).isEqualTo(solar);
    }

    // §4.4: the lunar labels printed in the official notices
    @Test
    void holidayNoticeLabelsAreTwentyNinthOfChap() {
        assertThat(LunarCalendar.toLunar(LocalDate.of(2026, 2, 16)).label()).isEqualTo("29 tháng Chạp");
        assertThat(LunarCalendar.toLunar(LocalDate.of(2024, 2, 8)).label()).isEqualTo("29 tháng Chạp");
        assertThat(LunarCalendar.toLunar(LocalDate.of(2026, 2, 16)).yearName()).isEqualTo("Ất Tỵ");
        assertThat(LunarCalendar.toLunar(LocalDate.of(2024, 2, 8)).yearName()).isEqualTo("Quý Mão");
        assertThat(LunarCalendar.toLunar(LocalDate.of(2023, 1, 20)).label()).isEqualTo("29 tháng Chạp");
        assertThat(LunarCalendar.toLunar(LocalDate.of(2025, 1, 25)).label()).isEqualTo("26 tháng Chạp");
        assertThat(LunarCalendar.toLunar(LocalDate.of(2026, 2, 14)).label()).isEqualTo("27 tháng Chạp");
        assertThat(LunarCalendar.toLunar(LocalDate.of(2026, 2, 22)).label()).isEqualTo("6 tháng Giêng");
    }

    @Test
    void everyDayFrom1900To2199RoundTripsAndLunarDaysAdvanceByOne() {
        LunarDate previous = null;
        int checked = 0;
        for (LocalDate d = LunarCalendar.MIN; !d.isAfter(LunarCalendar.MAX); d = d.plusDays(1)) {
            LunarDate lunar = LunarCalendar.toLunar(d);
            assertThat(LunarCalendar.toSolar(lunar)).isEqualTo(d);
            if (previous != null && lunar.day() != 1) {
                assertThat(lunar.day()).isEqualTo(previous.day() + 1);
                assertThat(lunar.month()).isEqualTo(previous.month());
                assertThat(lunar.year()).isEqualTo(previous.year());
            } else if (previous != null) {
                assertThat(previous.day()).isBetween(29, 30);
                if (lunar.month() == 1 && !lunar.leapMonth()) {
                    assertThat(lunar.year()).isEqualTo(previous.year() + 1);
                    assertThat(previous.month()).isEqualTo(12);
                }
            }
            previous = lunar;
            checked++;
        }
        assertThat(checked).isEqualTo(109_573);
    }

    @Test
    void supportedRangeStartsInTwelfthMonthOf1899AndEndsIn2199() {
        assertThat(LunarCalendar.toLunar(LocalDate.of(1900, 1, 1))).isEqualTo(LunarDate.of(1, 12, 1899));
        assertThat(LunarCalendar.tet(1900)).isEqualTo(LocalDate.of(1900, 1, 31));
        assertThat(LunarCalendar.toLunar(LocalDate.of(2199, 12, 31)).year()).isEqualTo(2199);
    }

    @Test
    void canChiNamesCycleEverySixtyYears() {
        assertThat(LunarDate.yearName(2024)).isEqualTo("Giáp Thìn");
        assertThat(LunarDate.yearName(2026)).isEqualTo("Bính Ngọ");
        assertThat(LunarDate.yearName(1984)).isEqualTo("Giáp Tý");
        assertThat(LunarDate.yearName(2043)).isEqualTo("Quý Hợi");
        assertThat(LunarDate.yearName(1968)).isEqualTo("Mậu Thân");
        assertThat(LunarDate.yearName(1945)).isEqualTo("Ất Dậu");
        assertThat(LunarDate.yearName(2084)).isEqualTo(LunarDate.yearName(2024));
    }

    @Test
    void lunarDateReadsLikeACalendarEntry() {
        LunarDate leap = new LunarDate(20, 7, 2006, true);
        assertThat(leap.toString()).isEqualTo("20/7 nhuận/2006 âm lịch (Bính Tuất)");
        assertThat(leap.label()).isEqualTo("20 tháng Bảy nhuận");
        assertThat(LunarDate.of(1, 1, 2026).label()).isEqualTo("1 tháng Giêng");
        assertThat(LunarDate.of(15, 11, 2026).monthName()).isEqualTo("Mười một");
    }

    @Test
    void thirtiethDayOfATwentyNineDayMonthIsRejectedNamingLunarDay() {
        int shortMonths = 0;
        for (int m = 1; m <= 12; m++) {
            int month = m;
            if (LunarCalendar.lengthOfMonth(2025, m, false) == 29) {
                assertInvalid(() -> LunarCalendar.toSolar(30, month, 2025), "lunarDay");
                shortMonths++;
            } else {
                LocalDate thirtieth = LunarCalendar.toSolar(30, month, 2025);
                assertThat(LunarCalendar.toLunar(thirtieth.plusDays(1)).day()).isEqualTo(1);
            }
        }
        assertThat(shortMonths).isBetween(1, 11);
        // 2024-02-09 is the last day of lunar 2023 (Tết Giáp Thìn is 2024-02-10): 30 Chạp.
        assertThat(LunarCalendar.toLunar(LocalDate.of(2024, 2, 9))).isEqualTo(LunarDate.of(30, 12, 2023));
    }

    @Test
    void leapMonthTheYearDoesNotHaveIsRejectedNamingLeapMonth() {
        assertInvalid(() -> LunarCalendar.toSolar(new LunarDate(1, 5, 2025, true)), "leapMonth");
        assertInvalid(() -> LunarCalendar.toSolar(new LunarDate(1, 1, 2024, true)), "leapMonth");
        assertThat(LunarCalendar.toSolar(new LunarDate(1, 6, 2025, true))).isEqualTo(LocalDate.of(2025, 7, 25));
    }

    @Test
    void malformedLunarDatesAreRejectedNamingTheField() {
        assertInvalid(() -> new LunarDate(0, 1, 2025, false), "lunarDay");
        assertInvalid(() -> new LunarDate(31, 1, 2025, false), "lunarDay");
        assertInvalid(() -> new LunarDate(1, 13, 2025, false), "lunarMonth");
        assertInvalid(() -> new LunarDate(1, 0, 2025, false), "lunarMonth");
        assertInvalid(() -> new LunarDate(1, 1, 2200, false), "lunarYear");
        assertInvalid(() -> new LunarDate(1, 1, 1800, false), "lunarYear");
        assertInvalid(() -> LunarCalendar.leapMonthOf(2500), "lunarYear");
    }

    @Test
    void datesOutsideTheSupportedRangeAreRejectedNamingDate() {
        assertThatThrownBy(() -> LunarCalendar.toLunar(LocalDate.of(1899, 12, 31)))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("nằm ngoài phạm vi hỗ trợ 1900-01-01 … 2199-12-31")
                .satisfies(e -> assertThat(((ProblemException) e).fields().get(0).field()).isEqualTo("date"));
        assertInvalid(() -> LunarCalendar.toLunar(LocalDate.of(2200, 1, 1)), "date");
        assertInvalid(() -> LunarCalendar.toSolar(LunarDate.of(1, 11, 1899)), "date"); // before 1900-01-01
        assertInvalid(() -> LunarCalendar.toLunar(null), "date");
    }

    static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.kind()).isEqualTo(ProblemException.Kind.INVALID);
            assertThat(e.fields()).extracting(ProblemException.FieldProblem::field).containsExactly(field);
        });
    }
}

package vn.motcua.controlplan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import vn.motcua.controlplan.Schedule;
import vn.motcua.controlplan.ScheduleKind;

/** One test per form of time frame the plans print, named after the rule that reads it. */
class TimeFramesTest {

    /** Monday to Friday, without the days off of the test (New Year 2024, National Day 2024, Tết 2024). */
    static final Set<LocalDate> DAYS_OFF = Set.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 9, 2),
            LocalDate.of(2024, 9, 3), LocalDate.of(2024, 2, 8), LocalDate.of(2024, 2, 9), LocalDate.of(2024, 2, 12),
            LocalDate.of(2024, 2, 13), LocalDate.of(2024, 2, 14));
    static final Predicate<LocalDate> WORKING = d -> d.getDayOfWeek() != DayOfWeek.SATURDAY
            && d.getDayOfWeek() != DayOfWeek.SUNDAY && !DAYS_OFF.contains(d);

    private static Schedule read(String text, int year) {
        return TimeFrames.schedule(text, year, WORKING, DayOffRule.BEFORE);
    }

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void date_trước25_3_2024_isDueThatDay() {
        Schedule s = read("Trước 25/3/2024", 2024);
        assertThat(s.kind()).isEqualTo(ScheduleKind.DATE);
        assertThat(s.dueDates()).containsExactly(d(2024, 3, 25));
        assertThat(read("Trước ngày 01/9/2023", 2023).dueDates()).containsExactly(d(2023, 9, 1));
        assertThat(read("ngày 15 tháng 3 năm 2024", 2024).dueDates()).containsExactly(d(2024, 3, 15));
    }

    @Test
    void date_onADayOff_isDueTheLastWorkingDayBefore() {
        // 02/9/2024 is National Day (Monday), 03/9 its second day off; 31/8 and 1/9 a weekend
        assertThat(read("Trước ngày 02/9/2024", 2024).dueDates()).containsExactly(d(2024, 8, 30));
    }

    @Test
    void month_tháng01_2024_isDueOnTheMonthsLastDay() {
        Schedule s = read("Tháng 01/2024", 2024);
        assertThat(s.kind()).isEqualTo(ScheduleKind.MONTH);
        assertThat(s.dueDates()).containsExactly(d(2024, 1, 31));
        // 30/6/2024 is a Sunday
        assertThat(read("trong tháng 6 năm 2024", 2024).dueDates()).containsExactly(d(2024, 6, 28));
    }

    @Test
    void quarter_quýIV_2024_isDueOnTheQuartersLastDay() {
        Schedule s = read("Quý IV/2024", 2024);
        assertThat(s.kind()).isEqualTo(ScheduleKind.QUARTER);
        assertThat(s.dueDates()).containsExactly(d(2024, 12, 31));
        assertThat(read("Kế hoạch ban hành trong quý I/2023", 2023).dueDates()).containsExactly(d(2023, 3, 31));
        assertThat(read("Theo Kế hoạch Kiểm tra Quý IV/2024.", 2024).kind()).isEqualTo(ScheduleKind.QUARTER);
    }

    @Test
    void year_năm2023_isDueOnTheLastWorkingDayOfTheYear() {
        Schedule s = read("Năm 2023", 2023);
        assertThat(s.kind()).isEqualTo(ScheduleKind.YEAR);
        // 31/12/2023 is a Sunday
        assertThat(s.dueDates()).containsExactly(d(2023, 12, 29));
    }

    @Test
    void monthly_ngày15HàngTháng_isDueTwelveTimesOnWorkingDays() {
        Schedule s = read("Ngày 15 hàng tháng", 2024);
        assertThat(s.kind()).isEqualTo(ScheduleKind.MONTHLY);
        assertThat(s.dueDates()).containsExactly(d(2024, 1, 15), d(2024, 2, 15), d(2024, 3, 15), d(2024, 4, 15),
                d(2024, 5, 15), d(2024, 6, 14), d(2024, 7, 15), d(2024, 8, 15), d(2024, 9, 13), d(2024, 10, 15),
                d(2024, 11, 15), d(2024, 12, 13));
        assertThat(read("trước ngày 15 hằng tháng", 2024).dueDates()).hasSize(12);
    }

    @Test
    void monthly_withQuarterlyAndYearlyReports_keepsTheMonthlyDaysOnly() {
        // the Quảng Trị plan's report task: quarters and the year name the periods reported on
        Schedule s = read("Ngày 15 hàng tháng và ngày 15 tháng cuối quý, Quý I, II, III và cả năm 2024", 2024);
        assertThat(s.kind()).isEqualTo(ScheduleKind.MONTHLY);
        assertThat(s.dueDates()).hasSize(12).contains(d(2024, 12, 13)).doesNotContain(d(2024, 12, 31));
    }

    @Test
    void quarterly_trướcNgày15ThángCuốiQuý_isDueInTheLastMonthOfEachQuarter() {
        Schedule s = read("trước ngày 15 tháng cuối quý", 2024);
        assertThat(s.kind()).isEqualTo(ScheduleKind.QUARTERLY);
        assertThat(s.dueDates()).containsExactly(d(2024, 3, 15), d(2024, 6, 14), d(2024, 9, 13), d(2024, 12, 13));
    }

    @Test
    void quarterly_withTheYearsReport_addsTheYearsDate() {
        // the Cao Bằng plan's report task
        Schedule s = read("Báo cáo hàng quý trước ngày 20 của tháng cuối quý; Báo cáo năm trước ngày 20/12/2023", 2023);
        assertThat(s.kind()).isEqualTo(ScheduleKind.QUARTERLY);
        // 20/3/2023 Monday, 20/6 Tuesday, 20/9 Wednesday, 20/12 Wednesday
        assertThat(s.dueDates()).containsExactly(d(2023, 3, 20), d(2023, 6, 20), d(2023, 9, 20), d(2023, 12, 20));
    }

    @Test
    void annual_trướcNgày20_12_isDueThatDayOfThePlansYear() {
        Schedule s = read("trước ngày 20/12", 2025);
        assertThat(s.kind()).isEqualTo(ScheduleKind.ANNUAL);
        // 20/12/2025 is a Saturday
        assertThat(s.dueDates()).containsExactly(d(2025, 12, 19));
    }

    @Test
    void regular_thườngXuyên_hasNoDueDate() {
        Schedule s = read("Thường xuyên", 2024);
        assertThat(s.kind()).isEqualTo(ScheduleKind.REGULAR);
        assertThat(s.dueDates()).isEmpty();
    }

    @Test
    void monthAndRegular_theMonthIsDueAndTheRestIsRegular() {
        Schedule s = read("- Ban hành và triển khai Kế hoạch này đến các phòng, đơn vị trong tháng 01 năm 2023;\n"
                + "- Thực hiện các nhiệm vụ trong kế hoạch thường xuyên trong năm 2023.", 2023);
        assertThat(s.kind()).isEqualTo(ScheduleKind.MONTH);
        assertThat(s.dueDates()).containsExactly(d(2023, 1, 31), d(2023, 12, 29));
        assertThat(s.explanation()).contains("thường xuyên");
    }

    @Test
    void whenArising_khiCóPhátSinhOrNếuCó_hasNoDueDate() {
        for (String text : new String[] {"Khi có phát sinh", "Nếu có", "Nếu có thay đổi",
                "Nếu có phát sinh xây dựng VBQPPL", "Khi có văn bản đôn đốc của cơ quan cấp trên",
                "Nếu cơ quan có thẩm quyền tổ chức"}) {
            Schedule s = read(text, 2023);
            assertThat(s.kind()).as(text).isEqualTo(ScheduleKind.WHEN_ARISING);
            assertThat(s.dueDates()).as(text).isEmpty();
        }
    }

    @Test
    void text_notUnderstood_isKeptAndSaidSo() {
        for (String text : new String[] {"Theo KH của VP UBND tỉnh", "Định kỳ", "Sau khi có hướng dẫn"}) {
            Schedule s = read(text, 2024);
            assertThat(s.kind()).as(text).isEqualTo(ScheduleKind.TEXT);
            assertThat(s.dueDates()).isEmpty();
            assertThat(s.explanation()).contains("Chưa hiểu được").contains(text);
        }
        assertThat(read("Trước 31/02/2024", 2024).kind()).isEqualTo(ScheduleKind.TEXT);
    }

    @Test
    void dayOffRule_afterAndKeep_areConfigurable() {
        assertThat(TimeFrames.schedule("Năm 2023", 2023, WORKING, DayOffRule.AFTER).dueDates())
                .containsExactly(d(2024, 1, 2));
        assertThat(TimeFrames.schedule("Năm 2023", 2023, WORKING, DayOffRule.KEEP).dueDates())
                .containsExactly(d(2023, 12, 31));
    }

    @Test
    void shiftYears_movesTheYearOfACopiedTimeFrame() {
        assertThat(TimeFrames.shiftYears("Quý IV/2024; trước 25/3/2024", 2024, 2025))
                .isEqualTo("Quý IV/2025; trước 25/3/2025");
        assertThat(TimeFrames.shiftYears("Quyết định số 766/QĐ-TTg ngày 23/6/2022", 2024, 2025))
                .isEqualTo("Quyết định số 766/QĐ-TTg ngày 23/6/2022");
    }
}

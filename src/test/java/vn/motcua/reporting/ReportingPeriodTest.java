package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.reporting.PeriodType.CALENDAR;
import static vn.motcua.reporting.PeriodType.REPORTING;
import static vn.motcua.reporting.Problems.assertInvalid;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.motcua.shared.ProblemException;

class ReportingPeriodTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private static void assertBounds(ReportingPeriod p, String from, String to) {
        assertThat(p.from()).as(p.name() + " from").isEqualTo(LocalDate.parse(from));
        assertThat(p.to()).as(p.name() + " to").isEqualTo(LocalDate.parse(to));
    }

    @Test
    void reportingQuarterRunsFromThe15thOfTheMonthBeforeItToThe14thOfItsLastMonth() {
        ReportingPeriod q3 = ReportingPeriod.parse("2023-Q3", REPORTING);
        assertBounds(q3, "2023-06-15", "2023-09-14");
        assertThat(q3.kind()).isEqualTo(PeriodKind.QUARTER);
        assertThat(q3.type()).isEqualTo(REPORTING);
    }

    @Test
    void reportingPeriodsOf2026MatchTheWorkedExampleOfTheCutOffRule() {
        assertBounds(ReportingPeriod.parse("2026-Q1", REPORTING), "2025-12-15", "2026-03-14");
        assertBounds(ReportingPeriod.parse("2026-Q2", REPORTING), "2026-03-15", "2026-06-14");
        assertBounds(ReportingPeriod.parse("2026-Q3", REPORTING), "2026-06-15", "2026-09-14");
        assertBounds(ReportingPeriod.parse("2026-Q4", REPORTING), "2026-09-15", "2026-12-14");
        assertBounds(ReportingPeriod.parse("2026-H1", REPORTING), "2025-12-15", "2026-06-14");
        assertBounds(ReportingPeriod.parse("2026-H2", REPORTING), "2026-06-15", "2026-12-14");
        assertBounds(ReportingPeriod.parse("2026-Y", REPORTING), "2025-12-15", "2026-12-14");
    }

    @Test
    void firstReportingMonthQuarterHalfAndYearStartOn15DecemberOfThePreviousYear() {
        assertBounds(ReportingPeriod.parse("2024-M01", REPORTING), "2023-12-15", "2024-01-14");
        assertBounds(ReportingPeriod.parse("2024-Q1", REPORTING), "2023-12-15", "2024-03-14");
        assertBounds(ReportingPeriod.parse("2024-H1", REPORTING), "2023-12-15", "2024-06-14");
        assertBounds(ReportingPeriod.parse("2024-Y", REPORTING), "2023-12-15", "2024-12-14");
        assertBounds(ReportingPeriod.parse("2024-M12", REPORTING), "2024-11-15", "2024-12-14");
    }

    @Test
    void reportingMonthRunsFromThe15thOfThePreviousMonthToThe14th() {
        assertBounds(ReportingPeriod.parse("2024-M07", REPORTING), "2024-06-15", "2024-07-14");
        assertBounds(ReportingPeriod.ofMonth(2024, 7, REPORTING), "2024-06-15", "2024-07-14");
    }

    @Test
    void calendarPeriodsRunFromTheFirstToTheLastDay() {
        assertBounds(ReportingPeriod.parse("2023-Q3", CALENDAR), "2023-07-01", "2023-09-30");
        assertBounds(ReportingPeriod.parse("2024-M07", CALENDAR), "2024-07-01", "2024-07-31");
        assertBounds(ReportingPeriod.parse("2024-H1", CALENDAR), "2024-01-01", "2024-06-30");
        assertBounds(ReportingPeriod.parse("2024-H2", CALENDAR), "2024-07-01", "2024-12-31");
        assertBounds(ReportingPeriod.parse("2024-Y", CALENDAR), "2024-01-01", "2024-12-31");
        assertBounds(ReportingPeriod.parse("2024-Q1", CALENDAR), "2024-01-01", "2024-03-31");
    }

    @Test
    void februaryHas29DaysInLeapYearsOnly() {
        assertBounds(ReportingPeriod.parse("2024-M02", CALENDAR), "2024-02-01", "2024-02-29");
        assertBounds(ReportingPeriod.parse("2023-M02", CALENDAR), "2023-02-01", "2023-02-28");
        assertBounds(ReportingPeriod.parse("2000-M02", CALENDAR), "2000-02-01", "2000-02-29");
        assertBounds(ReportingPeriod.parse("2100-M02", CALENDAR), "2100-02-01", "2100-02-28");
        // The REPORTING March spans the end of February: 29 days in 2024, 28 in 2023.
        ReportingPeriod march2024 = ReportingPeriod.parse("2024-M03", REPORTING);
        assertBounds(march2024, "2024-02-15", "2024-03-14");
        assertThat(march2024.days()).isEqualTo(29);
        assertThat(march2024.contains(LocalDate.of(2024, 2, 29))).isTrue();
        assertThat(ReportingPeriod.parse("2023-M03", REPORTING).days()).isEqualTo(28);
        assertThat(ReportingPeriod.parse("2024-Y", CALENDAR).days()).isEqualTo(366);
        assertThat(ReportingPeriod.parse("2024-Y", REPORTING).days()).isEqualTo(366);
        assertThat(ReportingPeriod.parse("2023-Y", REPORTING).days()).isEqualTo(365);
    }

    @Test
    void namesRoundTripAndAreNormalisedToUpperCase() {
        for (String name : List.of("2023-Q3", "2024-M07", "2024-M12", "2024-H1", "2024-H2", "2024-Y")) {
            for (PeriodType type : PeriodType.values()) {
                ReportingPeriod p = ReportingPeriod.parse(name, type);
                assertThat(p.name()).isEqualTo(name);
                assertThat(p.toString()).isEqualTo(name);
                assertThat(ReportingPeriod.parse(p.name(), p.type())).isEqualTo(p);
            }
        }
        assertThat(ReportingPeriod.parse(" 2023-q3 ", REPORTING).name()).isEqualTo("2023-Q3");
        assertThat(ReportingPeriod.parse("2024-m07", CALENDAR)).isEqualTo(ReportingPeriod.ofMonth(2024, 7, CALENDAR));
        assertThat(ReportingPeriod.parse("2024-y", CALENDAR)).isEqualTo(ReportingPeriod.ofYear(2024, CALENDAR));
        assertThat(ReportingPeriod.parse("2024-H2", REPORTING)).isEqualTo(ReportingPeriod.ofHalf(2024, 2, REPORTING));
        assertThat(ReportingPeriod.parse("2023-Q3", REPORTING)).isEqualTo(ReportingPeriod.ofQuarter(2023, 3, REPORTING));
    }

    @Test
    void sameNameOfEachTypeIsADifferentPeriod() {
        assertThat(ReportingPeriod.parse("2023-Q3", REPORTING)).isNotEqualTo(ReportingPeriod.parse("2023-Q3", CALENDAR));
    }

    @Test
    void explicitRangeKeepsItsDatesAndRoundTripsThroughItsName() {
        ReportingPeriod range = ReportingPeriod.ofRange(LocalDate.of(2024, 1, 5), LocalDate.of(2024, 2, 10));
        assertThat(range.kind()).isEqualTo(PeriodKind.RANGE);
        assertThat(range.type()).isEqualTo(CALENDAR);
        assertThat(range.name()).isEqualTo("2024-01-05..2024-02-10");
        assertThat(ReportingPeriod.parse("2024-01-05..2024-02-10", CALENDAR)).isEqualTo(range);
        assertThat(ReportingPeriod.parse("2024-01-05..2024-02-10", REPORTING)).isEqualTo(range);
        assertThat(range.days()).isEqualTo(37);
        ReportingPeriod oneDay = ReportingPeriod.ofRange(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 29));
        assertThat(oneDay.days()).isEqualTo(1);
        assertThat(oneDay.name()).isEqualTo("2024-02-29..2024-02-29");
    }

    @Test
    void rangeEndingBeforeItStartsIsRejectedNamingTo() {
        assertInvalid(() -> ReportingPeriod.ofRange(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 31)), "to");
        assertThatThrownBy(() -> ReportingPeriod.ofRange(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 31)))
                .hasMessage("Ngày kết thúc kỳ (31/1/2024) phải từ ngày bắt đầu (1/2/2024) trở đi");
        assertInvalid(() -> ReportingPeriod.parse("2024-02-01..2024-01-31", CALENDAR), "to");
        assertInvalid(() -> ReportingPeriod.ofRange(null, LocalDate.of(2024, 1, 31)), "from");
        assertInvalid(() -> ReportingPeriod.ofRange(LocalDate.of(2024, 1, 31), null), "to");
    }

    @Test
    void malformedNamesAreRejectedNamingPeriodWithAVietnameseHint() {
        for (String bad : List.of("2024-Q5", "2024-Q0", "2024-M13", "2024-M00", "2024-M7", "2024-H3", "2024-H0", "2024",
                "24-Q1", "2024-X", "2024Q1", "2024-Q1-", "Q3-2023", "2024-01-05..", "2024-02-30..2024-03-01", "")) {
            assertInvalid(() -> ReportingPeriod.parse(bad, REPORTING), "period");
        }
        assertInvalid(() -> ReportingPeriod.parse(null, REPORTING), "period");
        assertThatThrownBy(() -> ReportingPeriod.parse("2024-Q5", REPORTING))
                .hasMessageStartingWith("Kỳ báo cáo \"2024-Q5\" không hợp lệ; dùng dạng 2024-M07 (tháng), 2023-Q3 (quý)");
    }

    @Test
    void yearsOutsideTheSupportedRangeAreRejectedNamingPeriod() {
        assertInvalid(() -> ReportingPeriod.parse("1899-Y", CALENDAR), "period");
        assertInvalid(() -> ReportingPeriod.parse("2200-Q1", REPORTING), "period");
        assertInvalid(() -> ReportingPeriod.ofQuarter(2024, 5, REPORTING), "period");
        assertInvalid(() -> ReportingPeriod.ofMonth(2024, 0, CALENDAR), "period");
        assertBounds(ReportingPeriod.parse("1900-Q1", REPORTING), "1899-12-15", "1900-03-14");
        assertBounds(ReportingPeriod.parse("2199-Y", CALENDAR), "2199-01-01", "2199-12-31");
    }

    @Test
    void namedPeriodNeedsItsType() {
        assertInvalid(() -> ReportingPeriod.parse("2023-Q3", null), "periodType");
        assertInvalid(() -> ReportingPeriod.containing(LocalDate.of(2023, 7, 1), PeriodKind.MONTH, null), "periodType");
    }

    @Test
    void canonicalConstructorAcceptsOnlyTheExactBoundsOfANamedPeriod() {
        assertThat(new ReportingPeriod(PeriodKind.QUARTER, REPORTING, LocalDate.of(2023, 6, 15), LocalDate.of(2023, 9, 14)))
                .isEqualTo(ReportingPeriod.parse("2023-Q3", REPORTING));
        assertInvalid(() -> new ReportingPeriod(PeriodKind.QUARTER, CALENDAR,
                LocalDate.of(2023, 7, 1), LocalDate.of(2023, 9, 29)), "period");
        assertInvalid(() -> new ReportingPeriod(PeriodKind.QUARTER, CALENDAR,
                LocalDate.of(2023, 6, 1), LocalDate.of(2023, 8, 31)), "period");
        assertInvalid(() -> new ReportingPeriod(PeriodKind.MONTH, REPORTING,
                LocalDate.of(2023, 7, 1), LocalDate.of(2023, 7, 31)), "period");
        assertInvalid(() -> new ReportingPeriod(PeriodKind.RANGE, REPORTING,
                LocalDate.of(2023, 7, 1), LocalDate.of(2023, 7, 31)), "periodType");
        assertInvalid(() -> new ReportingPeriod(null, REPORTING, LocalDate.of(2023, 7, 1), LocalDate.of(2023, 7, 31)), "period");
    }

    @Test
    void previousPeriodCrossesYearBoundaries() {
        assertThat(ReportingPeriod.parse("2024-Q1", REPORTING).previous()).isEqualTo(ReportingPeriod.parse("2023-Q4", REPORTING));
        assertThat(ReportingPeriod.parse("2024-Q3", CALENDAR).previous()).isEqualTo(ReportingPeriod.parse("2024-Q2", CALENDAR));
        assertThat(ReportingPeriod.parse("2024-M01", REPORTING).previous()).isEqualTo(ReportingPeriod.parse("2023-M12", REPORTING));
        assertThat(ReportingPeriod.parse("2024-M03", CALENDAR).previous().days()).isEqualTo(29);
        assertThat(ReportingPeriod.parse("2024-H1", REPORTING).previous()).isEqualTo(ReportingPeriod.parse("2023-H2", REPORTING));
        assertThat(ReportingPeriod.parse("2024-H2", CALENDAR).previous()).isEqualTo(ReportingPeriod.parse("2024-H1", CALENDAR));
        assertThat(ReportingPeriod.parse("2024-Y", REPORTING).previous()).isEqualTo(ReportingPeriod.parse("2023-Y", REPORTING));
        assertInvalid(() -> ReportingPeriod.parse("1900-Y", CALENDAR).previous(), "period");
    }

    @Test
    void previousOfARangeIsTheRangeOfTheSameLengthEndingTheDayBefore() {
        ReportingPeriod march = ReportingPeriod.ofRange(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 10));
        assertThat(march.previous()).isEqualTo(ReportingPeriod.ofRange(LocalDate.of(2024, 2, 20), LocalDate.of(2024, 2, 29)));
    }

    @Test
    void consecutivePeriodsOfEachKindAndTypeLeaveNoGapAndNoOverlap() {
        for (PeriodType type : PeriodType.values()) {
            for (String name : List.of("2026-M01", "2026-Q1", "2026-H1", "2026-Y")) {
                ReportingPeriod p = ReportingPeriod.parse(name, type);
                for (int i = 0; i < 30; i++) {
                    ReportingPeriod before = p.previous();
                    assertThat(before.to().plusDays(1)).as(before + " → " + p + " " + type).isEqualTo(p.from());
                    p = before;
                }
            }
        }
    }

    @Test
    void monthsOfAPeriodAreItsMonthsOfTheSameTypeAndCoverItExactly() {
        ReportingPeriod q3 = ReportingPeriod.parse("2023-Q3", REPORTING);
        assertThat(q3.months()).extracting(ReportingPeriod::name).containsExactly("2023-M07", "2023-M08", "2023-M09");
        assertThat(q3.months()).allSatisfy(m -> assertThat(m.type()).isEqualTo(REPORTING));
        assertThat(q3.months().get(0).from()).isEqualTo(q3.from());
        assertThat(q3.months().get(2).to()).isEqualTo(q3.to());

        for (PeriodType type : PeriodType.values()) {
            ReportingPeriod year = ReportingPeriod.parse("2024-Y", type);
            List<ReportingPeriod> months = year.months();
            assertThat(months).hasSize(12);
            assertThat(months.get(0).from()).isEqualTo(year.from());
            assertThat(months.get(11).to()).isEqualTo(year.to());
            assertThat(months.stream().mapToLong(ReportingPeriod::days).sum()).isEqualTo(year.days());
        }
        assertThat(ReportingPeriod.parse("2024-H2", CALENDAR).months()).extracting(ReportingPeriod::name)
                .containsExactly("2024-M07", "2024-M08", "2024-M09", "2024-M10", "2024-M11", "2024-M12");
        ReportingPeriod july = ReportingPeriod.parse("2024-M07", REPORTING);
        assertThat(july.months()).containsExactly(july);
    }

    @Test
    void monthsOfARangeAreTheCalendarMonthsItTouchesCutToTheRange() {
        ReportingPeriod range = ReportingPeriod.ofRange(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 3, 10));
        assertThat(range.months()).containsExactly(
                ReportingPeriod.ofRange(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 1, 31)),
                ReportingPeriod.ofMonth(2024, 2, CALENDAR),
                ReportingPeriod.ofRange(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 10)));
        ReportingPeriod crossYear = ReportingPeriod.ofRange(LocalDate.of(2023, 12, 1), LocalDate.of(2024, 1, 31));
        assertThat(crossYear.months()).extracting(ReportingPeriod::name).containsExactly("2023-M12", "2024-M01");
    }

    @Test
    void containsCountsBothEnds() {
        ReportingPeriod q3 = ReportingPeriod.parse("2023-Q3", REPORTING);
        assertThat(q3.contains(LocalDate.of(2023, 6, 15))).isTrue();
        assertThat(q3.contains(LocalDate.of(2023, 9, 14))).isTrue();
        assertThat(q3.contains(LocalDate.of(2023, 6, 14))).isFalse();
        assertThat(q3.contains(LocalDate.of(2023, 9, 15))).isFalse();
        assertThat(q3.contains((LocalDate) null)).isFalse();
    }

    @Test
    void instantsOfAPeriodAreMidnightsInTheGivenZone() {
        ReportingPeriod q3 = ReportingPeriod.parse("2023-Q3", REPORTING);
        assertThat(q3.startInstant(VN)).isEqualTo(Instant.parse("2023-06-14T17:00:00Z"));
        assertThat(q3.endExclusiveInstant(VN)).isEqualTo(Instant.parse("2023-09-14T17:00:00Z"));
        assertThat(q3.startInstant(ZoneOffset.UTC)).isEqualTo(Instant.parse("2023-06-15T00:00:00Z"));
        assertThat(q3.endExclusiveInstant(ZoneOffset.UTC)).isEqualTo(Instant.parse("2023-09-15T00:00:00Z"));
        // 2023-09-15 00:00 in Hà Nội is still 2023-09-14 in UTC.
        Instant midnightInVietnam = Instant.parse("2023-09-14T17:00:00Z");
        assertThat(q3.contains(midnightInVietnam, VN)).isFalse();
        assertThat(q3.contains(midnightInVietnam, ZoneOffset.UTC)).isTrue();
        assertThat(q3.contains(midnightInVietnam.minusSeconds(1), VN)).isTrue();
        assertThat(q3.contains(q3.startInstant(VN), VN)).isTrue();
        assertThat(q3.contains(q3.startInstant(VN).minusSeconds(1), VN)).isFalse();
        assertInvalid(() -> q3.startInstant(null), "zone");
    }

    @Test
    void periodContainingADateFollowsTheCutOffForReportingPeriods() {
        LocalDate dec20 = LocalDate.of(2023, 12, 20);
        assertThat(ReportingPeriod.containing(dec20, PeriodKind.MONTH, REPORTING).name()).isEqualTo("2024-M01");
        assertThat(ReportingPeriod.containing(dec20, PeriodKind.QUARTER, REPORTING).name()).isEqualTo("2024-Q1");
        assertThat(ReportingPeriod.containing(dec20, PeriodKind.HALF_YEAR, REPORTING).name()).isEqualTo("2024-H1");
        assertThat(ReportingPeriod.containing(dec20, PeriodKind.YEAR, REPORTING).name()).isEqualTo("2024-Y");
        assertThat(ReportingPeriod.containing(dec20, PeriodKind.MONTH, CALENDAR).name()).isEqualTo("2023-M12");
        assertThat(ReportingPeriod.containing(dec20, PeriodKind.QUARTER, CALENDAR).name()).isEqualTo("2023-Q4");
        assertThat(ReportingPeriod.containing(LocalDate.of(2023, 12, 14), PeriodKind.MONTH, REPORTING).name()).isEqualTo("2023-M12");
        assertThat(ReportingPeriod.containing(LocalDate.of(2023, 12, 15), PeriodKind.MONTH, REPORTING).name()).isEqualTo("2024-M01");
        assertThat(ReportingPeriod.containing(LocalDate.of(2023, 6, 15), PeriodKind.QUARTER, REPORTING).name()).isEqualTo("2023-Q3");
        assertThat(ReportingPeriod.containing(LocalDate.of(2023, 6, 14), PeriodKind.QUARTER, REPORTING).name()).isEqualTo("2023-Q2");
        for (LocalDate d = LocalDate.of(2023, 11, 1); d.isBefore(LocalDate.of(2024, 4, 1)); d = d.plusDays(1)) {
            for (PeriodType type : PeriodType.values()) {
                for (PeriodKind kind : List.of(PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.HALF_YEAR, PeriodKind.YEAR)) {
                    assertThat(ReportingPeriod.containing(d, kind, type).contains(d)).isTrue();
                }
            }
        }
        assertInvalid(() -> ReportingPeriod.containing(dec20, PeriodKind.RANGE, CALENDAR), "period");
        assertInvalid(() -> ReportingPeriod.containing(null, PeriodKind.MONTH, CALENDAR), "date");
    }

    @Test
    void labelsAreWrittenAsInVietnameseReportTitles() {
        assertThat(ReportingPeriod.parse("2023-Q3", REPORTING).label()).isEqualTo("Quý III năm 2023");
        assertThat(ReportingPeriod.parse("2023-Q4", CALENDAR).label()).isEqualTo("Quý IV năm 2023");
        assertThat(ReportingPeriod.parse("2024-M07", REPORTING).label()).isEqualTo("Tháng 7 năm 2024");
        assertThat(ReportingPeriod.parse("2024-H1", REPORTING).label()).isEqualTo("6 tháng đầu năm 2024");
        assertThat(ReportingPeriod.parse("2024-H2", CALENDAR).label()).isEqualTo("6 tháng cuối năm 2024");
        assertThat(ReportingPeriod.parse("2024-Y", CALENDAR).label()).isEqualTo("Năm 2024");
        assertThat(ReportingPeriod.parse("2024-01-05..2024-02-10", CALENDAR).label())
                .isEqualTo("Từ ngày 5/1/2024 đến ngày 10/2/2024");
        assertThat(ReportingPeriod.parse("2026-Q3", REPORTING).dateRangeLabel())
                .isEqualTo("từ ngày 15/6/2026 đến ngày 14/9/2026");
        assertThat(PeriodType.REPORTING.label()).contains("15").contains("14");
        assertThat(PeriodKind.QUARTER.label()).isEqualTo("Quý");
    }

    @Test
    void badInputIsAProblemNotAnUncheckedJavaError() {
        assertThatThrownBy(() -> ReportingPeriod.parse("2024-02-31..2024-03-01", CALENDAR))
                .isInstanceOf(ProblemException.class).hasMessageContaining("ngày không tồn tại");
    }
}

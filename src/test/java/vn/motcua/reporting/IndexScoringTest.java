package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.reporting.IndexCatalogueTest.points;
import static vn.motcua.reporting.IndexMetric.*;
import static vn.motcua.reporting.Problems.assertInvalid;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class IndexScoringTest {

    private final IndexScoring scoring = IndexScoring.standard();

    @Test
    void linearMetricScoresItsPointsTimesTheRate() {
        MetricScore s = scoring.score(ON_TIME_PROCESSING, 45, 60);
        assertThat(s.metric()).isEqualTo(ON_TIME_PROCESSING);
        assertThat(s.numerator()).isEqualTo(45);
        assertThat(s.denominator()).isEqualTo(60);
        assertThat(s.ratio()).isEqualTo(new BigDecimal("0.7500"));
        assertThat(s.score()).isEqualTo(points("15"));
        assertThat(s.maxScore()).isEqualTo(points("20"));
        assertThat(s.available()).isTrue();
        assertThat(s.reason()).isNull();
    }

    @Test
    void pointsAreRoundedHalfUpTo2DecimalsFromTheExactRateAndRatiosTo4() {
        MetricScore third = scoring.score(PUBLISH_ON_TIME, 1, 3);
        assertThat(third.ratio()).isEqualTo(new BigDecimal("0.3333"));
        assertThat(third.score()).isEqualTo(points("2")); // 6 × 1/3 exactly, not 6 × 0.3333
        MetricScore twoThirds = scoring.score(PUBLIC_UPDATE_ON_TIME, 2, 3);
        assertThat(twoThirds.ratio()).isEqualTo(new BigDecimal("0.6667"));
        assertThat(twoThirds.score()).isEqualTo(points("2.67"));
        assertThat(scoring.score(PUBLIC_CONTENT_FULL, 1, 8).score()).isEqualTo(points("0.25"));
        assertThat(scoring.score(PUBLIC_CONTENT_FULL, 1, 800).score()).isEqualTo(points("0.00")); // 0.0025
        assertThat(scoring.score(ON_TIME_PROCESSING, 1, 8000).score()).isEqualTo(points("0.00")); // 0.0025
        assertThat(scoring.score(ON_TIME_PROCESSING, 1, 4000).score()).isEqualTo(points("0.01")); // 0.005 → up
        assertThat(scoring.score(ON_TIME_PROCESSING, 1, 4000).ratio()).isEqualTo(new BigDecimal("0.0003"));
    }

    @Test
    void everyScoreHasTwoDecimalsAndEveryRatioFour() {
        for (IndexMetric m : IndexMetric.values()) {
            for (long[] c : new long[][] {{0, 7}, {3, 7}, {7, 7}, {9, 7}, {0, 0}}) {
                MetricScore s = scoring.score(m, c[0], c[1]);
                assertThat(s.score().scale()).as(m + " " + Arrays.toString(c)).isEqualTo(2);
                assertThat(s.maxScore().scale()).isEqualTo(2);
                if (s.ratio() != null) {
                    assertThat(s.ratio().scale()).isEqualTo(4);
                }
            }
        }
    }

    @Test
    void numeratorAboveTheDenominatorIsCappedAtTheMetricsPoints() {
        MetricScore s = scoring.score(DOSSIER_SYNC, 120, 100);
        assertThat(s.ratio()).isEqualTo(new BigDecimal("1.2000"));
        assertThat(s.score()).isEqualTo(points("6"));
        assertThat(scoring.score(REUSED_DIGITIZED_DATA, 5, 4).score()).isEqualTo(points("2"));
    }

    @Test
    void zeroNumeratorScoresZeroButIsAvailable() {
        MetricScore s = scoring.score(ORIGINAL_RESULT_AVAILABLE, 0, 50);
        assertThat(s.score()).isEqualTo(points("0"));
        assertThat(s.ratio()).isEqualTo(new BigDecimal("0.0000"));
        assertThat(s.available()).isTrue();
    }

    @Test
    void thresholdMetricGetsFullPointsFromTheThresholdOn() {
        assertThat(scoring.score(REUSED_DIGITIZED_DATA, 80, 100).score()).isEqualTo(points("2"));
        assertThat(scoring.score(REUSED_DIGITIZED_DATA, 4, 5).score()).isEqualTo(points("2"));
        assertThat(scoring.score(REUSED_DIGITIZED_DATA, 100, 100).score()).isEqualTo(points("2"));
        assertThat(scoring.score(ONLINE_SERVICE_PROVISION, 80, 100).score()).isEqualTo(points("6"));
        assertThat(scoring.score(ONLINE_DOSSIER_RATE, 50, 100).score()).isEqualTo(points("6"));
        assertThat(scoring.score(DOSSIER_RECEIVING_SATISFACTION, 9, 10).score()).isEqualTo(points("6"));
    }

    @Test
    void thresholdMetricJustBelowItsThresholdScoresInProportionToTheThreshold() {
        // 2 × 0.79 / 0.80 = 1.975 → 1.98
        assertThat(scoring.score(REUSED_DIGITIZED_DATA, 79, 100).score()).isEqualTo(points("1.98"));
        // 2 × 0.7999 / 0.80 = 1.99975 → 2.00 after rounding, but still below the threshold
        assertThat(scoring.score(REUSED_DIGITIZED_DATA, 7999, 10000).score()).isEqualTo(points("2.00"));
        // 6 × 0.40 / 0.80 = 3
        assertThat(scoring.score(ONLINE_SERVICE_PROVISION, 40, 100).score()).isEqualTo(points("3"));
        // 6 × 0.89 / 0.90 = 5.9333…
        assertThat(scoring.score(DOSSIER_RECEIVING_SATISFACTION, 89, 100).score()).isEqualTo(points("5.93"));
        // 6 × 0.25 / 0.50 = 3
        assertThat(scoring.score(ONLINE_DOSSIER_RATE, 1, 4).score()).isEqualTo(points("3"));
    }

    @Test
    void feedbackMetricsScoreFullPointsWhenThereWasNoFeedbackButShowNotAvailable() {
        for (IndexMetric m : List.of(PETITION_PROCESSING_ON_TIME, PETITION_HANDLING_SATISFACTION)) {
            MetricScore s = scoring.score(m, 0, 0);
            assertThat(s.score()).as(m.code()).isEqualTo(points("6"));
            assertThat(s.available()).isFalse();
            assertThat(s.ratio()).isNull();
            assertThat(s.reason()).isEqualTo("Không có dữ liệu trong kỳ (mẫu số bằng 0): tính đủ điểm");
        }
    }

    @Test
    void otherMetricsScoreZeroWhenTheirDenominatorIsZero() {
        for (IndexMetric m : IndexMetric.values()) {
            if (m == PETITION_PROCESSING_ON_TIME || m == PETITION_HANDLING_SATISFACTION) {
                continue;
            }
            MetricScore s = scoring.score(m, 0, 0);
            assertThat(s.score()).as(m.code()).isEqualTo(points("0"));
            assertThat(s.available()).isFalse();
            assertThat(s.ratio()).isNull();
            assertThat(s.reason()).isEqualTo("Không có dữ liệu trong kỳ (mẫu số bằng 0): tính 0 điểm");
        }
    }

    @Test
    void onlineDossierRateIsMultipliedByTheSynchronisationRate() {
        MetricScore fullSync = scoring.onlineDossierRate(50, 100, BigDecimal.ONE);
        assertThat(fullSync.score()).isEqualTo(points("6"));
        assertThat(fullSync.ratio()).isEqualTo(new BigDecimal("0.5000"));
        MetricScore halfSync = scoring.onlineDossierRate(50, 100, new BigDecimal("0.5"));
        assertThat(halfSync.ratio()).isEqualTo(new BigDecimal("0.2500"));
        assertThat(halfSync.score()).isEqualTo(points("3"));
        assertThat(halfSync.numerator()).isEqualTo(50);
        assertThat(halfSync.denominator()).isEqualTo(100);
        assertThat(scoring.onlineDossierRate(50, 100, BigDecimal.ZERO).score()).isEqualTo(points("0"));
        assertThat(scoring.onlineDossierRate(50, 100, BigDecimal.ZERO).available()).isTrue();
    }

    @Test
    void synchronisationRateAboveOneDoesNotRaiseTheOnlineRate() {
        MetricScore s = scoring.onlineDossierRate(20, 100, new BigDecimal("1.2"));
        assertThat(s.ratio()).isEqualTo(new BigDecimal("0.2000"));
        assertThat(s.score()).isEqualTo(points("2.4"));
    }

    @Test
    void onlineDossierRateWithoutReceivedDossiersIsNotAvailable() {
        MetricScore s = scoring.onlineDossierRate(0, 0, BigDecimal.ONE);
        assertThat(s.available()).isFalse();
        assertThat(s.score()).isEqualTo(points("0"));
        assertInvalid(() -> scoring.onlineDossierRate(1, 2, null), "syncRatio");
        assertInvalid(() -> scoring.onlineDossierRate(1, 2, new BigDecimal("-0.1")), "syncRatio");
    }

    @Test
    void dossierSatisfactionSubtractsTheOverdueAndTheComplainedAboutRates() {
        // 100 % − (5 % + 10 %) = 85 % → 6 × 0.85 / 0.90 = 5.666… → 5.67
        MetricScore s = scoring.dossierReceivingSatisfaction(100, 5, 10);
        assertThat(s.numerator()).isEqualTo(85);
        assertThat(s.ratio()).isEqualTo(new BigDecimal("0.8500"));
        assertThat(s.score()).isEqualTo(points("5.67"));
        assertThat(scoring.dossierReceivingSatisfaction(100, 4, 6).score()).isEqualTo(points("6"));
    }

    @Test
    void dossierSatisfactionNeverGoesBelowZero() {
        MetricScore s = scoring.dossierReceivingSatisfaction(10, 6, 6);
        assertThat(s.numerator()).isZero();
        assertThat(s.score()).isEqualTo(points("0"));
    }

    @Test
    void dossierSatisfactionWithoutDossiersScoresZero() {
        MetricScore s = scoring.dossierReceivingSatisfaction(0, 0, 0);
        assertThat(s.available()).isFalse();
        assertThat(s.score()).isEqualTo(points("0"));
    }

    @Test
    void negativeCountsAreRejectedNamingTheCount() {
        assertInvalid(() -> scoring.score(DOSSIER_SYNC, -1, 10), "numerator");
        assertInvalid(() -> scoring.score(DOSSIER_SYNC, 1, -10), "denominator");
        assertInvalid(() -> scoring.dossierReceivingSatisfaction(10, -1, 0), "overdueDossiers");
        assertInvalid(() -> scoring.dossierReceivingSatisfaction(10, 0, -1), "dossiersWithFeedbackOrDislike");
        assertInvalid(() -> scoring.score(null, 1, 10), "metric");
    }

    @Test
    void metricWithoutADataSourceIsNotMeasuredAndScoresZero() {
        MetricScore s = scoring.notMeasured(PUBLISH_ON_TIME, " Chưa kết nối CSDL quốc gia về TTHC ");
        assertThat(s.available()).isFalse();
        assertThat(s.score()).isEqualTo(points("0"));
        assertThat(s.ratio()).isNull();
        assertThat(s.reason()).isEqualTo("Chưa kết nối CSDL quốc gia về TTHC");
        assertThat(s.maxScore()).isEqualTo(points("6"));
        assertInvalid(() -> scoring.notMeasured(PUBLISH_ON_TIME, " "), "reason");
    }

    @Test
    void aRuleCanBeReplacedWithoutChangingTheStandardScoring() {
        IndexScoring threshold42 = scoring.withRule(SO_HOA_GIAY_TO_GIAI_QUYET,
                ScoringRule.threshold(new BigDecimal("4"), new BigDecimal("0.80"), WhenNoData.ZERO));
        assertThat(scoring.score(SO_HOA_GIAY_TO_GIAI_QUYET, 70, 100).score()).isEqualTo(points("2.8"));
        assertThat(threshold42.score(SO_HOA_GIAY_TO_GIAI_QUYET, 70, 100).score()).isEqualTo(points("3.5"));
        assertThat(threshold42.rule(SO_HOA_GIAY_TO_GIAI_QUYET).isLinear()).isFalse();
        assertThat(scoring.rule(SO_HOA_GIAY_TO_GIAI_QUYET).isLinear()).isTrue();
        IndexScoring fourPoints = scoring.withRule(ONLINE_SERVICE_PROVISION,
                ScoringRule.threshold(new BigDecimal("4"), new BigDecimal("0.80"), WhenNoData.ZERO));
        assertThat(fourPoints.score(ONLINE_SERVICE_PROVISION, 1, 1).maxScore()).isEqualTo(points("4"));
    }

    @Test
    void groupScoreIsTheSumOfItsMetricsCappedAtTheGroupsPoints() {
        IndexScoring generous = scoring.withRule(PUBLISH_ON_TIME, ScoringRule.linear(new BigDecimal("10"), WhenNoData.ZERO));
        List<MetricScore> full = IndexGroup.CKMB.metrics().stream().map(m -> generous.score(m, 1, 1)).toList();
        assertThat(full.stream().map(MetricScore::score).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualTo(points("22"));
        GroupScore g = generous.group(IndexGroup.CKMB, full);
        assertThat(g.score()).isEqualTo(points("18"));
        assertThat(g.maxScore()).isEqualTo(points("18"));
        assertThat(g.metrics()).hasSize(4);

        GroupScore partial = scoring.group(IndexGroup.CKMB, List.of(scoring.score(DOSSIER_SYNC, 1, 2),
                scoring.score(PUBLISH_ON_TIME, 1, 3)));
        assertThat(partial.score()).isEqualTo(points("5"));
        assertThat(partial.metrics()).extracting(MetricScore::metric).containsExactly(PUBLISH_ON_TIME, DOSSIER_SYNC);
    }

    @Test
    void groupRejectsMetricsOfAnotherGroupAndRepeatedMetrics() {
        assertInvalid(() -> scoring.group(IndexGroup.CKMB, List.of(scoring.score(ON_TIME_PROCESSING, 1, 1))), "metrics");
        assertInvalid(() -> scoring.total(List.of(scoring.score(DOSSIER_SYNC, 1, 1), scoring.score(DOSSIER_SYNC, 1, 2))),
                "metrics");
        assertThatThrownBy(() -> scoring.group(IndexGroup.CKMB, List.of(scoring.score(ON_TIME_PROCESSING, 1, 1))))
                .hasMessage("Chỉ tiêu ON_TIME_PROCESSING thuộc nhóm TDGQ, không thuộc nhóm CKMB");
    }

    @Test
    void perfectScoresOnEveryContractMetricReach88PointsBecauseSomeIndicatorsAreMissing() {
        List<MetricScore> all = new ArrayList<>();
        for (IndexMetric m : IndexMetric.values()) {
            all.add(scoring.score(m, 1, 1));
        }
        IndexResult r = scoring.total(all);
        assertThat(r.groups()).extracting(GroupScore::group).containsExactly(IndexGroup.values());
        assertThat(r.group(IndexGroup.CKMB).score()).isEqualTo(points("18"));
        assertThat(r.group(IndexGroup.TDGQ).score()).isEqualTo(points("20"));
        assertThat(r.group(IndexGroup.CLGQ).score()).isEqualTo(points("12"));
        assertThat(r.group(IndexGroup.TTTT).score()).isEqualTo(points("6"));
        assertThat(r.group(IndexGroup.MDSH).score()).isEqualTo(points("14"));
        assertThat(r.group(IndexGroup.MDHL).score()).isEqualTo(points("18"));
        assertThat(r.total()).isEqualTo(points("88"));
        assertThat(r.maxTotal()).isEqualTo(points("100"));
        assertThat(r.band()).isEqualTo(RatingBand.GOOD);
    }

    @Test
    void emptyIndexScoresZeroInEveryGroupAndIsWeak() {
        IndexResult r = scoring.total(List.of());
        assertThat(r.groups()).hasSize(6).allSatisfy(g -> assertThat(g.score()).isEqualTo(points("0")));
        assertThat(r.total()).isEqualTo(points("0"));
        assertThat(r.band()).isEqualTo(RatingBand.WEAK);
    }

    @Test
    void totalAddsTheRoundedGroupScores() {
        IndexResult r = scoring.total(List.of(scoring.score(PUBLIC_UPDATE_ON_TIME, 2, 3), scoring.score(ON_TIME_PROCESSING, 2, 3),
                scoring.score(PETITION_PROCESSING_ON_TIME, 0, 0)));
        // 2.67 + 13.33 + 6.00
        assertThat(r.total()).isEqualTo(points("22"));
    }

    @Test
    void defaultBandsPutGoodAt80AndTheEdgesInTheHigherBand() {
        assertThat(scoring.band(new BigDecimal("100"))).isEqualTo(RatingBand.EXCELLENT);
        assertThat(scoring.band(new BigDecimal("90.00"))).isEqualTo(RatingBand.EXCELLENT);
        assertThat(scoring.band(new BigDecimal("89.99"))).isEqualTo(RatingBand.GOOD);
        assertThat(scoring.band(new BigDecimal("83.80"))).isEqualTo(RatingBand.GOOD);
        assertThat(scoring.band(new BigDecimal("80.00"))).isEqualTo(RatingBand.GOOD);
        assertThat(scoring.band(new BigDecimal("79.99"))).isEqualTo(RatingBand.FAIR);
        assertThat(scoring.band(new BigDecimal("70"))).isEqualTo(RatingBand.FAIR);
        assertThat(scoring.band(new BigDecimal("69.99"))).isEqualTo(RatingBand.AVERAGE);
        assertThat(scoring.band(new BigDecimal("50"))).isEqualTo(RatingBand.AVERAGE);
        assertThat(scoring.band(new BigDecimal("49.99"))).isEqualTo(RatingBand.WEAK);
        assertThat(scoring.band(BigDecimal.ZERO)).isEqualTo(RatingBand.WEAK);
    }

    @Test
    void bandsHaveVietnameseLabels() {
        assertThat(RatingBand.values()).extracting(RatingBand::label)
                .containsExactly("Xuất sắc", "Tốt", "Khá", "Trung bình", "Yếu");
    }

    @Test
    void bandsAreConfigurableAndMustDescend() {
        IndexScoring strict = scoring.withBands(new RatingBands(new BigDecimal("95"), new BigDecimal("85"),
                new BigDecimal("70"), new BigDecimal("50")));
        assertThat(strict.band(new BigDecimal("86"))).isEqualTo(RatingBand.GOOD);
        assertThat(strict.band(new BigDecimal("84.99"))).isEqualTo(RatingBand.FAIR);
        assertThat(strict.total(List.of()).band()).isEqualTo(RatingBand.WEAK);
        assertInvalid(() -> new RatingBands(new BigDecimal("80"), new BigDecimal("90"), new BigDecimal("70"),
                new BigDecimal("50")), "bands");
        assertInvalid(() -> new RatingBands(new BigDecimal("101"), new BigDecimal("90"), new BigDecimal("70"),
                new BigDecimal("50")), "bands");
        assertInvalid(() -> new RatingBands(new BigDecimal("90"), new BigDecimal("80"), new BigDecimal("70"),
                new BigDecimal("-1")), "bands");
        assertInvalid(() -> scoring.withBands(null), "bands");
    }

    @Test
    void metricScoreRecordRejectsInconsistentValues() {
        assertInvalid(() -> new MetricScore(DOSSIER_SYNC, 1, 1, BigDecimal.ONE, points("7"), points("6"), true, null), "score");
        assertInvalid(() -> new MetricScore(DOSSIER_SYNC, 1, 1, BigDecimal.ONE, points("6"), points("6"), false, null), "reason");
        assertInvalid(() -> new MetricScore(DOSSIER_SYNC, 1, 1, null, points("6"), points("6"), true, null), "ratio");
    }
}

package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.reporting.IndexMetric.*;
import static vn.motcua.reporting.Problems.assertInvalid;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;

class IndexCatalogueTest {

    @Test
    void sixGroupsWithThePortalCodesAddUpTo100Points() {
        assertThat(IndexGroup.values()).extracting(IndexGroup::code)
                .containsExactly("CKMB", "TDGQ", "CLGQ", "TTTT", "MDSH", "MDHL");
        assertThat(Arrays.stream(IndexGroup.values()).map(IndexGroup::maxScore))
                .containsExactly(points("18"), points("20"), points("12"), points("10"), points("22"), points("18"));
        BigDecimal sum = Arrays.stream(IndexGroup.values()).map(IndexGroup::maxScore).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualTo(IndexGroup.MAX_TOTAL).isEqualTo(points("100"));
    }

    @Test
    void groupsHaveTheirVietnameseNames() {
        assertThat(IndexGroup.CKMB.label()).isEqualTo("Công khai, minh bạch");
        assertThat(IndexGroup.TDGQ.label()).isEqualTo("Tiến độ giải quyết");
        assertThat(IndexGroup.CLGQ.label()).isEqualTo("Dịch vụ công trực tuyến");
        assertThat(IndexGroup.TTTT.label()).isEqualTo("Thanh toán trực tuyến");
        assertThat(IndexGroup.MDSH.label()).isEqualTo("Số hóa hồ sơ");
        assertThat(IndexGroup.MDHL.label()).isEqualTo("Mức độ hài lòng");
    }

    @Test
    void eachMetricBelongsToTheGroupOfItsIndicatorNumber() {
        Map<IndexGroup, String> firstDigit = Map.of(IndexGroup.CKMB, "1", IndexGroup.TDGQ, "2", IndexGroup.CLGQ, "3",
                IndexGroup.TTTT, "3", IndexGroup.MDSH, "4", IndexGroup.MDHL, "5");
        for (IndexMetric m : IndexMetric.values()) {
            assertThat(m.indicator()).as(m.code()).startsWith(firstDigit.get(m.group()) + ".");
        }
        assertThat(IndexGroup.CKMB.metrics()).containsExactly(PUBLISH_ON_TIME, PUBLIC_UPDATE_ON_TIME, PUBLIC_CONTENT_FULL, DOSSIER_SYNC);
        assertThat(IndexGroup.TDGQ.metrics()).containsExactly(ON_TIME_PROCESSING);
        assertThat(IndexGroup.CLGQ.metrics()).containsExactly(ONLINE_SERVICE_PROVISION, ONLINE_DOSSIER_RATE);
        assertThat(IndexGroup.TTTT.metrics()).containsExactly(ONLINE_PAYMENT_DOSSIER);
        assertThat(IndexGroup.MDSH.metrics()).containsExactly(ORIGINAL_RESULT_AVAILABLE, SO_HOA_GIAY_TO_GIAI_QUYET, REUSED_DIGITIZED_DATA,
                CITIZEN_DATA_CONNECTED_DOSSIER);
        assertThat(IndexGroup.MDHL.metrics()).containsExactly(PETITION_PROCESSING_ON_TIME, PETITION_HANDLING_SATISFACTION,
                DOSSIER_RECEIVING_SATISFACTION);
    }

    @Test
    void contractCodesAreTheConstantNames() {
        assertThat(IndexMetric.values()).extracting(IndexMetric::code).containsExactly(
                "PUBLISH_ON_TIME", "PUBLIC_UPDATE_ON_TIME", "PUBLIC_CONTENT_FULL", "DOSSIER_SYNC", "ON_TIME_PROCESSING",
                "ONLINE_SERVICE_PROVISION", "ONLINE_DOSSIER_RATE", "ONLINE_PAYMENT_DOSSIER", "ORIGINAL_RESULT_AVAILABLE",
                "SO_HOA_GIAY_TO_GIAI_QUYET", "REUSED_DIGITIZED_DATA", "CITIZEN_DATA_CONNECTED_DOSSIER",
                "PETITION_PROCESSING_ON_TIME",
                "PETITION_HANDLING_SATISFACTION", "DOSSIER_RECEIVING_SATISFACTION");
        assertThat(IndexMetric.valueOf("DOSSIER_SYNC").group()).isEqualTo(IndexGroup.CKMB);
    }

    @Test
    void metricPointsAreThoseOfThePortalCatalogue() {
        Map<IndexMetric, String> expected = Map.ofEntries(
                Map.entry(PUBLISH_ON_TIME, "6"), Map.entry(PUBLIC_UPDATE_ON_TIME, "4"), Map.entry(PUBLIC_CONTENT_FULL, "2"),
                Map.entry(DOSSIER_SYNC, "6"), Map.entry(ON_TIME_PROCESSING, "20"), Map.entry(ONLINE_SERVICE_PROVISION, "6"),
                Map.entry(ONLINE_DOSSIER_RATE, "6"), Map.entry(ONLINE_PAYMENT_DOSSIER, "6"),
                Map.entry(ORIGINAL_RESULT_AVAILABLE, "6"), Map.entry(SO_HOA_GIAY_TO_GIAI_QUYET, "4"),
                Map.entry(REUSED_DIGITIZED_DATA, "2"), Map.entry(CITIZEN_DATA_CONNECTED_DOSSIER, "2"),
                Map.entry(PETITION_PROCESSING_ON_TIME, "6"),
                Map.entry(PETITION_HANDLING_SATISFACTION, "6"), Map.entry(DOSSIER_RECEIVING_SATISFACTION, "6"));
        assertThat(expected).hasSize(IndexMetric.values().length);
        expected.forEach((m, p) -> assertThat(m.maxScore()).as(m.code()).isEqualTo(points(p)));
    }

    @Test
    void transparencyProgressAndSatisfactionMetricsFillTheirGroups() {
        for (IndexGroup g : new IndexGroup[] {IndexGroup.CKMB, IndexGroup.TDGQ, IndexGroup.MDHL}) {
            assertThat(g.metrics().stream().map(IndexMetric::maxScore).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as(g.code()).isEqualTo(g.maxScore());
        }
    }

    @Test
    void onlyTheTwoOnlineServiceMetricsHaveProvisionalPoints() {
        assertThat(Arrays.stream(IndexMetric.values()).filter(m -> !m.pointsConfirmed()))
                .containsExactly(ONLINE_SERVICE_PROVISION, ONLINE_DOSSIER_RATE);
    }

    @Test
    void thresholdRulesAreThoseOfTheDocumentAndTheRestAreLinear() {
        assertThat(ONLINE_SERVICE_PROVISION.rule().threshold()).isEqualByComparingTo("0.80");
        assertThat(ONLINE_DOSSIER_RATE.rule().threshold()).isEqualByComparingTo("0.50");
        assertThat(REUSED_DIGITIZED_DATA.rule().threshold()).isEqualByComparingTo("0.80");
        assertThat(DOSSIER_RECEIVING_SATISFACTION.rule().threshold()).isEqualByComparingTo("0.90");
        assertThat(Arrays.stream(IndexMetric.values()).filter(m -> m.rule().isLinear())).containsExactly(
                PUBLISH_ON_TIME, PUBLIC_UPDATE_ON_TIME, PUBLIC_CONTENT_FULL, DOSSIER_SYNC, ON_TIME_PROCESSING,
                ONLINE_PAYMENT_DOSSIER, ORIGINAL_RESULT_AVAILABLE, SO_HOA_GIAY_TO_GIAI_QUYET,
                CITIZEN_DATA_CONNECTED_DOSSIER, PETITION_PROCESSING_ON_TIME, PETITION_HANDLING_SATISFACTION);
    }

    @Test
    void onlyTheFeedbackMetricsGiveFullPointsWhenThereIsNothingToMeasure() {
        assertThat(Arrays.stream(IndexMetric.values()).filter(m -> m.rule().whenNoData() == WhenNoData.FULL_MARKS))
                .containsExactly(PETITION_PROCESSING_ON_TIME, PETITION_HANDLING_SATISFACTION);
    }

    @Test
    void metricsAndRulesHaveVietnameseWording() {
        assertThat(Arrays.stream(IndexMetric.values()).map(IndexMetric::label)).doesNotHaveDuplicates().allMatch(s -> !s.isBlank());
        assertThat(PUBLISH_ON_TIME.label()).isEqualTo("TTHC được công bố đúng hạn");
        assertThat(DOSSIER_RECEIVING_SATISFACTION.label()).isEqualTo("Mức độ hài lòng trong tiếp nhận, giải quyết TTHC");
        assertThat(ON_TIME_PROCESSING.rule().description()).isEqualTo("Tuyến tính: 20 × tỷ lệ");
        assertThat(REUSED_DIGITIZED_DATA.rule().description())
                .isEqualTo("Đạt từ 80% được 2 điểm; dưới 80%: 2 × tỷ lệ ÷ 80%");
        assertThat(WhenNoData.FULL_MARKS.label()).isEqualTo("Đủ điểm");
    }

    @Test
    void scoringRulesRejectImpossibleSettings() {
        assertInvalid(() -> ScoringRule.linear(new BigDecimal("-1"), WhenNoData.ZERO), "maxScore");
        assertInvalid(() -> ScoringRule.linear(new BigDecimal("1.234"), WhenNoData.ZERO), "maxScore");
        assertInvalid(() -> ScoringRule.linear(null, WhenNoData.ZERO), "maxScore");
        assertInvalid(() -> ScoringRule.threshold(BigDecimal.TEN, BigDecimal.ZERO, WhenNoData.ZERO), "threshold");
        assertInvalid(() -> ScoringRule.threshold(BigDecimal.TEN, new BigDecimal("1.01"), WhenNoData.ZERO), "threshold");
        assertInvalid(() -> ScoringRule.linear(BigDecimal.TEN, null), "whenNoData");
        assertThat(ScoringRule.linear(new BigDecimal("1.5"), WhenNoData.ZERO).maxScore()).isEqualTo(points("1.5"));
    }

    static BigDecimal points(String value) {
        return new BigDecimal(value).setScale(2);
    }
}

package vn.motcua.reporting;

import java.math.BigDecimal;

import vn.motcua.shared.ProblemException;

/**
 * The score of one metric for one unit and period. Made by {@link IndexScoring}.
 *
 * @param metric      the metric
 * @param numerator   counted items that meet the metric (≥ 0)
 * @param denominator counted items the metric is measured on (≥ 0)
 * @param ratio       the rate the rule was applied to, 4 decimals: {@code numerator ÷ denominator}, except
 *                    {@link IndexMetric#ONLINE_DOSSIER_RATE} where it is further multiplied by the synchronisation
 *                    rate; {@code null} when the denominator is 0 or the metric was not measured
 * @param score       points, 2 decimals, 0 … {@code maxScore}; also set when not available (see {@link WhenNoData})
 * @param maxScore    points of the rule used, 2 decimals
 * @param available   false when there was nothing to measure (denominator 0) or the metric was not measured; the
 *                    score is then shown as N/A but still counts in the group
 * @param reason      why it is not available (Vietnamese); {@code null} when available
 */
public record MetricScore(IndexMetric metric, long numerator, long denominator, BigDecimal ratio, BigDecimal score,
                          BigDecimal maxScore, boolean available, String reason) {

    public MetricScore {
        if (metric == null) {
            throw ProblemException.invalidField("metric", "Thiếu chỉ tiêu");
        }
        if (numerator < 0 || denominator < 0) {
            throw ProblemException.invalidField(numerator < 0 ? "numerator" : "denominator", "Số đếm không được âm");
        }
        if (score == null || maxScore == null || score.signum() < 0 || score.compareTo(maxScore) > 0) {
            throw ProblemException.invalidField("score", "Điểm phải từ 0 đến điểm tối đa");
        }
        if (available == (reason != null)) {
            throw ProblemException.invalidField("reason", "Chỉ ghi lý do khi chỉ tiêu không có dữ liệu");
        }
        if (available && ratio == null) {
            throw ProblemException.invalidField("ratio", "Thiếu tỷ lệ");
        }
    }
}

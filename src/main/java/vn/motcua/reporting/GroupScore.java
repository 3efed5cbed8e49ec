package vn.motcua.reporting;

import java.math.BigDecimal;
import java.util.List;

/**
 * The score of one indicator group: the sum of its metric scores, capped at the group's points.
 *
 * @param group    the group
 * @param metrics  the metric scores that were summed, in catalogue order
 * @param score    2 decimals, 0 … {@code maxScore}
 * @param maxScore {@link IndexGroup#maxScore()}
 */
public record GroupScore(IndexGroup group, List<MetricScore> metrics, BigDecimal score, BigDecimal maxScore) {

    public GroupScore {
        metrics = List.copyOf(metrics);
    }
}

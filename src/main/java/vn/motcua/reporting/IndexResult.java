package vn.motcua.reporting;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's Decision 766 index for one period: the six groups, the total and its rating band.
 *
 * @param groups   one per {@link IndexGroup}, in enum order (groups without metrics score 0)
 * @param total    sum of the group scores, 2 decimals, 0 … 100
 * @param maxTotal 100.00
 * @param band     the rating band of {@code total}
 */
public record IndexResult(List<GroupScore> groups, BigDecimal total, BigDecimal maxTotal, RatingBand band) {

    public IndexResult {
        groups = List.copyOf(groups);
    }

    /** The score of one group. */
    public GroupScore group(IndexGroup group) {
        return groups.stream().filter(g -> g.group() == group).findFirst().orElseThrow();
    }
}

package vn.motcua.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.motcua.reporting.internal.Decimals;
import vn.motcua.shared.ProblemException;

/**
 * Scoring of the Decision 766 index (measurement-and-calendar.md §1.3–§1.4, §1.7): metric points from counts, group
 * scores capped at the group's points, the total and its rating band. Pure and immutable; counts come from the
 * caller. All figures are {@link BigDecimal}: ratios with 4 decimals, points with 2, rounded half-up.
 *
 * <p>{@link #standard()} uses each metric's default {@link IndexMetric#rule()} and {@link RatingBands#DEFAULT};
 * {@link #withRule} and {@link #withBands} make a copy with one setting changed.
 */
public final class IndexScoring {

    private static final IndexScoring STANDARD = new IndexScoring(defaultRules(), RatingBands.DEFAULT);

    private final Map<IndexMetric, ScoringRule> rules;
    private final RatingBands bands;

    private IndexScoring(Map<IndexMetric, ScoringRule> rules, RatingBands bands) {
        this.rules = rules;
        this.bands = bands;
    }

    /** The portal's current rules as recorded in the domain document, with the default bands. */
    public static IndexScoring standard() {
        return STANDARD;
    }

    /** A copy that scores {@code metric} by {@code rule}. */
    public IndexScoring withRule(IndexMetric metric, ScoringRule rule) {
        requireMetric(metric);
        if (rule == null) {
            throw ProblemException.invalidField("rule", "Thiếu cách tính điểm");
        }
        Map<IndexMetric, ScoringRule> copy = new EnumMap<>(rules);
        copy.put(metric, rule);
        return new IndexScoring(copy, bands);
    }

    /** A copy with other rating bands. */
    public IndexScoring withBands(RatingBands bands) {
        if (bands == null) {
            throw ProblemException.invalidField("bands", "Thiếu ngưỡng xếp loại");
        }
        return new IndexScoring(rules, bands);
    }

    /** The rule used for {@code metric}. */
    public ScoringRule rule(IndexMetric metric) {
        requireMetric(metric);
        return rules.get(metric);
    }

    public RatingBands bands() {
        return bands;
    }

    /**
     * Scores {@code numerator ÷ denominator}. A denominator of 0 gives an unavailable score worth the points of the
     * rule's {@link WhenNoData}. The numerator may exceed the denominator (points are capped).
     *
     * @throws ProblemException naming {@code numerator} or {@code denominator} when negative
     */
    public MetricScore score(IndexMetric metric, long numerator, long denominator) {
        requireMetric(metric);
        requireCount("numerator", numerator);
        requireCount("denominator", denominator);
        return rated(metric, numerator, denominator, BigDecimal.valueOf(numerator));
    }

    /**
     * {@link IndexMetric#ONLINE_DOSSIER_RATE} (§1.3 row 3.3): the online rate {@code onlineDossiers ÷ receivedDossiers}
     * multiplied by the synchronisation rate (the {@link IndexMetric#DOSSIER_SYNC} ratio, which is 0 when that metric
     * had no denominator). A synchronisation rate above 1 is taken as 1 (careful reading: synchronising more than was
     * received must not raise the online rate).
     *
     * @throws ProblemException naming {@code syncRatio} when missing or negative
     */
    public MetricScore onlineDossierRate(long onlineDossiers, long receivedDossiers, BigDecimal syncRatio) {
        requireCount("numerator", onlineDossiers);
        requireCount("denominator", receivedDossiers);
        if (syncRatio == null || syncRatio.signum() < 0) {
            throw ProblemException.invalidField("syncRatio", "Tỷ lệ đồng bộ hồ sơ phải là số không âm");
        }
        BigDecimal sync = syncRatio.min(BigDecimal.ONE);
        return rated(IndexMetric.ONLINE_DOSSIER_RATE, onlineDossiers, receivedDossiers,
                BigDecimal.valueOf(onlineDossiers).multiply(sync));
    }

    /**
     * {@link IndexMetric#DOSSIER_RECEIVING_SATISFACTION} (§1.3 row 5.4): 100 % − (overdue rate + rate of dossiers with
     * feedback or a dislike), i.e. numerator = dossiers − overdue − with feedback or dislike, not below 0 (a dossier that
     * is both is subtracted twice, as the rates are added).
     *
     * @throws ProblemException naming the negative count
     */
    public MetricScore dossierReceivingSatisfaction(long dossiers, long overdueDossiers, long dossiersWithFeedbackOrDislike) {
        requireCount("denominator", dossiers);
        requireCount("overdueDossiers", overdueDossiers);
        requireCount("dossiersWithFeedbackOrDislike", dossiersWithFeedbackOrDislike);
        long satisfied = Math.max(0, dossiers - overdueDossiers - dossiersWithFeedbackOrDislike);
        return score(IndexMetric.DOSSIER_RECEIVING_SATISFACTION, satisfied, dossiers);
    }

    /**
     * A metric the system cannot compute (no data source yet): 0 points, not available, with {@code reason}.
     *
     * @throws ProblemException naming {@code reason} when blank
     */
    public MetricScore notMeasured(IndexMetric metric, String reason) {
        requireMetric(metric);
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidField("reason", "Thiếu lý do chưa tính được chỉ tiêu");
        }
        ScoringRule rule = rules.get(metric);
        return new MetricScore(metric, 0, 0, null, Decimals.points(BigDecimal.ZERO), rule.maxScore(), false, reason.strip());
    }

    /**
     * The score of {@code group}: the sum of the given metric scores, capped at {@link IndexGroup#maxScore()}.
     *
     * @throws ProblemException naming {@code metrics} when a score belongs to another group or a metric is repeated
     */
    public GroupScore group(IndexGroup group, Collection<MetricScore> scores) {
        if (group == null) {
            throw ProblemException.invalidField("group", "Thiếu nhóm chỉ số");
        }
        List<MetricScore> sorted = distinct(scores);
        for (MetricScore s : sorted) {
            if (s.metric().group() != group) {
                throw ProblemException.invalidField("metrics", "Chỉ tiêu " + s.metric().code() + " thuộc nhóm "
                        + s.metric().group().code() + ", không thuộc nhóm " + group.code());
            }
        }
        BigDecimal sum = sorted.stream().map(MetricScore::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new GroupScore(group, sorted, Decimals.points(sum.min(group.maxScore())), group.maxScore());
    }

    /**
     * The index of a unit: every group (groups with no metric scores score 0), the total and its band.
     *
     * @throws ProblemException naming {@code metrics} when a metric is repeated
     */
    public IndexResult total(Collection<MetricScore> scores) {
        List<MetricScore> all = distinct(scores);
        List<GroupScore> groups = new ArrayList<>();
        for (IndexGroup g : IndexGroup.values()) {
            groups.add(group(g, all.stream().filter(s -> s.metric().group() == g).toList()));
        }
        BigDecimal total = Decimals.points(groups.stream().map(GroupScore::score).reduce(BigDecimal.ZERO, BigDecimal::add));
        return new IndexResult(groups, total, IndexGroup.MAX_TOTAL, bands.band(total));
    }

    /** The rating band of a total, by {@link #bands()}. */
    public RatingBand band(BigDecimal total) {
        return bands.band(total);
    }

    private MetricScore rated(IndexMetric metric, long numerator, long denominator, BigDecimal effectiveNumerator) {
        ScoringRule rule = rules.get(metric);
        if (denominator == 0) {
            BigDecimal points = rule.whenNoData() == WhenNoData.FULL_MARKS ? rule.maxScore() : Decimals.points(BigDecimal.ZERO);
            return new MetricScore(metric, numerator, 0, null, points, rule.maxScore(), false, rule.whenNoData().reason());
        }
        BigDecimal d = BigDecimal.valueOf(denominator);
        return new MetricScore(metric, numerator, denominator, Decimals.ratio(effectiveNumerator, d),
                rule.points(effectiveNumerator, d), rule.maxScore(), true, null);
    }

    private static List<MetricScore> distinct(Collection<MetricScore> scores) {
        if (scores == null) {
            throw ProblemException.invalidField("metrics", "Thiếu danh sách điểm chỉ tiêu");
        }
        Set<IndexMetric> seen = EnumSet.noneOf(IndexMetric.class);
        for (MetricScore s : scores) {
            if (s == null) {
                throw ProblemException.invalidField("metrics", "Danh sách điểm chỉ tiêu có phần tử rỗng");
            }
            if (!seen.add(s.metric())) {
                throw ProblemException.invalidField("metrics", "Chỉ tiêu " + s.metric().code() + " được tính hai lần");
            }
        }
        return scores.stream().sorted(Comparator.comparing(MetricScore::metric)).toList();
    }

    private static Map<IndexMetric, ScoringRule> defaultRules() {
        Map<IndexMetric, ScoringRule> rules = new EnumMap<>(IndexMetric.class);
        for (IndexMetric m : IndexMetric.values()) {
            rules.put(m, m.rule());
        }
        return rules;
    }

    private static void requireMetric(IndexMetric metric) {
        if (metric == null) {
            throw ProblemException.invalidField("metric", "Thiếu chỉ tiêu");
        }
    }

    private static void requireCount(String field, long value) {
        if (value < 0) {
            throw ProblemException.invalidField(field, "Số đếm không được âm (" + value + ")");
        }
    }
}

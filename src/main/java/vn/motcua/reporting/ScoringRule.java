package vn.motcua.reporting;

import java.math.BigDecimal;

import vn.motcua.reporting.internal.Decimals;
import vn.motcua.shared.ProblemException;

/**
 * How one metric turns its rate R = numerator ÷ denominator into points (measurement-and-calendar.md §1.4), with
 * P = {@code maxScore} and T = {@code threshold}:
 * <pre>
 *   points = P            if R ≥ T
 *          = P × R ÷ T    if R &lt; T
 * </pre>
 * A linear rule is the threshold rule with T = 1, i.e. {@code min(P, P × R)}. Points are rounded half-up to 2
 * decimals; the comparison with T is exact.
 *
 * @param maxScore   P, at least 0, at most 2 decimals; kept with scale 2
 * @param threshold  T, above 0 and at most 1; 1 for a linear rule
 * @param whenNoData the points when the denominator is 0
 */
public record ScoringRule(BigDecimal maxScore, BigDecimal threshold, WhenNoData whenNoData) {

    public ScoringRule {
        if (maxScore == null || maxScore.signum() < 0 || maxScore.stripTrailingZeros().scale() > Decimals.POINTS_SCALE) {
            throw ProblemException.invalidField("maxScore", "Điểm tối đa phải là số không âm, tối đa 2 chữ số thập phân");
        }
        if (threshold == null || threshold.signum() <= 0 || threshold.compareTo(BigDecimal.ONE) > 0) {
            throw ProblemException.invalidField("threshold", "Ngưỡng phải lớn hơn 0 và không quá 1 (100%)");
        }
        if (whenNoData == null) {
            throw ProblemException.invalidField("whenNoData", "Thiếu cách tính điểm khi không có dữ liệu");
        }
        maxScore = maxScore.setScale(Decimals.POINTS_SCALE);
    }

    /** {@code min(P, P × R)}. */
    public static ScoringRule linear(BigDecimal maxScore, WhenNoData whenNoData) {
        return new ScoringRule(maxScore, BigDecimal.ONE, whenNoData);
    }

    /** Full points from {@code threshold} on, proportionally below it. */
    public static ScoringRule threshold(BigDecimal maxScore, BigDecimal threshold, WhenNoData whenNoData) {
        return new ScoringRule(maxScore, threshold, whenNoData);
    }

    public boolean isLinear() {
        return threshold.compareTo(BigDecimal.ONE) == 0;
    }

    /**
     * Points for the rate {@code numerator ÷ denominator}. The numerator may be fractional (a rate multiplied by
     * another rate) and may exceed the denominator; points never exceed P.
     *
     * @throws ProblemException naming {@code denominator} when it is not positive, {@code numerator} when negative
     */
    public BigDecimal points(BigDecimal numerator, BigDecimal denominator) {
        if (denominator == null || denominator.signum() <= 0) {
            throw ProblemException.invalidField("denominator", "Mẫu số phải lớn hơn 0");
        }
        if (numerator == null || numerator.signum() < 0) {
            throw ProblemException.invalidField("numerator", "Tử số không được âm");
        }
        BigDecimal thresholdAmount = threshold.multiply(denominator);
        if (numerator.compareTo(thresholdAmount) >= 0) {
            return maxScore;
        }
        return Decimals.points(maxScore.multiply(numerator), thresholdAmount);
    }

    /** E.g. "Tuyến tính: 6 × tỷ lệ" or "Đạt từ 80% được 2 điểm; dưới 80%: 2 × tỷ lệ ÷ 80%". */
    public String description() {
        String p = maxScore.stripTrailingZeros().toPlainString().replace('.', ',');
        if (isLinear()) {
            return "Tuyến tính: " + p + " × tỷ lệ";
        }
        String t = threshold.movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',') + "%";
        return "Đạt từ " + t + " được " + p + " điểm; dưới " + t + ": " + p + " × tỷ lệ ÷ " + t;
    }
}

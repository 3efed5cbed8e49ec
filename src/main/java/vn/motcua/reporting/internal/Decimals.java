package vn.motcua.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding of index figures: ratios to 4 decimals, points to 2, both half-up. No floating point anywhere. */
public final class Decimals {

    public static final int RATIO_SCALE = 4;
    public static final int POINTS_SCALE = 2;

    private Decimals() {
    }

    /** {@code numerator ÷ denominator} to 4 decimals; the denominator must be positive. */
    public static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, RATIO_SCALE, RoundingMode.HALF_UP);
    }

    /** {@code dividend ÷ divisor} as points, to 2 decimals; the divisor must be positive. */
    public static BigDecimal points(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, POINTS_SCALE, RoundingMode.HALF_UP);
    }

    /** {@code value} as points, to 2 decimals. */
    public static BigDecimal points(BigDecimal value) {
        return value.setScale(POINTS_SCALE, RoundingMode.HALF_UP);
    }
}

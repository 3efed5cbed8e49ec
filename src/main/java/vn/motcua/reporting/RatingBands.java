package vn.motcua.reporting;

import java.math.BigDecimal;

import vn.motcua.shared.ProblemException;

/**
 * Lower bounds (inclusive) of the rating bands on the 100-point scale; below {@code averageFrom} is
 * {@link RatingBand#WEAK}.
 *
 * <p><b>UNCONFIRMED</b> (measurement-and-calendar.md §1.7, §7 U2): no official table was found. The only figures seen
 * are a "Tốt" line at 80 points on a third-party dashboard and a news item calling 83.8 points "tốt". The
 * {@link #DEFAULT} keeps "Tốt" from 80, puts "Xuất sắc" at 90 (above the 83.8 called "tốt"), and spaces the rest at
 * 70 and 50; agencies set their own.
 */
public record RatingBands(BigDecimal excellentFrom, BigDecimal goodFrom, BigDecimal fairFrom, BigDecimal averageFrom) {

    /** Xuất sắc ≥ 90, Tốt ≥ 80, Khá ≥ 70, Trung bình ≥ 50, Yếu &lt; 50. */
    public static final RatingBands DEFAULT = new RatingBands(
            new BigDecimal("90"), new BigDecimal("80"), new BigDecimal("70"), new BigDecimal("50"));

    public RatingBands {
        if (excellentFrom == null || goodFrom == null || fairFrom == null || averageFrom == null) {
            throw ProblemException.invalidField("bands", "Thiếu ngưỡng xếp loại");
        }
        if (averageFrom.signum() < 0 || excellentFrom.compareTo(IndexGroup.MAX_TOTAL) > 0
                || goodFrom.compareTo(excellentFrom) > 0 || fairFrom.compareTo(goodFrom) > 0
                || averageFrom.compareTo(fairFrom) > 0) {
            throw ProblemException.invalidField("bands",
                    "Ngưỡng xếp loại phải nằm trong 0 … 100 và giảm dần: Xuất sắc ≥ Tốt ≥ Khá ≥ Trung bình");
        }
    }

    /** The band of a total. */
    public RatingBand band(BigDecimal total) {
        if (total == null) {
            throw ProblemException.invalidField("total", "Thiếu tổng điểm");
        }
        if (total.compareTo(excellentFrom) >= 0) {
            return RatingBand.EXCELLENT;
        }
        if (total.compareTo(goodFrom) >= 0) {
            return RatingBand.GOOD;
        }
        if (total.compareTo(fairFrom) >= 0) {
            return RatingBand.FAIR;
        }
        if (total.compareTo(averageFrom) >= 0) {
            return RatingBand.AVERAGE;
        }
        return RatingBand.WEAK;
    }
}

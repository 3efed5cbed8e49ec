package vn.motcua.reporting;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * The six indicator groups of the Decision 766 index as the national portal scores them today
 * (measurement-and-calendar.md §1.2); the constant names are the portal's group codes. The points add up to 100.
 *
 * <p>The decision text had five groups; the portal split "Cung cấp dịch vụ trực tuyến" (22) into online public
 * services (12, code {@code CLGQ}) and online payment (10, code {@code TTTT}).
 */
public enum IndexGroup {
    /** Publicity and transparency, indicators 1.1–1.4. */
    CKMB("Công khai, minh bạch", 18),
    /** Progress of resolution, indicator 2.1. */
    TDGQ("Tiến độ giải quyết", 20),
    /** Online public services, indicators 3.1–3.3. The portal's code, despite its letters, names this group. */
    CLGQ("Dịch vụ công trực tuyến", 12),
    /** Online payment, indicators 3.5–3.6. */
    TTTT("Thanh toán trực tuyến", 10),
    /** Digitisation of dossiers, indicators 4.x. */
    MDSH("Số hóa hồ sơ", 22),
    /** Satisfaction, indicators 5.2–5.4. */
    MDHL("Mức độ hài lòng", 18);

    /** The highest possible unit score: the sum of the group maxima. */
    public static final BigDecimal MAX_TOTAL = new BigDecimal("100.00");

    private final String label;
    private final BigDecimal maxScore;

    IndexGroup(String label, int maxScore) {
        this.label = label;
        this.maxScore = BigDecimal.valueOf(maxScore).setScale(2);
    }

    /** The group code used by the portal and in our API, e.g. "CKMB". */
    public String code() {
        return name();
    }

    /** Vietnamese name, e.g. "Công khai, minh bạch". */
    public String label() {
        return label;
    }

    /** Points of the group (2 decimals); a group score never exceeds it. */
    public BigDecimal maxScore() {
        return maxScore;
    }

    /** The metrics of this group that the system scores, in catalogue order. */
    public List<IndexMetric> metrics() {
        return Arrays.stream(IndexMetric.values()).filter(m -> m.group() == this).toList();
    }
}

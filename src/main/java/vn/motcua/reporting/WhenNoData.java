package vn.motcua.reporting;

/**
 * What a metric scores when its denominator is 0 (nothing to measure in the period). The score is then shown as
 * "không có dữ liệu" (N/A) but still counts in the group with these points (measurement-and-calendar.md §1.3, §1.4).
 */
public enum WhenNoData {
    /** 0 points: the common display rule of the formula description, and the explicit rule of 1.4, 3.6 and 5.4. */
    ZERO("0 điểm", "Không có dữ liệu trong kỳ (mẫu số bằng 0): tính 0 điểm"),
    /** Full points: what the portal gives the feedback metrics 5.2 and 5.3 when there was no feedback (§7 U7). */
    FULL_MARKS("Đủ điểm", "Không có dữ liệu trong kỳ (mẫu số bằng 0): tính đủ điểm");

    private final String label;
    private final String reason;

    WhenNoData(String label, String reason) {
        this.label = label;
        this.reason = reason;
    }

    public String label() {
        return label;
    }

    /** The explanation stored on a {@link MetricScore} scored this way. */
    public String reason() {
        return reason;
    }
}

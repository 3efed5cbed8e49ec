package vn.motcua.feedback;

/** Where a feedback stands in the agency's register. */
public enum FeedbackStatus {
    RECEIVED("Đã tiếp nhận, chờ phân loại"),
    SUPPLEMENT_REQUESTED("Chờ người gửi bổ sung thông tin"),
    ACCEPTED("Đã phân loại, chờ giao xử lý"),
    ASSIGNED("Đang xử lý"),
    ANSWERED("Đã có kết quả, chờ công khai"),
    PUBLISHED("Đã công khai kết quả"),
    REJECTED("Không tiếp nhận"),
    FORWARDED("Đã chuyển cơ quan có thẩm quyền");

    private final String label;

    FeedbackStatus(String label) {
        this.label = label;
    }

    /** The Vietnamese name shown to people. */
    public String label() {
        return label;
    }

    /** Refused, forwarded or answered: the agency's part is done (the 766 "handled" family). */
    public boolean isHandled() {
        return this == REJECTED || this == FORWARDED || this == ANSWERED || this == PUBLISHED;
    }
}

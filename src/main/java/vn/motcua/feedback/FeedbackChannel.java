package vn.motcua.feedback;

/** How a feedback reached the agency (Decree 20/2008 Art. 6; the national PAKN system). */
public enum FeedbackChannel {
    ONLINE("Trực tuyến (cổng thông tin của cơ quan)"),
    DESK("Trực tiếp tại Bộ phận Một cửa"),
    POST("Qua dịch vụ bưu chính"),
    PHONE("Qua số điện thoại chuyên dùng"),
    EMAIL("Qua thư điện tử"),
    FORWARDED("Do cơ quan khác chuyển đến"),
    NATIONAL_PORTAL("Hệ thống tiếp nhận PAKN quốc gia");

    private final String label;

    FeedbackChannel(String label) {
        this.label = label;
    }

    /** The Vietnamese name shown to people. */
    public String label() {
        return label;
    }
}

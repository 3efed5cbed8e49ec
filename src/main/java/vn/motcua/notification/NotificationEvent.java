package vn.motcua.notification;

/** What the applicant is told about: a step of their dossier or of their feedback (PAKN). */
public enum NotificationEvent {
    RECEIVED("Tiếp nhận hồ sơ", false),
    REFUSED("Từ chối tiếp nhận hồ sơ", false),
    SUPPLEMENT_REQUESTED("Yêu cầu bổ sung, hoàn thiện hồ sơ", false),
    PAYMENT_REQUESTED("Yêu cầu nộp phí, lệ phí", false),
    RESULT_READY("Hồ sơ có kết quả", false),
    RESULT_RETURNED("Trả kết quả", false),
    WITHDRAWN("Rút hồ sơ", false),
    FEEDBACK_RECEIVED("Tiếp nhận phản ánh, kiến nghị", true),
    FEEDBACK_ANSWERED("Trả lời phản ánh, kiến nghị", true);

    private final String label;
    private final boolean feedback;

    NotificationEvent(String label, boolean feedback) {
        this.label = label;
        this.feedback = feedback;
    }

    public String label() {
        return label;
    }

    /** Whether it is about a feedback (PAKN) rather than a dossier. */
    public boolean feedback() {
        return feedback;
    }

    /** The placeholder of the code every message carries: the dossier's code or the feedback's number. */
    public String codePlaceholder() {
        return feedback ? "{soPhanAnh}" : "{maHoSo}";
    }
}

package vn.motcua.feedback;

/** What handling decided (Decree 20/2008 Art. 15). */
public enum AnswerOutcome {
    RECOMMEND_AMENDMENT("Kiến nghị cơ quan có thẩm quyền sửa đổi, bổ sung"),
    AMENDED("Đã sửa đổi, bổ sung, bãi bỏ theo thẩm quyền"),
    EXPLAINED("Giải thích, hướng dẫn thực hiện"),
    NOT_ACCEPTED("Không chấp nhận nội dung phản ánh, kiến nghị"),
    OTHER("Khác");

    private final String label;

    AnswerOutcome(String label) {
        this.label = label;
    }

    /** The Vietnamese name shown to people. */
    public String label() {
        return label;
    }
}

package vn.motcua.feedback;

import java.util.Arrays;
import java.util.Optional;

/** What can be done to a feedback, with its REST slug ({@code POST /api/v1/feedback/{code}/actions/{slug}}). */
public enum FeedbackAction {
    ACCEPT("accept", "Phân loại: thuộc thẩm quyền xử lý"),
    REJECT("reject", "Không tiếp nhận"),
    REQUEST_SUPPLEMENT("request-supplement", "Đề nghị bổ sung thông tin"),
    RECEIVE_SUPPLEMENT("receive-supplement", "Nhận thông tin bổ sung"),
    FORWARD("forward", "Chuyển cơ quan có thẩm quyền"),
    ASSIGN("assign", "Giao xử lý"),
    ANSWER("answer", "Ghi nhận kết quả xử lý"),
    PUBLISH("publish", "Công khai kết quả"),
    RATE("rate", "Người gửi đánh giá");

    private final String slug;
    private final String label;

    FeedbackAction(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    public static Optional<FeedbackAction> ofSlug(String slug) {
        return Arrays.stream(values()).filter(a -> a.slug.equals(slug)).findFirst();
    }
}

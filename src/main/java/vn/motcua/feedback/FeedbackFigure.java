package vn.motcua.feedback;

/** The figures of a period that the reports and the 766 index count, each with its JSON name and label. */
public enum FeedbackFigure {
    RECEIVED("received", "Tiếp nhận trong kỳ"),
    ACCEPTED("accepted", "Được phân loại thuộc thẩm quyền trong kỳ"),
    HANDLED("handled", "Đã xử lý trong kỳ (trả lời, chuyển hoặc không tiếp nhận)"),
    HANDLED_ON_TIME("handledOnTime", "Đã xử lý đúng hạn trong kỳ"),
    PUBLISHED("published", "Đã công khai kết quả trong kỳ"),
    IN_PROGRESS("inProgress", "Đang xử lý cuối kỳ"),
    IN_PROGRESS_OVERDUE("inProgressOverdue", "Đang xử lý cuối kỳ, đã quá hạn"),
    IN_PROGRESS_WITHIN_TIME("inProgressWithinTime", "Đang xử lý cuối kỳ, còn trong hạn"),
    NOT_SATISFYING("notSatisfying", "Tiếp nhận trong kỳ nhưng bị đánh giá chưa hài lòng hoặc xử lý quá hạn");

    private final String json;
    private final String label;

    FeedbackFigure(String json, String label) {
        this.json = json;
        this.label = label;
    }

    public String json() {
        return json;
    }

    public String label() {
        return label;
    }

    public static java.util.Optional<FeedbackFigure> ofJson(String name) {
        return java.util.Arrays.stream(values()).filter(f -> f.json.equals(name)).findFirst();
    }
}

package vn.motcua.control;

import static vn.motcua.control.ControlField.choice;
import static vn.motcua.control.ControlField.optional;
import static vn.motcua.control.ControlField.required;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The five lists of the control officer, with the path of their API ({@code /api/v1/control/<path>}), the address
 * of their page ({@code /kiem-soat/<slug>}), their Vietnamese name, their fields (besides {@code id} and
 * {@code agencyCode}) and the dates that place a record in a period (any of them in the period).
 */
public enum ControlList {
    DOCUMENTS("documents", "van-ban-chi-dao", "Văn bản chỉ đạo", List.of(
            required("number", "Số, ký hiệu", FieldType.TEXT),
            required("date", "Ngày ban hành", FieldType.DATE),
            choice("kind", "Loại văn bản", true, DocumentKind.values()),
            required("summary", "Trích yếu", FieldType.LONG_TEXT),
            optional("fileId", "Mã tệp đính kèm", FieldType.TEXT)),
            List.of("date")),
    COMMUNICATIONS("communications", "tuyen-truyen", "Tuyên truyền", List.of(
            required("date", "Ngày", FieldType.DATE),
            choice("kind", "Hình thức", true, CommunicationKind.values()),
            required("title", "Tiêu đề, nội dung", FieldType.TEXT),
            optional("channel", "Kênh, nơi đăng", FieldType.TEXT),
            optional("link", "Đường dẫn", FieldType.LINK),
            optional("audience", "Đối tượng", FieldType.TEXT),
            optional("visits", "Lượt truy cập, tham dự", FieldType.COUNT)),
            List.of("date")),
    INSPECTIONS("inspections", "kiem-tra", "Kiểm tra", List.of(
            required("title", "Nội dung kiểm tra", FieldType.TEXT),
            choice("status", "Tình trạng", true, InspectionStatus.values()),
            optional("plannedDate", "Ngày kiểm tra theo kế hoạch", FieldType.DATE),
            optional("conductedDate", "Ngày đã kiểm tra", FieldType.DATE),
            optional("unitsInspected", "Đơn vị được kiểm tra", FieldType.TEXT),
            optional("findings", "Kết quả, phát hiện", FieldType.LONG_TEXT),
            optional("violations", "Số sai phạm", FieldType.COUNT),
            optional("rewards", "Số trường hợp khen thưởng", FieldType.COUNT),
            optional("rewardsText", "Khen thưởng", FieldType.LONG_TEXT),
            optional("disciplined", "Số trường hợp xử lý kỷ luật", FieldType.COUNT),
            optional("disciplineText", "Xử lý kỷ luật", FieldType.LONG_TEXT)),
            List.of("plannedDate", "conductedDate")),
    REVIEWS("reviews", "ra-soat", "Rà soát, đơn giản hoá TTHC", List.of(
            required("year", "Năm kế hoạch", FieldType.COUNT),
            required("procedureCode", "Mã TTHC", FieldType.TEXT),
            required("procedureName", "Tên TTHC", FieldType.TEXT),
            required("dueDate", "Hạn rà soát", FieldType.DATE),
            optional("responsible", "Đơn vị, người chủ trì", FieldType.TEXT),
            optional("reviewedDate", "Ngày rà soát xong", FieldType.DATE),
            optional("finding", "Kết quả rà soát", FieldType.LONG_TEXT),
            choice("optionKind", "Phương án đơn giản hoá", false, SimplificationKind.values()),
            optional("optionText", "Nội dung phương án", FieldType.LONG_TEXT),
            optional("timeLimitFrom", "Thời hạn hiện hành (ngày làm việc)", FieldType.COUNT),
            optional("timeLimitTo", "Thời hạn đề xuất (ngày làm việc)", FieldType.COUNT),
            choice("status", "Tình trạng", true, ReviewStatus.values()),
            optional("decisionNumber", "Số quyết định thông qua", FieldType.TEXT),
            optional("decisionDate", "Ngày quyết định", FieldType.DATE),
            optional("catalogVersionId", "Mã phiên bản TTHC trong danh mục", FieldType.TEXT)),
            List.of("dueDate", "reviewedDate", "decisionDate")),
    LEGAL_DRAFTS("legal-drafts", "du-thao-vbqppl", "Dự thảo VBQPPL có TTHC", List.of(
            required("name", "Tên dự thảo", FieldType.TEXT),
            required("tthcCount", "Số TTHC quy định", FieldType.COUNT),
            optional("impactAssessmentDate", "Ngày đánh giá tác động", FieldType.DATE),
            optional("consultationDate", "Ngày lấy ý kiến", FieldType.DATE),
            optional("appraisalDate", "Ngày Sở Tư pháp thẩm định", FieldType.DATE),
            optional("issuanceDate", "Ngày ban hành", FieldType.DATE)),
            List.of("impactAssessmentDate", "consultationDate", "appraisalDate", "issuanceDate"));

    private final String path;
    private final String slug;
    private final String label;
    private final List<ControlField> fields;
    private final List<String> periodFields;

    ControlList(String path, String slug, String label, List<ControlField> fields, List<String> periodFields) {
        this.path = path;
        this.slug = slug;
        this.label = label;
        this.fields = fields;
        this.periodFields = periodFields;
    }

    /** The segment of the API: {@code /api/v1/control/<path>}. */
    public String path() {
        return path;
    }

    /** The segment of the page: {@code /kiem-soat/<slug>}. */
    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    public List<ControlField> fields() {
        return fields;
    }

    /** The date fields of which at least one must fall in a period for a record to be listed for it. */
    public List<String> periodFields() {
        return periodFields;
    }

    public Optional<ControlField> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public static Optional<ControlList> byPath(String path) {
        String p = path == null ? "" : path.strip().toLowerCase(Locale.ROOT);
        for (ControlList list : values()) {
            if (list.path.equals(p)) {
                return Optional.of(list);
            }
        }
        return Optional.empty();
    }

    public static Optional<ControlList> bySlug(String slug) {
        for (ControlList list : values()) {
            if (list.slug.equals(slug)) {
                return Optional.of(list);
            }
        }
        return Optional.empty();
    }
}

package vn.motcua.documents;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The official dossier forms (biểu mẫu) the one-stop desk prints or signs. The slug names the form in
 * {@code GET /api/v1/dossiers/{code}/forms/{form}} and is a contract: never rename it.
 * Titles and numbers depend on the circular in force, see {@link FormSet}.
 */
public enum FormKind {
    /** Giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
    RECEIPT("receipt"),
    /** Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
    SUPPLEMENT_REQUEST("supplement-request"),
    /** Phiếu từ chối tiếp nhận giải quyết hồ sơ. */
    REFUSAL("refusal"),
    /** Phiếu xin lỗi và đề nghị gia hạn thời gian giải quyết (2018: … và hẹn lại ngày trả kết quả). */
    APOLOGY_EXTENSION("apology-extension"),
    /** Thông báo dừng giải quyết hồ sơ (Circular 03/2025 only). */
    STOP_NOTICE("stop-notice"),
    /** Phiếu kiểm soát quá trình giải quyết hồ sơ. */
    CONTROL_SHEET("control-sheet"),
    /** Sổ theo dõi hồ sơ. */
    TRACKING_BOOK("tracking-book");

    private final String slug;

    FormKind(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    /** The kind named by a URL slug such as {@code supplement-request}; empty for an unknown slug. */
    public static Optional<FormKind> fromSlug(String slug) {
        return Arrays.stream(values()).filter(kind -> Objects.equals(kind.slug, slug)).findFirst();
    }
}

package vn.motcua.dossier;

import java.util.Arrays;
import java.util.Optional;

/**
 * What people do to a dossier, named after the legal transitions ({@code dossier-lifecycle.md} §3.2). The slug is
 * the REST contract: {@code POST /api/v1/dossiers/{code}/actions/{slug}}.
 */
public enum DossierAction {
    RECEIVE("receive", "Tiếp nhận hồ sơ"),
    REQUEST_COMPLETION("request-completion", "Yêu cầu bổ sung, hoàn thiện trước khi tiếp nhận"),
    RESUBMIT("resubmit", "Nộp lại hồ sơ đã hoàn thiện"),
    REFUSE("refuse", "Từ chối tiếp nhận"),
    TRANSFER("transfer", "Chuyển hồ sơ đến phòng chuyên môn"),
    ASSIGN("assign", "Phân công xử lý"),
    COMPLETE_STEP("complete-step", "Hoàn thành bước xử lý"),
    RETURN_STEP("return-step", "Trả lại bước trước"),
    CONSULT("consult", "Lấy ý kiến"),
    HAND_OFF("hand-off", "Chuyển liên thông"),
    REQUEST_SUPPLEMENT("request-supplement", "Yêu cầu bổ sung hồ sơ"),
    RECEIVE_SUPPLEMENT("receive-supplement", "Nhận hồ sơ bổ sung"),
    EXTEND("extend", "Xin lỗi và gia hạn thời gian giải quyết"),
    REQUEST_PAYMENT("request-payment", "Yêu cầu thực hiện nghĩa vụ tài chính"),
    CONFIRM_PAYMENT("confirm-payment", "Xác nhận đã nộp phí, lệ phí"),
    WITHDRAW("withdraw", "Công dân yêu cầu rút hồ sơ"),
    STOP("stop", "Dừng giải quyết hồ sơ"),
    RESOLVE("resolve", "Hoàn thành giải quyết"),
    RETURN_RESULT("return-result", "Trả kết quả");

    private final String slug;
    private final String label;

    DossierAction(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    public static Optional<DossierAction> ofSlug(String slug) {
        return Arrays.stream(values()).filter(a -> a.slug.equals(slug)).findFirst();
    }
}

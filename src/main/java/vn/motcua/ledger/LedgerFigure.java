package vn.motcua.ledger;

/**
 * The figures of the dossier ledger that reports count, each a rule over the dossiers whose span (receipt to end
 * of processing) overlaps a period. Carried over + received = resolved + in progress, by construction.
 */
public enum LedgerFigure {
    RECEIVED("Số hồ sơ nhận giải quyết"),
    CARRIED_OVER("Từ kỳ trước chuyển sang"),
    RECEIVED_NEW("Mới tiếp nhận trong kỳ"),
    RECEIVED_ONLINE("Mới tiếp nhận trực tuyến"),
    RECEIVED_DIRECT_OR_POSTAL("Mới tiếp nhận trực tiếp, qua bưu chính"),
    RESOLVED("Đã giải quyết"),
    RESOLVED_EARLY("Giải quyết trước hạn"),
    RESOLVED_ON_TIME("Giải quyết đúng hạn"),
    RESOLVED_LATE("Giải quyết quá hạn"),
    IN_PROGRESS("Đang giải quyết"),
    IN_PROGRESS_WITHIN_DEADLINE("Đang giải quyết trong hạn"),
    IN_PROGRESS_OVERDUE("Đang giải quyết quá hạn"),
    FEE_BEARING("Hồ sơ có phí, lệ phí (nhận trong kỳ)"),
    PAID_ONLINE("Hồ sơ thanh toán trực tuyến (nhận trong kỳ)"),
    DIGITIZED_AT_INTAKE("Hồ sơ được số hóa khi tiếp nhận (nhận trong kỳ)"),
    REUSED_DATA("Hồ sơ sử dụng lại dữ liệu số hóa (nhận trong kỳ)"),
    RECEIVED_IDENTIFIED("Hồ sơ nộp bằng tài khoản định danh điện tử (nhận trong kỳ)"),
    RESULT_DIGITIZED("Hồ sơ có kết quả điện tử (giải quyết trong kỳ)"),
    RATED("Hồ sơ được đánh giá (nhận trong kỳ)"),
    RATED_NOT_SATISFIED("Hồ sơ bị đánh giá chưa hài lòng (nhận trong kỳ)");

    private final String label;

    LedgerFigure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package vn.motcua.dossier;

/**
 * Where a dossier stands ({@code dossier-lifecycle.md} §3.1), with the national status code synchronised to the
 * National Public Service Portal (TrangThaiHoSo 1–10).
 */
public enum DossierStatus {
    SUBMITTED("Mới đăng ký, chờ tiếp nhận", 1),
    INTAKE_SUPPLEMENT("Yêu cầu bổ sung, hoàn thiện trước khi tiếp nhận", 5),
    NOT_ACCEPTED("Không được tiếp nhận", 3),
    RECEIVED("Được tiếp nhận", 2),
    IN_PROGRESS("Đang xử lý", 4),
    SUPPLEMENT_REQUESTED("Yêu cầu bổ sung giấy tờ", 5),
    AWAITING_PAYMENT("Yêu cầu thực hiện nghĩa vụ tài chính", 6),
    WITHDRAWAL_REQUESTED("Công dân yêu cầu rút hồ sơ", 7),
    STOPPED("Dừng xử lý", 8),
    RESOLVED("Đã xử lý xong", 9),
    RETURNED("Đã trả kết quả", 10);

    private final String label;
    private final int nationalCode;

    DossierStatus(String label, int nationalCode) {
        this.label = label;
        this.nationalCode = nationalCode;
    }

    public String label() {
        return label;
    }

    /** The national status code (1–10). */
    public int nationalCode() {
        return nationalCode;
    }

    /** No action can follow. */
    public boolean isTerminal() {
        return this == NOT_ACCEPTED || this == STOPPED || this == RETURNED;
    }

    /** Received and not yet at an end of processing: the deadline runs (or is suspended). */
    public boolean isBeingProcessed() {
        return this == RECEIVED || this == IN_PROGRESS || this == SUPPLEMENT_REQUESTED || this == AWAITING_PAYMENT;
    }
}

package vn.motcua.control;

/** The kind of a simplification option (phương án đơn giản hoá) proposed for one TTHC after its review. */
public enum SimplificationKind implements Labelled {
    CUT_TIME_LIMIT("Cắt giảm thời hạn giải quyết"),
    REMOVE_COMPONENT("Bỏ thành phần hồ sơ"),
    SIMPLIFY_COMPONENT("Đơn giản hoá thành phần hồ sơ"),
    SIMPLIFY_FORM("Đơn giản hoá mẫu đơn, tờ khai"),
    SIMPLIFY_REQUIREMENT("Đơn giản hoá yêu cầu, điều kiện"),
    ABOLISH("Bãi bỏ thủ tục"),
    OTHER("Khác");

    private final String label;

    SimplificationKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

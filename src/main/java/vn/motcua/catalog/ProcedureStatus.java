package vn.motcua.catalog;

/** Whether a procedure (in its version in force) takes new dossiers. */
public enum ProcedureStatus {
    ACTIVE("Đang công khai"),
    ABOLISHED("Đã bãi bỏ");

    private final String label;

    ProcedureStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

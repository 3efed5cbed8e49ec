package vn.motcua.controlplan;

/** A progress entry's status, with its Vietnamese name. */
public enum ProgressStatus {
    IN_PROGRESS("Đang thực hiện"),
    DONE("Đã hoàn thành");

    private final String label;

    ProgressStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

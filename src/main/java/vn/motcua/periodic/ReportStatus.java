package vn.motcua.periodic;

/** Where a periodic report stands, with its Vietnamese name. */
public enum ReportStatus {
    /** Being written; its figures are computed when read. */
    DRAFT("Dự thảo"),
    /** Issued with a number and date; its content and file are frozen. */
    ISSUED("Đã ban hành");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

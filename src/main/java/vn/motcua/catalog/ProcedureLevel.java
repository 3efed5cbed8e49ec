package vn.motcua.catalog;

/** The level of government that carries out a procedure (cấp thực hiện). */
public enum ProcedureLevel {
    CENTRAL("Cấp trung ương"),
    PROVINCE("Cấp tỉnh"),
    DISTRICT("Cấp huyện"),
    COMMUNE("Cấp xã");

    private final String label;

    ProcedureLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

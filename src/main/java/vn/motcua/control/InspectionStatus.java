package vn.motcua.control;

/** Whether an inspection (kiểm tra) is only planned or was conducted. */
public enum InspectionStatus implements Labelled {
    PLANNED("Theo kế hoạch"),
    CONDUCTED("Đã kiểm tra");

    private final String label;

    InspectionStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

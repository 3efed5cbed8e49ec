package vn.motcua.control;

/** How an inspected unit does on one content. */
public enum FindingAssessment implements Labelled {
    GOOD("Thực hiện tốt"),
    SHORTCOMINGS("Còn hạn chế, thiếu sót"),
    VIOLATION("Có sai phạm");

    private final String label;

    FindingAssessment(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

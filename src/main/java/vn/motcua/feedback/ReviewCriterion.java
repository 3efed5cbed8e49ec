package vn.motcua.feedback;

/** The six criteria a regulation is reviewed against when handling a feedback (Decree 20/2008 Art. 14(2)(c)). */
public enum ReviewCriterion {
    NECESSITY("Sự cần thiết"),
    REASONABLENESS("Tính hợp lý, hợp pháp"),
    SIMPLICITY("Tính đơn giản, dễ hiểu, dễ thực hiện"),
    FEASIBILITY("Tính khả thi"),
    CONSISTENCY("Tính đồng bộ, thống nhất với quy định khác"),
    TREATY_CONFORMITY("Sự phù hợp với điều ước quốc tế");

    private final String label;

    ReviewCriterion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package vn.motcua.control;

/** Where a simplification option stands: proposed, submitted, approved by a decision, implemented in the catalog. */
public enum ReviewStatus implements Labelled {
    PROPOSED("Đề xuất"),
    SUBMITTED("Đã trình"),
    APPROVED("Đã được thông qua"),
    IMPLEMENTED("Đã thực thi");

    private final String label;

    ReviewStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

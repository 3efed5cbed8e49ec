package vn.motcua.catalog;

/** What a publication decision (or an import) announced for one procedure (Decree 63/2010 Art. 13–17). */
public enum ChangeKind {
    NEW("Công bố mới"),
    AMENDED("Sửa đổi, bổ sung"),
    REPLACED("Thay thế"),
    ABOLISHED("Bãi bỏ");

    private final String label;

    ChangeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package vn.motcua.control;

/** The kind of a directive document (văn bản chỉ đạo) on TTHC control. */
public enum DocumentKind implements Labelled {
    PLAN("Kế hoạch"),
    DISPATCH("Công văn"),
    DECISION("Quyết định"),
    REPORT("Báo cáo"),
    OTHER("Khác");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

package vn.motcua.control;

/** How TTHC control was communicated (hình thức tuyên truyền). */
public enum CommunicationKind implements Labelled {
    ARTICLE("Tin, bài viết"),
    DOCUMENT("Văn bản, tài liệu"),
    CONFERENCE("Hội nghị, tập huấn"),
    BROADCAST("Phát thanh, truyền hình"),
    OTHER("Khác");

    private final String label;

    CommunicationKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

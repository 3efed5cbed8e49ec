package vn.motcua.feedback;

/** The four classes of Decree 20/2008 Art. 9(1). */
public enum Classification {
    NOT_ACCEPTED("Không đủ điều kiện tiếp nhận"),
    BEHAVIOUR("Hành vi chậm trễ, gây phiền hà của cơ quan, cán bộ"),
    WITHIN_COMPETENCE("Quy định hành chính thuộc thẩm quyền xử lý"),
    OUTSIDE_COMPETENCE("Quy định hành chính không thuộc thẩm quyền xử lý");

    private final String label;

    Classification(String label) {
        this.label = label;
    }

    /** The Vietnamese name shown to people. */
    public String label() {
        return label;
    }
}

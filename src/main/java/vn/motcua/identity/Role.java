package vn.motcua.identity;

/** What a person may do, always granted for an agency (and possibly one of its units). */
public enum Role {
    APPLICANT("Người nộp hồ sơ"),
    DESK_OFFICER("Cán bộ một cửa"),
    SPECIALIST("Chuyên viên xử lý"),
    UNIT_HEAD("Trưởng phòng"),
    LEADER("Lãnh đạo cơ quan"),
    CONTROL_OFFICER("Cán bộ kiểm soát TTHC"),
    ADMINISTRATOR("Quản trị hệ thống");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The Vietnamese name shown to people. */
    public String label() {
        return label;
    }

    /**
     * Whether a grant of this role must name an agency. Applicants (citizens, organisations) and system
     * administrators act across agencies; every official acts for one.
     */
    public boolean requiresAgency() {
        return this != APPLICANT && this != ADMINISTRATOR;
    }

    /** The Spring Security authority, e.g. {@code ROLE_DESK_OFFICER}. */
    public String authority() {
        return "ROLE_" + name();
    }
}

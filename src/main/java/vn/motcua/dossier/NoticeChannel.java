package vn.motcua.dossier;

/**
 * A channel on which the applicant asked to be told about the dossier's progress (chosen at online submission or
 * recorded by the desk at intake); messages go only to the addresses the applicant gave ({@link Applicant#email()},
 * {@link Applicant#phone()} for SMS and Zalo).
 */
public enum NoticeChannel {
    EMAIL("Thư điện tử"),
    SMS("Tin nhắn SMS"),
    ZALO("Zalo");

    private final String label;

    NoticeChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

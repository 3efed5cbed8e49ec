package vn.motcua.dossier;

import java.util.Set;
import java.util.stream.Collectors;

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

    /** Whether the applicant gave the address this channel needs: an e-mail, or a phone for SMS and Zalo. */
    public boolean reaches(Applicant applicant) {
        return this == EMAIL ? applicant.email() != null : applicant.phone() != null;
    }

    /** The chosen channels that reach the applicant; null (no choice recorded) stays null. */
    public static Set<NoticeChannel> reaching(Set<NoticeChannel> chosen, Applicant applicant) {
        return chosen == null ? null
                : chosen.stream().filter(c -> c.reaches(applicant)).collect(Collectors.toUnmodifiableSet());
    }
}

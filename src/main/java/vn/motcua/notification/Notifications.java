package vn.motcua.notification;

import java.util.List;

/** The messages sent and the channels' configuration, for administrators and the dossier's detail. */
public interface Notifications {

    /** Whether a channel is on, and where its messages go. */
    record ChannelStatus(NotificationChannel channel, boolean configured, String address, boolean standIn,
            String receivedUrl, String flags) {}

    /** The newest messages first (at most 1,000). */
    List<SentNotification> recent(int limit);

    /** A dossier's (or feedback's) messages, oldest first. */
    List<SentNotification> of(String code);

    /** Each channel's configuration. */
    List<ChannelStatus> channels();

    /** An official's address for the daily digest of their queue. */
    record OfficerAddress(String username, String fullName, String email) {}

    /** The officials who get the daily digest. */
    List<OfficerAddress> officerEmails();

    /**
     * Sets (or, with a blank {@code email}, removes) an official's address for the digest; 400 when the account is
     * unknown, not an official's, or the address is not one.
     */
    void setOfficerEmail(String username, String email);

    /**
     * Queues today's digest now rather than at the scheduled hour (once a day: false when it was queued already or
     * e-mail is off).
     */
    boolean sendDigestNow();
}

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
}

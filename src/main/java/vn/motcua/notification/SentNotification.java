package vn.motcua.notification;

import java.time.Instant;

/**
 * One message to one address, as recorded: what was sent, why ({@code legalBasis}: the service notice it is), and
 * where its delivery stands.
 *
 * @param code        the dossier's code or the feedback's number
 * @param lastAnswer  the provider's last answer, or why the message could not be rendered
 */
public record SentNotification(long id, String code, NotificationEvent event, NotificationChannel channel,
        String recipient, String subject, String body, String legalBasis, NotificationState state, int attempts,
        String lastAnswer, Instant createdAt, Instant deliveredAt, Instant failedAt) {

    /** When it last changed: delivered, failed, or written. */
    public Instant at() {
        return deliveredAt != null ? deliveredAt : failedAt != null ? failedAt : createdAt;
    }
}

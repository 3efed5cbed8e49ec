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

    /**
     * The address as lists show it without revealing it (the personal data stays in the record):
     * {@code an***@example.vn}, {@code 8491****678}.
     */
    public String maskedRecipient() {
        if (recipient == null) {
            return null;
        }
        int at = recipient.indexOf('@');
        if (at >= 0) {
            return recipient.substring(0, Math.min(2, at)) + "***" + recipient.substring(at);
        }
        return recipient.length() <= 7 ? "****" : recipient.substring(0, 4) + "****"
                + recipient.substring(recipient.length() - 3);
    }

    /** When it last changed: delivered, failed, or written. */
    public Instant at() {
        return deliveredAt != null ? deliveredAt : failedAt != null ? failedAt : createdAt;
    }
}

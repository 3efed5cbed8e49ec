package vn.motcua.notification.internal;

import java.time.Clock;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.integration.Delivery;
import vn.motcua.integration.OutboxMessage;
import vn.motcua.integration.OutboxTarget;
import vn.motcua.notification.NotificationState;

/**
 * What the channels' outbox targets share: reading the message, and mirroring each attempt's outcome on the
 * notification's row in the delivery's transaction (DELIVERED; FAILED when refused or after the outbox's last attempt,
 * {@code motcua.integration.outbox.max-attempts}; otherwise PENDING with the provider's answer).
 */
abstract class ChannelTarget implements OutboxTarget {

    /** A message to send; {@code notification} is null for a message to an official (the digest). */
    record Outgoing(Long notification, String code, String to, String subject, String body, String idempotencyKey,
            long outboxId) {}

    private final NotificationRepository repository;
    private final JsonMapper json;
    private final Clock clock;
    private final int maxAttempts;

    ChannelTarget(NotificationRepository repository, JsonMapper json, Clock clock, int maxAttempts) {
        this.repository = repository;
        this.json = json;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
    }

    /** Sends the message; an exception counts as a passing failure. */
    abstract Delivery send(Outgoing message);

    @Override
    public final Delivery deliver(OutboxMessage message) {
        Map<?, ?> payload = json.readValue(message.payload(), Map.class);
        Outgoing outgoing = new Outgoing(payload.get("notification") instanceof Number n ? n.longValue() : null,
                (String) payload.get("code"), (String) payload.get("to"), (String) payload.get("subject"),
                (String) payload.get("body"), message.idempotencyKey(), message.id());
        Delivery delivery;
        try {
            delivery = send(outgoing);
        } catch (RuntimeException e) {
            delivery = Delivery.retry(e.toString());
        }
        NotificationState state = switch (delivery.outcome()) {
            case DELIVERED -> NotificationState.DELIVERED;
            case REJECTED -> NotificationState.FAILED;
            case RETRY -> message.attempts() + 1 >= maxAttempts ? NotificationState.FAILED : NotificationState.PENDING;
        };
        if (outgoing.notification() != null) {
            repository.attempted(outgoing.notification(), state, delivery.answer(), clock.instant());
        }
        return delivery;
    }
}

package vn.motcua.notification.internal;

import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.integration.Delivery;
import vn.motcua.integration.OutboxMessage;
import vn.motcua.integration.OutboxTarget;

/**
 * What the channels' outbox targets share: reading the message, sending it, and mirroring each attempt's outcome on
 * the notification's row ({@link DeliveryRecords}).
 */
abstract class ChannelTarget implements OutboxTarget {

    /** A message to send; {@code notification} is null for a message to an official (the digest). */
    record Outgoing(Long notification, String code, String to, String subject, String body, String idempotencyKey,
            long outboxId) {}

    private final DeliveryRecords records;
    private final JsonMapper json;

    ChannelTarget(DeliveryRecords records, JsonMapper json) {
        this.records = records;
        this.json = json;
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
        if (outgoing.notification() != null) {
            records.record(outgoing.notification(), delivery, message.attempts());
        }
        return delivery;
    }
}

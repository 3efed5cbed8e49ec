package vn.motcua.integration.web;

import java.time.Instant;
import vn.motcua.integration.OutboxEntry;
import vn.motcua.integration.OutboxState;

/** One outbox message: where it is, how often it was tried, and the partner's last answer. */
record OutboxMessageResponse(long id, String target, String orderingKey, String type, String idempotencyKey,
        OutboxState state, int attempts, Instant createdAt, Instant nextAttemptAt, Instant lastAttemptAt,
        Instant deliveredAt, Instant failedAt, String lastAnswer, String payload) {

    static OutboxMessageResponse of(OutboxEntry e) {
        return new OutboxMessageResponse(e.id(), e.target(), e.orderingKey(), e.type(), e.idempotencyKey(), e.state(),
                e.attempts(), e.createdAt(), e.state() == OutboxState.PENDING ? e.nextAttemptAt() : null,
                e.lastAttemptAt(), e.deliveredAt(), e.failedAt(), e.lastAnswer(), e.payload());
    }
}

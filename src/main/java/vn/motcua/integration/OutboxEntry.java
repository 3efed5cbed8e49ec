package vn.motcua.integration;

import java.time.Instant;

/** One outbox message as administrators see it: where it is and what the partner last answered. */
public record OutboxEntry(long id, String target, String orderingKey, String type, String idempotencyKey,
        OutboxState state, int attempts, Instant createdAt, Instant nextAttemptAt, Instant lastAttemptAt,
        Instant deliveredAt, Instant failedAt, String lastAnswer, String payload) {}

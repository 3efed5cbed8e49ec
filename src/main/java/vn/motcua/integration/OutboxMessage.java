package vn.motcua.integration;

import java.time.Instant;

/**
 * A message of the outbox as a target receives it.
 *
 * @param attempts the delivery attempts before this one
 */
public record OutboxMessage(long id, String target, String orderingKey, String type, String payload,
        String idempotencyKey, int attempts, Instant createdAt) {}

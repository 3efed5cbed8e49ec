package vn.motcua.integration.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.integration.OutboxEntry;
import vn.motcua.integration.OutboxMessage;
import vn.motcua.integration.OutboxState;

/** The {@code integration_outbox} table. A line is the messages of one target and ordering key, in id order. */
@Repository
class OutboxRepository {

    private static final int ANSWER_LENGTH = 4000;
    private static final String COLUMNS = "id, target, ordering_key, type, idempotency_key, state, attempts, "
            + "created_at, next_attempt_at, last_attempt_at, delivered_at, failed_at, last_answer, payload";

    private final JdbcClient jdbc;

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String target, String orderingKey, String type, String payload, String idempotencyKey, Instant now) {
        return jdbc.sql("""
                INSERT INTO integration_outbox (target, ordering_key, type, payload, idempotency_key, created_at,
                                                next_attempt_at)
                VALUES (:target, :key, :type, :payload, :idempotencyKey, :now, :now) RETURNING id
                """).param("target", target).param("key", orderingKey, Types.VARCHAR).param("type", type)
                .param("payload", payload).param("idempotencyKey", idempotencyKey)
                .param("now", Timestamp.from(now)).query(Long.class).single();
    }

    Optional<OutboxEntry> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM integration_outbox WHERE id = :id").param("id", id)
                .query(OutboxRepository::entry).optional();
    }

    /**
     * Takes the line of the message until the transaction ends, if no other transaction holds it: deliveries of one
     * line run one after the other, on any instance (a transaction-scoped advisory lock on the line's name). False
     * when the line is being delivered by another job: that one is not waited for.
     */
    boolean tryLockLine(String target, String orderingKey, long id) {
        String line = orderingKey == null ? target + "#" + id : target + "/" + orderingKey;
        return jdbc.sql("SELECT pg_try_advisory_xact_lock(hashtextextended(:line, 19))").param("line", line)
                .query(Boolean.class).single();
    }

    /**
     * The head of a line as the delivering job sees it.
     *
     * @param mergeUntilId the last message of the merged batch recorded for the head before its last delivery
     *                     attempt; null when none was
     */
    record Head(OutboxEntry entry, Long mergeUntilId) {}

    /**
     * The oldest message of the line not yet delivered (pending or failed). Not locked: the caller holds the line
     * ({@link #tryLockLine}), which every delivery of the line takes, and the only other writer of a message, an
     * administrator's {@link #reopen}, changes FAILED messages only, which are never delivered; the head's row must
     * stay unlocked so that {@link #recordBatch} can write it in a transaction of its own.
     */
    Optional<Head> head(String target, String orderingKey, long id) {
        if (orderingKey == null) {
            return jdbc.sql("SELECT " + COLUMNS + ", merge_until_id FROM integration_outbox "
                    + "WHERE id = :id AND state <> 'DELIVERED'").param("id", id).query(OutboxRepository::head)
                    .optional();
        }
        return jdbc.sql("SELECT " + COLUMNS + """
                , merge_until_id FROM integration_outbox
                WHERE target = :target AND ordering_key = :key AND state <> 'DELIVERED'
                ORDER BY id LIMIT 1
                """).param("target", target).param("key", orderingKey).query(OutboxRepository::head).optional();
    }

    /** The messages of the line after {@code id}, in order, at most {@code limit} of them, whatever their state. */
    List<OutboxEntry> following(String target, String orderingKey, long id, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM integration_outbox
                WHERE target = :target AND ordering_key = :key AND id > :id
                ORDER BY id LIMIT :limit
                """).param("target", target).param("key", orderingKey).param("id", id).param("limit", limit)
                .query(OutboxRepository::entry).list();
    }

    /** The messages of the line after {@code id} up to {@code untilId} included, in order (a recorded batch). */
    List<OutboxEntry> recordedBatch(String target, String orderingKey, long id, long untilId) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM integration_outbox
                WHERE target = :target AND ordering_key = :key AND id > :id AND id <= :until
                ORDER BY id
                """).param("target", target).param("key", orderingKey).param("id", id).param("until", untilId)
                .query(OutboxRepository::entry).list();
    }

    /** Records (or, with null, forgets) the batch the head is delivered with: the id of its last message. */
    void recordBatch(long headId, Long untilId) {
        jdbc.sql("UPDATE integration_outbox SET merge_until_id = :until WHERE id = :id").param("id", headId)
                .param("until", untilId, Types.BIGINT).update();
    }

    /** The next pending message of the line after {@code id}, if any. */
    Optional<Long> nextPending(String target, String orderingKey, long id) {
        if (orderingKey == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT id FROM integration_outbox
                WHERE target = :target AND ordering_key = :key AND state = 'PENDING' AND id > :id
                ORDER BY id LIMIT 1
                """).param("target", target).param("key", orderingKey).param("id", id).query(Long.class).optional();
    }

    /** The messages (a head alone or a merged batch) delivered now, all with the partner's answer. */
    void delivered(List<Long> ids, Instant now, String answer) {
        jdbc.sql("""
                UPDATE integration_outbox SET state = 'DELIVERED', attempts = attempts + 1, last_attempt_at = :now,
                       delivered_at = :now, last_answer = :answer WHERE id IN (:ids)
                """).param("ids", ids).param("now", Timestamp.from(now)).param("answer", shorten(answer), Types.VARCHAR)
                .update();
    }

    void failedAttempt(long id, Instant now, Instant next, String answer) {
        jdbc.sql("""
                UPDATE integration_outbox SET attempts = attempts + 1, last_attempt_at = :now, next_attempt_at = :next,
                       last_answer = :answer WHERE id = :id
                """).param("id", id).param("now", Timestamp.from(now)).param("next", Timestamp.from(next))
                .param("answer", shorten(answer), Types.VARCHAR).update();
    }

    void failed(long id, Instant now, String answer) {
        jdbc.sql("""
                UPDATE integration_outbox SET state = 'FAILED', attempts = attempts + 1, last_attempt_at = :now,
                       failed_at = :now, last_answer = :answer WHERE id = :id
                """).param("id", id).param("now", Timestamp.from(now)).param("answer", shorten(answer), Types.VARCHAR)
                .update();
    }

    /** A failed message made pending again, due now, its attempts counted afresh; false when it was not failed. */
    boolean reopen(long id, Instant now) {
        return jdbc.sql("""
                UPDATE integration_outbox SET state = 'PENDING', attempts = 0, failed_at = NULL, next_attempt_at = :now
                WHERE id = :id AND state = 'FAILED'
                """).param("id", id).param("now", Timestamp.from(now)).update() == 1;
    }

    List<OutboxEntry> list(OutboxState state, String target, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM integration_outbox
                WHERE (CAST(:state AS text) IS NULL OR state = :state)
                  AND (CAST(:target AS text) IS NULL OR target = :target)
                ORDER BY id DESC LIMIT :limit
                """).param("state", state == null ? null : state.name(), Types.VARCHAR)
                .param("target", target, Types.VARCHAR).param("limit", limit)
                .query(OutboxRepository::entry).list();
    }

    Map<String, Map<OutboxState, Long>> counts() {
        Map<String, Map<OutboxState, Long>> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT target, state, count(*) FROM integration_outbox GROUP BY target, state ORDER BY target, state")
                .query((rs, n) -> {
                    counts.computeIfAbsent(rs.getString(1), t -> new LinkedHashMap<>())
                            .put(OutboxState.valueOf(rs.getString(2)), rs.getLong(3));
                    return null;
                }).list();
        return counts;
    }

    static OutboxMessage message(OutboxEntry e) {
        return new OutboxMessage(e.id(), e.target(), e.orderingKey(), e.type(), e.payload(), e.idempotencyKey(),
                e.attempts(), e.createdAt());
    }

    private static OutboxEntry entry(ResultSet rs, int row) throws SQLException {
        return new OutboxEntry(rs.getLong("id"), rs.getString("target"), rs.getString("ordering_key"),
                rs.getString("type"), rs.getString("idempotency_key"), OutboxState.valueOf(rs.getString("state")),
                rs.getInt("attempts"), instant(rs, "created_at"), instant(rs, "next_attempt_at"),
                instant(rs, "last_attempt_at"), instant(rs, "delivered_at"), instant(rs, "failed_at"),
                rs.getString("last_answer"), rs.getString("payload"));
    }

    private static Head head(ResultSet rs, int row) throws SQLException {
        long until = rs.getLong("merge_until_id");
        Long recorded = rs.wasNull() ? null : until;
        return new Head(entry(rs, row), recorded);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static String shorten(String answer) {
        if (answer == null) {
            return null;
        }
        return answer.length() <= ANSWER_LENGTH ? answer : answer.substring(0, ANSWER_LENGTH - 1) + "…";
    }
}

package vn.motcua.platform.internal;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.motcua.platform.Jobs;

/**
 * {@link Jobs} on the {@code job} table, and {@code job_once} for the keys of jobs added once; wakes this instance's
 * workers when the enqueueing transaction commits.
 */
@Component
class JobQueue implements Jobs {

    private final JdbcClient jdbc;
    private final JobSignal signal;
    private final Clock clock;

    JobQueue(JdbcClient jdbc, JobSignal signal, Clock clock) {
        this.jdbc = jdbc;
        this.signal = signal;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(String kind, String payload) {
        jdbc.sql("INSERT INTO job (kind, payload, created_at) VALUES (:kind, :payload, :now)")
                .param("kind", kind).param("payload", payload).param("now", Timestamp.from(clock.instant())).update();
        wakeAfterCommit();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(String kind, String payload, java.time.Instant notBefore) {
        jdbc.sql("INSERT INTO job (kind, payload, created_at, run_at) VALUES (:kind, :payload, :now, :runAt)")
                .param("kind", kind).param("payload", payload).param("now", Timestamp.from(clock.instant()))
                .param("runAt", Timestamp.from(notBefore)).update();
    }

    @Override
    @Transactional
    public boolean enqueueOnce(String kind, String key, String payload) {
        // a second insert of the key waits on the first one's row until its transaction ends
        boolean claimed = jdbc.sql("INSERT INTO job_once (kind, key, queued_at) VALUES (:kind, :key, :now) "
                        + "ON CONFLICT (kind, key) DO NOTHING")
                .param("kind", kind).param("key", key).param("now", Timestamp.from(clock.instant())).update() == 1;
        if (claimed) {
            enqueue(kind, payload);
        }
        return claimed;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int cancel(String kind, java.util.Collection<String> payloads) {
        if (payloads.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                DELETE FROM job WHERE id IN (
                    SELECT id FROM job WHERE kind = :kind AND payload IN (:payloads) AND failed_at IS NULL
                    FOR UPDATE SKIP LOCKED)
                """).param("kind", kind).param("payloads", payloads).update();
    }

    private void wakeAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                signal.wake();
            }
        });
    }
}

package vn.motcua.platform.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.platform.JobHandler;

/**
 * Takes one due job of the kinds it has handlers for (an urgent kind's first, {@link JobHandler#urgent}), runs it and
 * removes it, in one transaction: the row stays
 * locked (FOR UPDATE SKIP LOCKED) while it runs, so no other worker, of this instance or another, takes it; a crash
 * rolls everything back and leaves the job due. A failure is written down in a second transaction with the time of
 * the next try (1 s, 2 s, 4 s … at most an hour later); after the last attempt the job is marked failed.
 */
class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
    private static final Duration LONGEST_PAUSE = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Map<String, JobHandler> handlers;
    private final Set<String> urgent;
    private final Clock clock;
    private final int maxAttempts;

    JobRunner(JdbcClient jdbc, TransactionTemplate transactions, List<JobHandler> handlers, Clock clock,
            int maxAttempts) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.handlers = handlers.stream().collect(Collectors.toMap(JobHandler::kind, Function.identity()));
        this.urgent = handlers.stream().filter(JobHandler::urgent).map(JobHandler::kind).collect(Collectors.toSet());
        this.clock = clock;
        this.maxAttempts = maxAttempts;
    }

    private record Job(long id, String kind, String payload, int attempts) {}

    /** Runs one due job, if there is one; true if it found one (whether it succeeded or not). */
    boolean runOne() {
        if (handlers.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        Job[] taken = new Job[1];
        try {
            transactions.executeWithoutResult(status -> {
                Optional<Job> job = take(now);
                if (job.isEmpty()) {
                    return;
                }
                taken[0] = job.get();
                handlers.get(taken[0].kind()).run(taken[0].payload());
                jdbc.sql("DELETE FROM job WHERE id = :id").param("id", taken[0].id()).update();
            });
        } catch (RuntimeException e) {
            if (taken[0] == null) {
                throw e;
            }
            failed(taken[0], now, e);
        }
        return taken[0] != null;
    }

    /** The oldest due job of the urgent kinds, else the oldest due job of any kind this runner handles. */
    private Optional<Job> take(Instant now) {
        return (urgent.isEmpty() ? Optional.<Job>empty() : take(urgent, now)).or(() -> take(handlers.keySet(), now));
    }

    private Optional<Job> take(Set<String> kinds, Instant now) {
        return jdbc.sql("""
                SELECT id, kind, payload, attempts FROM job
                WHERE failed_at IS NULL AND kind IN (:kinds) AND (run_at IS NULL OR run_at <= :now)
                ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED
                """).param("kinds", kinds).param("now", Timestamp.from(now))
                .query((rs, n) -> new Job(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .optional();
    }

    private void failed(Job job, Instant now, RuntimeException error) {
        int attempts = job.attempts() + 1;
        boolean last = attempts >= maxAttempts;
        Duration doubled = Duration.ofSeconds(1L << Math.min(attempts - 1, 12));
        Duration pause = doubled.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : doubled;
        if (last) {
            log.error("Job {} ({}) failed for the last time after {} attempts", job.id(), job.kind(), attempts, error);
        } else {
            log.warn("Job {} ({}) failed (attempt {}), next try in {}", job.id(), job.kind(), attempts, pause, error);
        }
        transactions.executeWithoutResult(status -> jdbc.sql("""
                UPDATE job SET attempts = :attempts, last_error = :error, run_at = :next, failed_at = :failedAt
                WHERE id = :id
                """).param("id", job.id()).param("attempts", attempts).param("error", String.valueOf(error))
                .param("next", Timestamp.from(now.plus(pause)))
                .param("failedAt", last ? Timestamp.from(now) : null, java.sql.Types.TIMESTAMP).update());
    }
}

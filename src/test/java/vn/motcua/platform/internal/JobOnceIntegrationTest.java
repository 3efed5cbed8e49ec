package vn.motcua.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.platform.Jobs;
import vn.motcua.support.IntegrationTest;

/**
 * {@link Jobs#enqueueOnce} on the real database: a key is claimed with its job, once. Each test uses job kinds of its
 * own, which no worker of the application takes, so the jobs it queues stay in the table to be counted.
 */
@IntegrationTest
class JobOnceIntegrationTest {

    @Autowired
    Jobs jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    private final String kind = "test.once." + UUID.randomUUID();
    private final String otherKind = kind + ".other";

    @AfterEach
    void removeTheTestJobs() {
        for (String table : List.of("job", "job_once")) {
            jdbc.sql("DELETE FROM " + table + " WHERE kind IN (:kinds)").param("kinds", List.of(kind, otherKind))
                    .update();
        }
    }

    private List<String> queued(String kind) {
        return jdbc.sql("SELECT payload FROM job WHERE kind = :kind ORDER BY id").param("kind", kind)
                .query(String.class).list();
    }

    private long claims(String kind) {
        return jdbc.sql("SELECT count(*) FROM job_once WHERE kind = :kind").param("kind", kind).query(Long.class)
                .single();
    }

    @Test
    void aKeyQueuesItsJobOnceAndEachOtherKeyOrKindQueuesItsOwn() {
        assertThat(jobs.enqueueOnce(kind, "2026-12-06", "first day")).as("outside a transaction: one of its own")
                .isTrue();
        assertThat(jobs.enqueueOnce(kind, "2026-12-07", "second day")).isTrue();
        assertThat(jobs.enqueueOnce(kind, "2026-12-06", "first day again")).isFalse();
        assertThat(jobs.enqueueOnce(otherKind, "2026-12-06", "other kind")).isTrue();

        assertThat(queued(kind)).containsExactly("first day", "second day");
        assertThat(queued(otherKind)).containsExactly("other kind");
        assertThat(claims(kind)).isEqualTo(2);
    }

    @Test
    void aClaimInATransactionThatRollsBackLeavesNoClaimAndNoJob() {
        Boolean claimed = transactions.execute(status -> {
            boolean result = jobs.enqueueOnce(kind, "2026-12-06", "rolled back");
            status.setRollbackOnly();
            return result;
        });
        assertThat(claimed).isTrue();
        assertThat(claims(kind)).isZero();
        assertThat(queued(kind)).isEmpty();

        assertThat(jobs.enqueueOnce(kind, "2026-12-06", "after the rollback")).isTrue();
        assertThat(queued(kind)).containsExactly("after the rollback");
    }

    @Test
    void ofTwoTransactionsClaimingOneKeyAtOnceTheFirstQueuesTheJobAndTheSecondNothing() throws Exception {
        assertThat(race(true)).containsExactly(true, false);
        assertThat(queued(kind)).containsExactly("first");
        assertThat(claims(kind)).isOne();
    }

    @Test
    void aClaimWaitingOnOneThatRollsBackQueuesTheJobItself() throws Exception {
        assertThat(race(false)).containsExactly(true, true);
        assertThat(queued(kind)).containsExactly("second");
        assertThat(claims(kind)).isOne();
    }

    /**
     * Two transactions on two connections claim one key: the first claims it and stays open until the second is
     * seen waiting for it in the database, then commits (or rolls back); returns what each call answered.
     */
    private List<Boolean> race(boolean firstCommits) throws Exception {
        String key = "2026-12-06";
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch secondWaits = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = pool.submit(() -> transactions.execute(status -> {
                boolean claimed = jobs.enqueueOnce(kind, key, "first");
                firstClaimed.countDown();
                try {
                    secondWaits.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                if (!firstCommits) {
                    status.setRollbackOnly();
                }
                return claimed;
            }));
            assertThat(firstClaimed.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Boolean> second = pool.submit(() -> transactions.execute(status ->
                    jobs.enqueueOnce(kind, key, "second")));
            awaitAClaimWaitingForALock();
            secondWaits.countDown();
            return List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
        } finally {
            secondWaits.countDown();
            pool.shutdownNow();
        }
    }

    private void awaitAClaimWaitingForALock() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (jdbc.sql("""
                SELECT count(*) FROM pg_stat_activity
                WHERE wait_event_type = 'Lock' AND query LIKE 'INSERT INTO job_once%'
                """).query(Long.class).single() == 0) {
            assertThat(System.nanoTime()).as("the second claim waits for the first").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}

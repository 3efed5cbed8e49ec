package vn.motcua.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.platform.JobHandler;
import vn.motcua.platform.Jobs;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.MutableClock;

/**
 * The job queue on the real database. Each test uses a job kind of its own, which the application's workers have no
 * handler for, and runs it with runners it builds, as other instances would.
 */
@IntegrationTest
class JobQueueIntegrationTest {

    @Autowired
    Jobs jobs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MutableClock clock;

    private final String kind = "test." + UUID.randomUUID();

    private JobHandler handler(Consumer<String> run) {
        return new JobHandler() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public void run(String payload) {
                run.accept(payload);
            }
        };
    }

    private JobRunner runner(int maxAttempts, Consumer<String> run) {
        return new JobRunner(jdbc, transactions, List.of(handler(run)), clock, maxAttempts);
    }

    private void enqueue(String payload) {
        transactions.executeWithoutResult(status -> jobs.enqueue(kind, payload));
    }

    private long queued() {
        return jdbc.sql("SELECT count(*) FROM job WHERE kind = :kind").param("kind", kind).query(Long.class).single();
    }

    @Test
    void aJobExistsOnlyIfItsTransactionCommits() {
        transactions.executeWithoutResult(status -> {
            jobs.enqueue(kind, "rolled back");
            status.setRollbackOnly();
        });
        enqueue("committed");
        List<String> ran = new ArrayList<>();
        JobRunner runner = runner(3, ran::add);
        while (runner.runOne()) {
            // until the queue is empty
        }
        assertThat(ran).containsExactly("committed");
        assertThat(queued()).isZero();
    }

    @Test
    void twoWorkersRunEveryJobExactlyOnce() throws Exception {
        int count = 300;
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < count; i++) {
                jobs.enqueue(kind, String.valueOf(i));
            }
        });
        Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
        Map<String, String> by = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (String name : List.of("A", "B")) {
            JobRunner runner = runner(3, payload -> {
                runs.computeIfAbsent(payload, p -> new AtomicInteger()).incrementAndGet();
                by.put(payload, name);
            });
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                while (runner.runOne()) {
                    // until the queue is empty
                }
            });
            worker.start();
            workers.add(worker);
        }
        start.countDown();
        for (Thread worker : workers) {
            worker.join(60_000);
        }
        assertThat(runs).hasSize(count);
        assertThat(runs.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
        assertThat(by.values()).as("both workers took jobs").contains("A", "B");
        assertThat(queued()).isZero();
    }

    @Test
    void aFailedRunRollsBackWhatItWroteAndIsRetriedLaterUntilItSucceeds() {
        enqueue("flaky");
        AtomicInteger calls = new AtomicInteger();
        String sideEffect = kind + ".side-effect";
        JobRunner runner = runner(5, payload -> {
            jdbc.sql("INSERT INTO job (kind, payload, created_at) VALUES (:kind, 'x', now())")
                    .param("kind", sideEffect).update();
            if (calls.incrementAndGet() < 3) {
                throw new IllegalStateException("renderer crashed");
            }
        });
        assertThat(runner.runOne()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM job WHERE kind = :kind").param("kind", sideEffect)
                .query(Long.class).single()).as("the failed run's writes are rolled back").isZero();
        var row = jdbc.sql("SELECT attempts, last_error FROM job WHERE kind = :kind").param("kind", kind)
                .query((rs, n) -> List.of(rs.getInt(1), rs.getString(2))).single();
        assertThat(row.get(0)).isEqualTo(1);
        assertThat((String) row.get(1)).contains("renderer crashed");
        assertThat(runner.runOne()).as("not due again before its pause").isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(runner.runOne()).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(runner.runOne()).as("the second pause is longer").isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(runner.runOne()).isTrue();
        assertThat(calls.get()).isEqualTo(3);
        assertThat(queued()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM job WHERE kind = :kind").param("kind", sideEffect)
                .query(Long.class).single()).as("the successful run's write stays").isOne();
        jdbc.sql("DELETE FROM job WHERE kind = :kind").param("kind", sideEffect).update();
    }

    @Test
    void aJobThatKeepsFailingIsLeftAsFailedAfterItsLastAttempt() {
        enqueue("hopeless");
        JobRunner runner = runner(2, payload -> {
            throw new IllegalStateException("always");
        });
        assertThat(runner.runOne()).isTrue();
        clock.advance(Duration.ofHours(2));
        assertThat(runner.runOne()).isTrue();
        clock.advance(Duration.ofHours(2));
        assertThat(runner.runOne()).isFalse();
        assertThat(jdbc.sql("SELECT attempts FROM job WHERE kind = :kind AND failed_at IS NOT NULL")
                .param("kind", kind).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void anUrgentJobIsTakenBeforeTheOthersQueuedAheadOfIt() {
        String urgentKind = kind + ".urgent";
        List<String> ran = new ArrayList<>();
        JobHandler urgent = new JobHandler() {
            @Override
            public String kind() {
                return urgentKind;
            }

            @Override
            public void run(String payload) {
                ran.add(payload);
            }

            @Override
            public boolean urgent() {
                return true;
            }
        };
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < 50; i++) {
                jobs.enqueue(kind, "delivery " + i);
            }
            jobs.enqueue(urgentKind, "receipt slip");
        });
        JobRunner runner = new JobRunner(jdbc, transactions, List.of(handler(ran::add), urgent), clock, 3);
        assertThat(runner.runOne()).isTrue();
        assertThat(ran).containsExactly("receipt slip");
        while (runner.runOne()) {
            // the deliveries, in their order
        }
        assertThat(ran).hasSize(51).endsWith("delivery 49");
        assertThat(ran.get(1)).isEqualTo("delivery 0");
    }
}

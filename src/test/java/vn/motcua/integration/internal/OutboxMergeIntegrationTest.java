package vn.motcua.integration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.integration.Delivery;
import vn.motcua.integration.OutboxMessage;
import vn.motcua.integration.OutboxTarget;
import vn.motcua.platform.Jobs;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.MutableClock;

/**
 * The outbox's merged deliveries on the real table, with a target of its own (payloads merge by joining them with
 * "+", a payload starting with "alone" never merges) and a job queue that only records: the job runs here, in a
 * transaction as a worker's would, which the test may roll back to play a crash after the partner took the delivery.
 */
@IntegrationTest
class OutboxMergeIntegrationTest {

    private static final String TARGET = "merge-test";

    @Autowired
    OutboxRepository repository;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    private final List<OutboxMessage> sent = new ArrayList<>();
    private final List<String> enqueued = new ArrayList<>();
    private final List<String> cancelled = new ArrayList<>();
    private final List<Instant> notBefore = new ArrayList<>();
    private Function<OutboxMessage, Delivery> answer = m -> Delivery.delivered("ok " + m.payload());
    private final String line = "line-" + UUID.randomUUID();

    private final OutboxTarget target = new OutboxTarget() {
        @Override
        public String name() {
            return TARGET;
        }

        @Override
        public Delivery deliver(OutboxMessage message) {
            sent.add(message);
            return answer.apply(message);
        }

        @Override
        public Optional<OutboxMessage> merge(OutboxMessage earlier, OutboxMessage later) {
            if (later.payload().startsWith("alone")) {
                return Optional.empty();
            }
            return Optional.of(new OutboxMessage(earlier.id(), earlier.target(), earlier.orderingKey(), earlier.type(),
                    earlier.payload() + "+" + later.payload(), earlier.idempotencyKey(), earlier.attempts(),
                    earlier.createdAt()));
        }
    };

    private final Jobs jobs = new Jobs() {
        @Override
        public void enqueue(String kind, String payload) {
            enqueued.add(payload);
        }

        @Override
        public void enqueue(String kind, String payload, Instant at) {
            enqueued.add(payload);
            notBefore.add(at);
        }

        @Override
        public boolean enqueueOnce(String kind, String key, String payload) {
            throw new UnsupportedOperationException("the outbox never adds a job once");
        }

        @Override
        public int cancel(String kind, Collection<String> payloads) {
            cancelled.addAll(payloads);
            return payloads.size();
        }
    };

    @AfterEach
    void removeTheTestLines() {
        jdbc.sql("DELETE FROM integration_outbox WHERE target = :target").param("target", TARGET).update();
    }

    private OutboxService outbox(int mergeLimit) {
        return new OutboxService(repository, jobs, List.of(target),
                new OutboxProperties(3, Duration.ofSeconds(2), Duration.ofHours(1), mergeLimit), clock, transactions);
    }

    private long add(String payload) {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        return tx.execute(status -> repository.insert(TARGET, line, "test", payload, UUID.randomUUID().toString(),
                clock.instant()));
    }

    /** Runs the job of message {@code id} as a worker does, in one transaction (rolled back when {@code crash}). */
    private void run(OutboxService outbox, long id, boolean crash) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            outbox.run(Long.toString(id));
            if (crash) {
                status.setRollbackOnly();
            }
        });
    }

    private String state(long id) {
        return repository.find(id).orElseThrow().state().name();
    }

    private Long mergeUntil(long id) {
        return jdbc.sql("SELECT merge_until_id FROM integration_outbox WHERE id = :id").param("id", id)
                .query(Long.class).optional().orElse(null);
    }

    @Test
    void pendingMessagesOfALineGoAsOneDeliveryAndAreAllMarkedDelivered() {
        long first = add("m1");
        long second = add("m2");
        long third = add("m3");
        String headKey = repository.find(first).orElseThrow().idempotencyKey();

        run(outbox(20), second, false);

        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).payload()).isEqualTo("m1+m2+m3");
        assertThat(sent.get(0).id()).isEqualTo(first);
        assertThat(sent.get(0).idempotencyKey()).isEqualTo(headKey + ":upto:" + third);
        for (long id : List.of(first, second, third)) {
            assertThat(state(id)).isEqualTo("DELIVERED");
            assertThat(repository.find(id).orElseThrow().lastAnswer()).isEqualTo("ok m1+m2+m3");
        }
        assertThat(cancelled).as("the jobs of the others, not the running one").containsExactlyInAnyOrder(
                Long.toString(first), Long.toString(third));
        assertThat(enqueued).isEmpty();

        // idle again: a lone message goes alone with its own key, and records no batch
        long fourth = add("m4");
        run(outbox(20), fourth, false);
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).payload()).isEqualTo("m4");
        assertThat(sent.get(1).idempotencyKey()).isEqualTo(repository.find(fourth).orElseThrow().idempotencyKey());
        assertThat(mergeUntil(fourth)).isNull();
    }

    @Test
    void aJobFindingItsLineBeingDeliveredLooksAgainShortlyInsteadOfWaiting() throws Exception {
        long message = add("m1");
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            var delivering = other.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                assertThat(repository.tryLockLine(TARGET, line, message)).isTrue();
                held.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            held.await();
            long started = System.nanoTime();
            run(outbox(20), message, false);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
            assertThat(sent).as("nothing sent while the line is taken").isEmpty();
            assertThat(state(message)).isEqualTo("PENDING");
            assertThat(enqueued).containsExactly(Long.toString(message));
            assertThat(notBefore).containsExactly(clock.instant().plus(OutboxService.LINE_BUSY_PAUSE));
            release.countDown();
            delivering.get();
        } finally {
            release.countDown();
            other.shutdown();
        }
        run(outbox(20), message, false);
        assertThat(sent).extracting(OutboxMessage::payload).containsExactly("m1");
        assertThat(state(message)).isEqualTo("DELIVERED");
    }

    @Test
    void theMergeLimitBoundsABatchAndTheNextPendingMessageGetsAJob() {
        long first = add("m1");
        add("m2");
        long third = add("m3");
        long fourth = add("m4");
        add("m5");

        run(outbox(3), first, false);

        assertThat(sent).extracting(OutboxMessage::payload).containsExactly("m1+m2+m3");
        assertThat(state(third)).isEqualTo("DELIVERED");
        assertThat(state(fourth)).isEqualTo("PENDING");
        assertThat(enqueued).containsExactly(Long.toString(fourth));
    }

    @Test
    void aMergeLimitOfOneSendsEveryMessageAlone() {
        long first = add("m1");
        long second = add("m2");
        OutboxService outbox = outbox(1);

        run(outbox, first, false);
        run(outbox, second, false);

        assertThat(sent).extracting(OutboxMessage::payload).containsExactly("m1", "m2");
        assertThat(sent).extracting(OutboxMessage::idempotencyKey).doesNotContain(
                repository.find(first).orElseThrow().idempotencyKey() + ":upto:" + second);
        assertThat(mergeUntil(first)).isNull();
        assertThat(cancelled).isEmpty();
    }

    @Test
    void aMessageTheTargetDoesNotMergeEndsTheBatchAndWaitsForItsTurn() {
        long first = add("m1");
        long second = add("m2");
        long third = add("alone-m3");
        add("m4");

        run(outbox(20), first, false);

        assertThat(sent).extracting(OutboxMessage::payload).containsExactly("m1+m2");
        assertThat(state(second)).isEqualTo("DELIVERED");
        assertThat(state(third)).isEqualTo("PENDING");
        assertThat(enqueued).containsExactly(Long.toString(third));

        run(outbox(20), third, false);
        assertThat(sent).extracting(OutboxMessage::payload).containsExactly("m1+m2", "alone-m3+m4");
    }

    @Test
    void aTargetThatDoesNotMergeGetsEveryMessageAloneWithItsOwnKeyAndTheNextMessageAJob() {
        OutboxTarget plain = new OutboxTarget() {
            @Override
            public String name() {
                return TARGET;
            }

            @Override
            public Delivery deliver(OutboxMessage message) {
                sent.add(message);
                return Delivery.delivered("ok");
            }
        };
        OutboxService outbox = new OutboxService(repository, jobs, List.of(plain),
                new OutboxProperties(3, Duration.ofSeconds(2), Duration.ofHours(1), 20), clock, transactions);
        long first = add("m1");
        long second = add("m2");

        run(outbox, first, false);

        assertThat(sent).extracting(OutboxMessage::payload).containsExactly("m1");
        assertThat(sent.get(0).idempotencyKey()).isEqualTo(repository.find(first).orElseThrow().idempotencyKey());
        assertThat(state(second)).isEqualTo("PENDING");
        assertThat(mergeUntil(first)).isNull();
        assertThat(enqueued).containsExactly(Long.toString(second));
        assertThat(cancelled).isEmpty();
    }

    @Test
    void aCrashAfterThePartnerTookAMergedDeliveryRetriesTheSameBatchWithTheSameKey() {
        long first = add("m1");
        long second = add("m2");
        long third = add("m3");

        run(outbox(20), first, true);

        assertThat(sent).hasSize(1);
        assertThat(state(first)).as("rolled back").isEqualTo("PENDING");
        assertThat(mergeUntil(first)).as("the batch was committed before the call").isEqualTo(third);

        long joined = add("m4");
        run(outbox(20), first, false);

        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).payload()).isEqualTo(sent.get(0).payload()).isEqualTo("m1+m2+m3");
        assertThat(sent.get(1).idempotencyKey()).isEqualTo(sent.get(0).idempotencyKey());
        assertThat(List.of(state(first), state(second), state(third))).containsOnly("DELIVERED");
        assertThat(state(joined)).isEqualTo("PENDING");
        assertThat(enqueued).containsExactly(Long.toString(joined));
    }

    @Test
    void aPassingFailureOfAMergedDeliveryIsRecordedOnTheHeadAndTheRetrySendsTheSameBatch() {
        long first = add("m1");
        long second = add("m2");
        answer = m -> Delivery.retry("HTTP 503");

        run(outbox(20), first, false);

        assertThat(repository.find(first).orElseThrow().attempts()).isEqualTo(1);
        assertThat(repository.find(first).orElseThrow().lastAnswer()).isEqualTo("HTTP 503");
        assertThat(repository.find(second).orElseThrow().attempts()).isZero();
        assertThat(enqueued).containsExactly(Long.toString(first));

        add("m3");
        answer = m -> Delivery.delivered("ok");
        run(outbox(20), first, false);
        assertThat(state(first)).as("the line waits for its next try").isEqualTo("PENDING");
        clock.advance(Duration.ofSeconds(3));
        run(outbox(20), first, false);

        assertThat(sent).extracting(OutboxMessage::payload).containsExactly("m1+m2", "m1+m2");
        assertThat(sent.get(1).idempotencyKey()).isEqualTo(sent.get(0).idempotencyKey());
        assertThat(state(second)).isEqualTo("DELIVERED");
    }

    @Test
    void aRefusedMergedDeliveryFallsBackToTheHeadAlone() {
        long first = add("m1");
        long second = add("m2");
        long third = add("m3");
        answer = m -> m.payload().contains("+") ? Delivery.rejected("refused merged") : Delivery.delivered("ok alone");

        run(outbox(20), first, false);

        assertThat(sent).extracting(OutboxMessage::payload).containsExactly("m1+m2+m3", "m1");
        assertThat(sent.get(1).idempotencyKey()).isEqualTo(repository.find(first).orElseThrow().idempotencyKey());
        assertThat(state(first)).isEqualTo("DELIVERED");
        assertThat(repository.find(first).orElseThrow().lastAnswer()).isEqualTo("ok alone");
        assertThat(List.of(state(second), state(third))).containsOnly("PENDING");
        assertThat(mergeUntil(first)).isNull();
        assertThat(enqueued).containsExactly(Long.toString(second));
    }

    @Test
    void aRefusalOfTheHeadAloneAfterARefusedMergeFailsTheHeadOnlyAndHoldsTheLine() {
        long first = add("m1");
        long second = add("m2");
        answer = m -> Delivery.rejected("refused " + m.payload());

        run(outbox(20), first, false);

        assertThat(sent).extracting(OutboxMessage::payload).containsExactly("m1+m2", "m1");
        assertThat(state(first)).isEqualTo("FAILED");
        assertThat(repository.find(first).orElseThrow().lastAnswer()).isEqualTo("refused m1");
        assertThat(state(second)).isEqualTo("PENDING");
        assertThat(enqueued).isEmpty();
    }
}

package vn.motcua.integration.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.integration.Delivery;
import vn.motcua.integration.Outbox;
import vn.motcua.integration.OutboxEntry;
import vn.motcua.integration.OutboxMessage;
import vn.motcua.integration.OutboxMonitor;
import vn.motcua.integration.OutboxState;
import vn.motcua.integration.OutboxTarget;
import vn.motcua.platform.JobHandler;
import vn.motcua.platform.Jobs;
import vn.motcua.shared.ProblemException;

/**
 * The outbox on the platform job queue. Enqueueing writes the message and one job ({@value #KIND}, payload the
 * message id) in the caller's transaction. Running a job delivers the head of the message's line (the oldest message
 * of the same target and ordering key not yet delivered), under a lock on the line so that deliveries of one dossier
 * never overlap, on any instance (a job finding the line taken looks again {@link #LINE_BUSY_PAUSE} later instead of
 * waiting); the job's own row is taken with FOR UPDATE SKIP LOCKED by the queue. A delivered
 * head enqueues a job for the next pending message of its line; a failed attempt records the partner's answer and
 * enqueues a job at the time of the next try (back-off doubling from {@code first-retry}); the last attempt leaves the
 * message FAILED, holding its line until an administrator sends it again. The target runs inside the job's
 * transaction: what it writes (the dossier's sync record) commits with the DELIVERED mark, and a crash before that
 * commit sends the message again, with the same idempotency key.
 *
 * <p>Under load a line holds several pending messages: the job then delivers the head merged with the pending, due
 * messages that follow it, as far as the target merges them ({@link OutboxTarget#merge}, at most {@code merge-limit}
 * messages), as one delivery whose key is the head's suffixed with the last merged id; DELIVERED marks them all. The
 * batch (its last id) is recorded on the head in a transaction of its own, committed before the call, so that a retry
 * after a crash or a passing failure sends the same messages with the same key. A merged delivery the target refuses
 * is not attributed to any message: the head is sent alone at once, as without merging.
 */
@Service
class OutboxService implements Outbox, OutboxMonitor, JobHandler {

    static final String KIND = "integration.outbox.deliver";
    /** How long a job finding its line being delivered by another waits before it looks again. */
    static final Duration LINE_BUSY_PAUSE = Duration.ofMillis(200);
    private static final Logger log = LoggerFactory.getLogger(OutboxService.class);

    private final OutboxRepository repository;
    private final Jobs jobs;
    private final Map<String, OutboxTarget> targets;
    private final OutboxProperties properties;
    private final Clock clock;
    /** A short transaction of its own, committed before the call: the record of a merged batch. */
    private final TransactionTemplate separately;

    OutboxService(OutboxRepository repository, Jobs jobs, List<OutboxTarget> targets, OutboxProperties properties,
            Clock clock, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.jobs = jobs;
        this.targets = targets.stream().collect(Collectors.toMap(OutboxTarget::name, Function.identity()));
        this.properties = properties;
        this.clock = clock;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.separately.setTimeout(10);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(Message message) {
        long id = repository.insert(message.target(), message.orderingKey(), message.type(), message.payload(),
                UUID.randomUUID().toString(), clock.instant());
        jobs.enqueue(KIND, Long.toString(id));
        return id;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(String payload) {
        Optional<OutboxEntry> message = repository.find(Long.parseLong(payload));
        if (message.isEmpty()) {
            return;
        }
        OutboxEntry m = message.get();
        Instant now = clock.instant();
        if (!repository.tryLockLine(m.target(), m.orderingKey(), m.id())) {
            // another job is delivering this line, likely this message merged with its head: look again shortly,
            // rather than hold a worker (and the receipts behind it) until that delivery commits
            jobs.enqueue(KIND, payload, now.plus(LINE_BUSY_PAUSE));
            return;
        }
        OutboxRepository.Head line = repository.head(m.target(), m.orderingKey(), m.id()).orElse(null);
        if (line == null || line.entry().state() == OutboxState.FAILED || line.entry().nextAttemptAt().isAfter(now)) {
            // nothing to send, or the line waits for an administrator or for the job of its next try
            return;
        }
        OutboxEntry head = line.entry();
        OutboxTarget target = targets.get(head.target());
        Batch batch = batch(target, line, now);
        Delivery delivery = deliver(target, batch.message());
        if (batch.merged() && delivery.outcome() == Delivery.Outcome.REJECTED) {
            // a refusal is always one message's: the head goes alone, at once, and answers for itself
            log.info("Merged outbox delivery of messages {}..{} to {} refused; sending message {} alone: {}",
                    head.id(), batch.lastId(), head.target(), head.id(), delivery.answer());
            repository.recordBatch(head.id(), null);
            batch = Batch.alone(head);
            delivery = deliver(target, batch.message());
        }
        switch (delivery.outcome()) {
            case DELIVERED -> {
                List<Long> ids = batch.members().stream().map(OutboxEntry::id).toList();
                repository.delivered(ids, now, delivery.answer());
                if (batch.merged()) {
                    // the jobs of the merged messages have nothing left to do (one still running finds nothing)
                    jobs.cancel(KIND, ids.stream().map(String::valueOf).filter(id -> !id.equals(payload)).toList());
                }
                repository.nextPending(head.target(), head.orderingKey(), batch.lastId())
                        .ifPresent(next -> jobs.enqueue(KIND, Long.toString(next)));
            }
            case RETRY -> {
                // a merged batch stays recorded on the head: the next try sends the same messages with the same key
                int attempts = head.attempts() + 1;
                if (attempts >= properties.maxAttempts()) {
                    log.warn("Outbox message {} to {} failed for the last time ({} attempts): {}", head.id(),
                            head.target(), attempts, delivery.answer());
                    repository.failed(head.id(), now, delivery.answer());
                } else {
                    Instant next = now.plus(properties.pauseAfter(attempts));
                    log.info("Outbox message {} to {} not delivered (attempt {}), next try at {}: {}", head.id(),
                            head.target(), attempts, next, OutboxRepository.shorten(delivery.answer()));
                    repository.failedAttempt(head.id(), now, next, delivery.answer());
                    jobs.enqueue(KIND, Long.toString(head.id()), next);
                }
            }
            case REJECTED -> {
                log.warn("Outbox message {} refused by {}: {}", head.id(), head.target(), delivery.answer());
                repository.failed(head.id(), now, delivery.answer());
            }
        }
    }

    /**
     * What goes out for the head: the head alone, or the head merged with the messages following it in its line. A
     * batch recorded on the head (a delivery of it was attempted) is merged again exactly, whatever joined the line
     * since; otherwise the following messages that are pending and due are folded in while the target merges them,
     * up to {@code merge-limit} messages in all, and a batch of more than one is recorded on the head, committed
     * before the call, so that a crash after the partner took it retries the same batch with the same key.
     */
    private Batch batch(OutboxTarget target, OutboxRepository.Head line, Instant now) {
        OutboxEntry head = line.entry();
        Long recorded = line.mergeUntilId();
        if (target == null || head.orderingKey() == null || (recorded == null && properties.mergeLimit() < 2)) {
            return Batch.alone(head);
        }
        List<OutboxEntry> following = recorded != null
                ? repository.recordedBatch(head.target(), head.orderingKey(), head.id(), recorded)
                : repository.following(head.target(), head.orderingKey(), head.id(), properties.mergeLimit() - 1);
        List<OutboxEntry> members = new ArrayList<>(List.of(head));
        OutboxMessage merged = OutboxRepository.message(head);
        for (OutboxEntry next : following) {
            if (next.state() != OutboxState.PENDING || (recorded == null && next.nextAttemptAt().isAfter(now))) {
                break;
            }
            Optional<OutboxMessage> both = merge(target, merged, next);
            if (both.isEmpty()) {
                break;
            }
            merged = both.get();
            members.add(next);
        }
        if (members.size() == 1) {
            if (recorded != null) {
                log.warn("Outbox message {}: its recorded batch up to {} no longer merges; sent alone", head.id(),
                        recorded);
                repository.recordBatch(head.id(), null);
            }
            return Batch.alone(head);
        }
        long last = members.get(members.size() - 1).id();
        if (recorded == null || recorded != last) {
            if (recorded != null) {
                log.warn("Outbox message {}: its recorded batch up to {} merges only up to {}", head.id(), recorded,
                        last);
            }
            try {
                separately.executeWithoutResult(status -> repository.recordBatch(head.id(), last));
            } catch (RuntimeException e) {
                log.warn("Outbox message {}: could not record its merged batch; sent alone", head.id(), e);
                return Batch.alone(head);
            }
        }
        OutboxMessage keyed = new OutboxMessage(merged.id(), merged.target(), merged.orderingKey(), merged.type(),
                merged.payload(), mergedKey(head.idempotencyKey(), last), head.attempts(), head.createdAt());
        return new Batch(members, keyed);
    }

    /** The target's merge of two messages; none when it does not merge them or fails to. */
    private static Optional<OutboxMessage> merge(OutboxTarget target, OutboxMessage earlier, OutboxEntry later) {
        try {
            Optional<OutboxMessage> both = target.merge(earlier, OutboxRepository.message(later));
            return both == null ? Optional.empty() : both;
        } catch (RuntimeException e) {
            log.warn("Outbox target {} could not merge message {} into {}", target.name(), later.id(), earlier.id(), e);
            return Optional.empty();
        }
    }

    /** The idempotency key of the head's delivery merged up to message {@code lastId}: the same on every retry. */
    static String mergedKey(String headKey, long lastId) {
        return headKey + ":upto:" + lastId;
    }

    /** The messages delivered as one, the head first, and what is sent for them. */
    private record Batch(List<OutboxEntry> members, OutboxMessage message) {

        static Batch alone(OutboxEntry head) {
            return new Batch(List.of(head), OutboxRepository.message(head));
        }

        boolean merged() {
            return members.size() > 1;
        }

        long lastId() {
            return members.get(members.size() - 1).id();
        }
    }

    private Delivery deliver(OutboxTarget target, OutboxMessage message) {
        if (target == null) {
            return Delivery.retry("Đích gửi \"" + message.target() + "\" chưa được cấu hình trên máy chủ này.");
        }
        try {
            Delivery delivery = target.deliver(message);
            return delivery == null ? Delivery.retry("Đích gửi không trả lời kết quả") : delivery;
        } catch (RuntimeException e) {
            return Delivery.retry(e.toString());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<OutboxEntry> list(OutboxState state, String target, int limit) {
        if (limit < 1 || limit > 1000) {
            throw ProblemException.invalidField("limit", "Số tin cần lấy phải từ 1 đến 1000");
        }
        return repository.list(state, target == null || target.isBlank() ? null : target.strip(), limit);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Map<OutboxState, Long>> counts() {
        return repository.counts();
    }

    @Override
    public List<String> targets() {
        return targets.keySet().stream().sorted().toList();
    }

    @Override
    @Transactional
    public OutboxEntry retry(long id, String actor) {
        OutboxEntry entry = repository.find(id)
                .orElseThrow(() -> ProblemException.notFound("Không tìm thấy tin gửi đi số " + id));
        if (!repository.reopen(id, clock.instant())) {
            throw ProblemException.conflict("Tin số " + id + " đang ở trạng thái \"" + entry.state().label()
                    + "\"; chỉ gửi lại được tin gửi không thành công.");
        }
        log.info("Outbox message {} to {} sent again by {}", id, entry.target(), actor);
        jobs.enqueue(KIND, Long.toString(id));
        return repository.find(id).orElseThrow();
    }
}

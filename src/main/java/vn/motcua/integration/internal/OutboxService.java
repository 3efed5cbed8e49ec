package vn.motcua.integration.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.integration.Delivery;
import vn.motcua.integration.Outbox;
import vn.motcua.integration.OutboxEntry;
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
 * never overlap, on any instance; the job's own row is taken with FOR UPDATE SKIP LOCKED by the queue. A delivered
 * head enqueues a job for the next pending message of its line; a failed attempt records the partner's answer and
 * enqueues a job at the time of the next try (back-off doubling from {@code first-retry}); the last attempt leaves the
 * message FAILED, holding its line until an administrator sends it again. The target runs inside the job's
 * transaction: what it writes (the dossier's sync record) commits with the DELIVERED mark, and a crash before that
 * commit sends the message again, with the same idempotency key.
 */
@Service
class OutboxService implements Outbox, OutboxMonitor, JobHandler {

    static final String KIND = "integration.outbox.deliver";
    private static final Logger log = LoggerFactory.getLogger(OutboxService.class);

    private final OutboxRepository repository;
    private final Jobs jobs;
    private final Map<String, OutboxTarget> targets;
    private final OutboxProperties properties;
    private final Clock clock;

    OutboxService(OutboxRepository repository, Jobs jobs, List<OutboxTarget> targets, OutboxProperties properties,
            Clock clock) {
        this.repository = repository;
        this.jobs = jobs;
        this.targets = targets.stream().collect(Collectors.toMap(OutboxTarget::name, Function.identity()));
        this.properties = properties;
        this.clock = clock;
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
        repository.lockLine(m.target(), m.orderingKey(), m.id());
        Instant now = clock.instant();
        OutboxEntry head = repository.head(m.target(), m.orderingKey(), m.id()).orElse(null);
        if (head == null || head.state() == OutboxState.FAILED || head.nextAttemptAt().isAfter(now)) {
            // nothing to send, or the line waits for an administrator or for the job of its next try
            return;
        }
        Delivery delivery = deliver(head);
        switch (delivery.outcome()) {
            case DELIVERED -> {
                repository.delivered(head.id(), now, delivery.answer());
                repository.nextPending(head.target(), head.orderingKey(), head.id())
                        .ifPresent(next -> jobs.enqueue(KIND, Long.toString(next)));
            }
            case RETRY -> {
                int attempts = head.attempts() + 1;
                if (attempts >= properties.maxAttempts()) {
                    log.warn("Outbox message {} to {} failed for the last time ({} attempts): {}", head.id(),
                            head.target(), attempts, delivery.answer());
                    repository.failed(head.id(), now, delivery.answer());
                } else {
                    Instant next = now.plus(properties.pauseAfter(attempts));
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

    private Delivery deliver(OutboxEntry head) {
        OutboxTarget target = targets.get(head.target());
        if (target == null) {
            return Delivery.retry("Đích gửi \"" + head.target() + "\" chưa được cấu hình trên máy chủ này.");
        }
        try {
            Delivery delivery = target.deliver(OutboxRepository.message(head));
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

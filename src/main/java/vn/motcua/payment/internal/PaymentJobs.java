package vn.motcua.payment.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.platform.JobHandler;
import vn.motcua.platform.Jobs;

/**
 * The background work of payments, on the PostgreSQL job queue so that several instances share it without doing it
 * twice: every {@code motcua.payment.check-interval} each instance claims the pending payments that had no notification
 * for {@code check-after} (a row update: each is claimed by one instance) and queues a status query for each; the
 * previous day's reconciliation is queued once ({@link Jobs#enqueueOnce}, keyed by the day), by whichever instance
 * comes first after midnight.
 */
@Component
class PaymentJobs {

    static final String CHECK = "payment.check";
    static final String RECONCILE = "payment.reconcile";

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final PaymentRepository repository;
    private final PaymentPlatform platform;
    private final PaymentProperties properties;
    private final Jobs jobs;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PaymentJobs(PaymentRepository repository, PaymentPlatform platform, PaymentProperties properties, Jobs jobs,
            TransactionTemplate transactions, Clock clock) {
        this.repository = repository;
        this.platform = platform;
        this.properties = properties;
        this.jobs = jobs;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${motcua.payment.check-interval:PT5M}")
    void queueStatusQueries() {
        if (!platform.enabled()) {
            return;
        }
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> {
            List<Long> due = repository.claimForCheck(now.minus(properties.checkAfter()),
                    now.minus(properties.checkInterval()), now);
            due.forEach(id -> jobs.enqueue(CHECK, Long.toString(id)));
        });
    }

    @Scheduled(initialDelayString = "PT2M", fixedDelayString = "PT10M")
    void queueReconciliation() {
        if (!platform.enabled()) {
            return;
        }
        String yesterday = LocalDate.now(clock.withZone(ZONE)).minusDays(1).toString();
        jobs.enqueueOnce(RECONCILE, yesterday, yesterday);
    }

    @Component
    static class Check implements JobHandler {
        private final PaymentService payments;

        Check(PaymentService payments) {
            this.payments = payments;
        }

        @Override
        public String kind() {
            return CHECK;
        }

        @Override
        public void run(String payload) {
            payments.check(Long.parseLong(payload));
        }
    }

    @Component
    static class Reconcile implements JobHandler {
        private final PaymentService payments;

        Reconcile(PaymentService payments) {
            this.payments = payments;
        }

        @Override
        public String kind() {
            return RECONCILE;
        }

        @Override
        public void run(String payload) {
            payments.reconcile(LocalDate.parse(payload), PaymentService.SYSTEM);
        }
    }
}

package vn.motcua.integration.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.catalog.Catalog;
import vn.motcua.platform.JobHandler;
import vn.motcua.platform.Jobs;

/**
 * The daily national catalogue pull and portal reconciliation, on the PostgreSQL job queue: every ten minutes each
 * instance tries to claim the day's run of each ({@code integration_daily_run}, from {@code motcua.integration.daily-at}
 * Vietnamese time, 02:00 by default); the one whose row goes in queues the job, so each runs once a day on one
 * instance. Off with {@code motcua.integration.daily-runs=false}.
 */
@Component
class DailyRuns {

    static final String PULL = "integration.national-catalog.pull";
    static final String RECONCILE = "integration.portal.reconcile";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final CatalogPullService pulls;
    private final PortalEndpoint portal;
    private final Jobs jobs;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final boolean enabled;
    private final LocalTime at;

    DailyRuns(CatalogPullService pulls, PortalEndpoint portal, Jobs jobs, JdbcClient jdbc,
            TransactionTemplate transactions, Clock clock,
            @Value("${motcua.integration.daily-runs:true}") boolean enabled,
            @Value("${motcua.integration.daily-at:02:00}") LocalTime at) {
        this.pulls = pulls;
        this.portal = portal;
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.enabled = enabled;
        this.at = at;
    }

    @Scheduled(initialDelayString = "PT3M", fixedDelayString = "PT10M")
    void queue() {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), VIETNAM);
        if (!enabled || now.toLocalTime().isBefore(at)) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            if (pulls.configured() && claim("national-catalog-pull", now)) {
                jobs.enqueue(PULL, "");
            }
            if (portal.uri().isPresent() && claim("portal-reconciliation", now)) {
                jobs.enqueue(RECONCILE, "");
            }
        });
    }

    private boolean claim(String kind, LocalDateTime now) {
        return jdbc.sql("""
                INSERT INTO integration_daily_run (kind, day, queued_at) VALUES (:kind, :day, :at)
                ON CONFLICT DO NOTHING
                """).param("kind", kind).param("day", now.toLocalDate())
                .param("at", Timestamp.from(clock.instant())).update() == 1;
    }

    @Component
    static class Pull implements JobHandler {
        private final CatalogPullService pulls;

        Pull(CatalogPullService pulls) {
            this.pulls = pulls;
        }

        @Override
        public String kind() {
            return PULL;
        }

        @Override
        public void run(String payload) {
            pulls.pull(Catalog.SYSTEM);
        }
    }

    @Component
    static class Reconcile implements JobHandler {
        private final PortalReconciliationService reconciliations;

        Reconcile(PortalReconciliationService reconciliations) {
            this.reconciliations = reconciliations;
        }

        @Override
        public String kind() {
            return RECONCILE;
        }

        @Override
        public void run(String payload) {
            reconciliations.reconcile(Catalog.SYSTEM);
        }
    }
}

package vn.motcua.integration.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.Catalog;
import vn.motcua.platform.JobHandler;
import vn.motcua.platform.Jobs;

/**
 * The daily national catalogue pull and portal reconciliation, on the PostgreSQL job queue: every ten minutes each
 * instance adds the day's job of each once ({@link Jobs#enqueueOnce}, keyed by the day, from
 * {@code motcua.integration.daily-at} Vietnamese time, 02:00 by default), so each runs once a day on one instance. Off
 * with {@code motcua.integration.daily-runs=false}.
 */
@Component
class DailyRuns {

    static final String PULL = "integration.national-catalog.pull";
    static final String RECONCILE = "integration.portal.reconcile";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final CatalogPullService pulls;
    private final PortalEndpoint portal;
    private final Jobs jobs;
    private final Clock clock;
    private final boolean enabled;
    private final LocalTime at;

    DailyRuns(CatalogPullService pulls, PortalEndpoint portal, Jobs jobs, Clock clock,
            @Value("${motcua.integration.daily-runs:true}") boolean enabled,
            @Value("${motcua.integration.daily-at:02:00}") LocalTime at) {
        this.pulls = pulls;
        this.portal = portal;
        this.jobs = jobs;
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
        String day = now.toLocalDate().toString();
        if (pulls.configured()) {
            jobs.enqueueOnce(PULL, day, "");
        }
        if (portal.uri().isPresent()) {
            jobs.enqueueOnce(RECONCILE, day, "");
        }
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

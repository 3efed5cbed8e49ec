package vn.motcua.dossier.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.motcua.dossier.DossierChanged;

/**
 * Dossiers in processing and those past their deadline (the queues' overdue rule: open, not waiting for the
 * applicant's supplement, due before now), across the agencies of the database, for {@code /actuator/prometheus};
 * and this instance's count of committed dossier changes by action ({@code motcua_dossier_actions_total}; a
 * Prometheus sum over the instances gives the whole system's).
 */
@Component
class DossierMetrics implements MeterBinder {

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile MeterRegistry registry;

    DossierMetrics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(DossierChanged change) {
        MeterRegistry bound = registry;
        if (bound != null) {
            bound.counter("motcua.dossier.actions", "action", change.action()).increment();
        }
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("motcua.dossiers.open", () -> jdbc.sql("SELECT count(*) FROM dossier WHERE finished_at IS NULL")
                .query(Long.class).single()).description("Dossiers not yet finished").register(registry);
        Gauge.builder("motcua.dossiers.overdue", () -> jdbc.sql("""
                SELECT count(*) FROM dossier
                 WHERE finished_at IS NULL AND status <> 'SUPPLEMENT_REQUESTED' AND deadline_due_at < :now""")
                .param("now", Timestamp.from(clock.instant())).query(Long.class).single())
                .description("Open dossiers past their deadline").register(registry);
    }
}

package vn.motcua.dossier.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Dossiers in processing and those past their deadline (the queues' overdue rule: open, not waiting for the
 * applicant's supplement, due before now), across the agencies of the database, for {@code /actuator/prometheus}.
 */
@Component
class DossierMetrics implements MeterBinder {

    private final JdbcClient jdbc;
    private final Clock clock;

    DossierMetrics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("motcua.dossiers.open", () -> jdbc.sql("SELECT count(*) FROM dossier WHERE finished_at IS NULL")
                .query(Long.class).single()).description("Dossiers not yet finished").register(registry);
        Gauge.builder("motcua.dossiers.overdue", () -> jdbc.sql("""
                SELECT count(*) FROM dossier
                 WHERE finished_at IS NULL AND status <> 'SUPPLEMENT_REQUESTED' AND deadline_due_at < :now""")
                .param("now", Timestamp.from(clock.instant())).query(Long.class).single())
                .description("Open dossiers past their deadline").register(registry);
    }
}

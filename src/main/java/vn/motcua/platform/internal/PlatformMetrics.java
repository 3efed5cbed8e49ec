package vn.motcua.platform.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The job queue's backlog for {@code /actuator/prometheus}: jobs waiting or running, and jobs given up after their
 * last attempt. Read from the table at each scrape, so every instance reports the same numbers.
 */
@Component
class PlatformMetrics implements MeterBinder {

    private final JdbcClient jdbc;

    PlatformMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("motcua.jobs.pending", () -> count("failed_at IS NULL"))
                .description("Background jobs waiting or running").register(registry);
        Gauge.builder("motcua.jobs.failed", () -> count("failed_at IS NOT NULL"))
                .description("Background jobs given up after their last attempt").register(registry);
    }

    private long count(String condition) {
        return jdbc.sql("SELECT count(*) FROM job WHERE " + condition).query(Long.class).single();
    }
}

package vn.motcua.integration.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox for {@code /actuator/prometheus}: messages waiting to be delivered and messages FAILED (waiting for an
 * administrator), read from the table at each scrape, so every instance reports the same numbers. An alert on
 * {@code motcua_outbox_failed > 0} tells the operator that a partner refused or could not be reached for hours.
 */
@Component
class OutboxMetrics implements MeterBinder {

    private final JdbcClient jdbc;

    OutboxMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("motcua.outbox.pending", () -> count("PENDING"))
                .description("Outbox messages waiting for delivery (or for their next attempt)").register(registry);
        Gauge.builder("motcua.outbox.failed", () -> count("FAILED"))
                .description("Outbox messages given up after their last attempt or refused by the partner")
                .register(registry);
    }

    private long count(String state) {
        return jdbc.sql("SELECT count(*) FROM integration_outbox WHERE state = :state").param("state", state)
                .query(Long.class).single();
    }
}

package vn.motcua.feedback.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Feedback past the limit of what it waits for now (the overdue queue's rule), for {@code /actuator/prometheus}. */
@Component
class FeedbackMetrics implements MeterBinder {

    private final JdbcClient jdbc;
    private final Clock clock;

    FeedbackMetrics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("motcua.feedback.overdue", () -> jdbc.sql("SELECT count(*) FROM feedback WHERE stage_due < :now")
                .param("now", Timestamp.from(clock.instant())).query(Long.class).single())
                .description("Feedback past the limit of its current stage").register(registry);
    }
}

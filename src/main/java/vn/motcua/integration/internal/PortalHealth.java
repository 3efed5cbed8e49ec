package vn.motcua.integration.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.integration.Integrations;
import vn.motcua.platform.DatabaseStatus;

/**
 * The {@code nationalPortal} health component: {@code DEGRADED} (answered 200, so that a load balancer keeps the
 * instance: the dossiers wait in the outbox) when messages failed for good or the oldest pending one has waited more
 * than five minutes, which is how an unreachable portal shows; {@code UP} otherwise, with {@code configured: false}
 * when the integration is off; {@code UNKNOWN} while the database (where the outbox is) cannot be reached.
 */
@Component("nationalPortal")
class PortalHealth implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "Một phần dịch vụ không hoạt động bình thường");
    private static final Duration LATE = Duration.ofMinutes(5);

    private final Integrations integrations;
    private final DatabaseStatus database;
    private final JdbcClient jdbc;
    private final Clock clock;

    PortalHealth(Integrations integrations, DatabaseStatus database, JdbcClient jdbc, Clock clock) {
        this.integrations = integrations;
        this.database = database;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Integrations.PortalConnection portal = integrations.nationalPortal();
        if (!portal.configured()) {
            return Health.up().withDetail("configured", false).build();
        }
        if (!database.up()) {
            // the outbox is in the database: say nothing rather than make the health wait for the pool
            return Health.unknown().withDetail("configured", true).withDetail("reason", "database unreachable")
                    .build();
        }
        long[] backlog = jdbc.sql("""
                SELECT count(*) FILTER (WHERE state = 'FAILED'),
                       count(*) FILTER (WHERE state = 'PENDING' AND created_at < :late)
                FROM integration_outbox WHERE target = :target AND state IN ('FAILED', 'PENDING')
                """).param("target", PortalTarget.NAME).param("late", Timestamp.from(clock.instant().minus(LATE)))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        Health.Builder health = backlog[0] > 0 || backlog[1] > 0 ? Health.status(DEGRADED) : Health.up();
        return health.withDetail("configured", true).withDetail("address", portal.address())
                .withDetail("failed", backlog[0]).withDetail("pendingOverFiveMinutes", backlog[1]).build();
    }
}

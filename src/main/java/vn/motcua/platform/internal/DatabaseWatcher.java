package vn.motcua.platform.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.motcua.platform.DatabaseStatus;

/**
 * {@link DatabaseStatus} by probing: a connection of its own (outside the pool, so a starved or broken pool cannot
 * delay it) runs {@code SELECT 1} every {@code motcua.database.probe-interval} (250 ms) with one-second timeouts. A
 * failed probe marks the database down; an embedded server whose process is gone is started again
 * ({@link EmbeddedDatabase#restartIfDead()}); the next successful probe marks it up. Also the {@code db} health
 * component, which therefore answers at once instead of waiting for a pooled connection.
 */
@Component("dbHealthIndicator")
class DatabaseWatcher implements DatabaseStatus, HealthIndicator, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DatabaseWatcher.class);

    private final DataSource dataSource;
    private final ObjectProvider<EmbeddedDatabase> embedded;
    private final Clock clock;
    private final Duration interval;
    private ScheduledExecutorService prober;
    private Connection connection;
    private volatile Instant downSince;
    private volatile String lastError;

    DatabaseWatcher(DataSource dataSource, ObjectProvider<EmbeddedDatabase> embedded, Clock clock,
            @Value("${motcua.database.probe-interval:PT0.25S}") Duration interval) {
        this.dataSource = dataSource;
        this.embedded = embedded;
        this.clock = clock;
        this.interval = interval;
    }

    @Override
    public boolean up() {
        return downSince == null;
    }

    @Override
    public Optional<Instant> downSince() {
        return Optional.ofNullable(downSince);
    }

    @Override
    public void suspect(Throwable failure) {
        ScheduledExecutorService running = prober;
        if (running != null && !running.isShutdown()) {
            running.execute(this::probe);
        }
    }

    @Override
    public Health health() {
        Instant since = downSince;
        return since == null ? Health.up().withDetail("database", "PostgreSQL").build()
                : Health.down().withDetail("since", since.toString()).withDetail("error", String.valueOf(lastError))
                        .build();
    }

    /** One probe; runs on the prober's single thread only. */
    private void probe() {
        try {
            if (connection == null || connection.isClosed()) {
                connection = connect();
            }
            try (Statement statement = connection.createStatement()) {
                statement.setQueryTimeout(1);
                statement.execute("SELECT 1");
            }
            if (downSince != null) {
                log.warn("Database reachable again after {}", Duration.between(downSince, clock.instant()));
                downSince = null;
            }
        } catch (SQLException | RuntimeException e) {
            closeQuietly();
            lastError = e.getMessage();
            if (downSince == null) {
                downSince = clock.instant();
                log.error("Database unreachable: {}", e.getMessage());
            }
            restartEmbedded();
        }
    }

    private void restartEmbedded() {
        EmbeddedDatabase database = embedded.getIfAvailable();
        if (database == null) {
            return; // an external database: reconnect when it is back
        }
        try {
            database.restartIfDead();
        } catch (RuntimeException e) {
            log.warn("Embedded PostgreSQL not restarted yet: {}", e.toString());
        }
    }

    private Connection connect() throws SQLException {
        if (!(dataSource instanceof HikariDataSource hikari)) {
            return dataSource.getConnection();
        }
        Properties properties = new Properties();
        properties.putAll(hikari.getDataSourceProperties());
        if (hikari.getUsername() != null) {
            properties.setProperty("user", hikari.getUsername());
        }
        if (hikari.getPassword() != null) {
            properties.setProperty("password", hikari.getPassword());
        }
        properties.setProperty("connectTimeout", "1");
        properties.setProperty("socketTimeout", "2");
        properties.setProperty("ApplicationName", "motcua database watcher");
        return DriverManager.getConnection(hikari.getJdbcUrl(), properties);
    }

    private void closeQuietly() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the connection is already broken
            }
            connection = null;
        }
    }

    @Override
    public void start() {
        prober = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "database-watcher");
            thread.setDaemon(true);
            return thread;
        });
        prober.scheduleWithFixedDelay(this::probe, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        prober.shutdownNow();
        try {
            prober.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly();
        prober = null;
    }

    @Override
    public boolean isRunning() {
        return prober != null;
    }
}

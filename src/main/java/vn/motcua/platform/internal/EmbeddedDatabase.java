package vn.motcua.platform.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.unit.DataSize;
import vn.motcua.platform.PlatformProperties;

/**
 * A real PostgreSQL server whose cluster lives in the data directory and survives restarts.
 *
 * <p>If a previous run died without stopping its server (for example the JVM was killed with {@code kill -9}),
 * that server still owns the cluster. It is stopped before the new one starts, so the application never talks
 * to a server it did not configure.
 *
 * <p>The server caches pages in its own memory ({@code shared_buffers}), sized for the machine rather than
 * PostgreSQL's 128 MB default, which holds 4 % of a database of a million dossiers; a page neither that cache nor the
 * operating system's holds is read from the disk (0.7 ms a page on the benchmark's VM; a public lookup reads five or
 * six). {@code pg_prewarm} keeps the list of cached pages in the cluster and reads them in again, in the background,
 * after a restart.
 */
public final class EmbeddedDatabase implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Duration LEFTOVER_STOP_TIMEOUT = Duration.ofSeconds(30);

    private static final DataSize SMALLEST_CACHE = DataSize.ofMegabytes(128);
    private static final DataSize LARGEST_DEFAULT_CACHE = DataSize.ofGigabytes(8);

    private final Path clusterDir;
    private final PlatformProperties.EmbeddedDb settings;
    private volatile EmbeddedPostgres postgres;

    private EmbeddedDatabase(Path clusterDir, PlatformProperties.EmbeddedDb settings, EmbeddedPostgres postgres) {
        this.clusterDir = clusterDir;
        this.settings = settings;
        this.postgres = postgres;
    }

    /** Starts the server on the cluster in {@code clusterDir}, creating the cluster on first use. */
    public static EmbeddedDatabase start(Path clusterDir, int port, boolean durable) {
        return start(clusterDir, PlatformProperties.EmbeddedDb.of(port, durable));
    }

    /** Starts the server on the cluster in {@code clusterDir} with these settings. */
    public static EmbeddedDatabase start(Path clusterDir, PlatformProperties.EmbeddedDb settings) {
        try {
            Files.createDirectories(clusterDir.getParent());
            stopLeftoverServer(clusterDir);
            return new EmbeddedDatabase(clusterDir, settings, startServer(clusterDir, settings.port(), settings));
        } catch (IOException e) {
            throw new UncheckedIOException("Không khởi động được PostgreSQL nhúng tại " + clusterDir, e);
        }
    }

    /**
     * Starts the server again, on the same port, when its process has died (killed, crashed): PostgreSQL recovers the
     * cluster from its write-ahead log, so every committed transaction is there. Returns whether it restarted; false
     * when the server still runs. Fails (to be tried again) while the dead server's last sessions hold its memory.
     */
    public synchronized boolean restartIfDead() {
        if (runningServer(clusterDir).isPresent()) {
            return false;
        }
        int port = postgres.getPort();
        try {
            // the dead server's handle holds the directory's lock: release it (its pg_ctl stop finds no server)
            postgres.close();
        } catch (IOException e) {
            log.debug("Closing the dead server's handle: {}", e.toString());
        }
        try {
            postgres = startServer(clusterDir, port, settings);
            log.warn("Embedded PostgreSQL had stopped; started again on port {}", postgres.getPort());
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Không khởi động lại được PostgreSQL nhúng tại " + clusterDir, e);
        }
    }

    private static EmbeddedPostgres startServer(Path clusterDir, int port, PlatformProperties.EmbeddedDb settings)
            throws IOException {
        String onOff = settings.durable() ? "on" : "off";
        DataSize cache = settings.sharedBuffers() != null ? settings.sharedBuffers()
                : defaultCache(physicalMemory());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(clusterDir)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", onOff)
                .setServerConfig("synchronous_commit", onOff)
                .setServerConfig("full_page_writes", onOff)
                .setServerConfig("timezone", "UTC")
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", cache.toKilobytes() + "kB")
                .setServerConfig("shared_preload_libraries", "pg_prewarm")
                .setServerConfig("pg_prewarm.autoprewarm", settings.autoprewarm() ? "on" : "off")
                .setPGStartupWait(Duration.ofSeconds(60));
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL started on port {} with cluster {} (durable: {}, cache: {} MB)",
                postgres.getPort(), clusterDir.toAbsolutePath(), settings.durable(), cache.toMegabytes());
        return postgres;
    }

    /** A quarter of the machine's memory, PostgreSQL's starting point for a dedicated server, within bounds. */
    static DataSize defaultCache(long physicalMemoryBytes) {
        long quarter = physicalMemoryBytes / 4;
        return DataSize.ofBytes(Math.max(SMALLEST_CACHE.toBytes(), Math.min(LARGEST_DEFAULT_CACHE.toBytes(), quarter)));
    }

    /** The memory of the machine, or of the container the JVM runs in. */
    private static long physicalMemory() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize();
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
            log.info("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server process recorded in the cluster's {@code postmaster.pid}, if it is still alive. */
    static Optional<ProcessHandle> runningServer(Path clusterDir) {
        Path pidFile = clusterDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            if (lines.isEmpty() || lines.get(0).isBlank()) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            log.warn("Unreadable {}: {}", pidFile, e.toString());
            return Optional.empty();
        }
    }

    private static void stopLeftoverServer(Path clusterDir) {
        runningServer(clusterDir).ifPresent(server -> {
            log.warn("A PostgreSQL server left by an earlier run (pid {}) still owns {}; stopping it",
                    server.pid(), clusterDir.toAbsolutePath());
            server.destroy(); // SIGTERM: PostgreSQL's smart shutdown; the dead run's sessions are already gone
            try {
                server.onExit().get(LEFTOVER_STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (Exception e) {
                server.destroyForcibly();
                throw new IllegalStateException("Không dừng được máy chủ PostgreSQL cũ (pid " + server.pid()
                        + ") đang giữ thư mục dữ liệu " + clusterDir.toAbsolutePath(), e);
            }
        });
    }
}

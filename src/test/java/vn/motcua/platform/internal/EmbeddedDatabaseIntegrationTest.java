package vn.motcua.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import vn.motcua.platform.PlatformProperties;

class EmbeddedDatabaseIntegrationTest {

    @TempDir
    Path dataDir;

    @Test
    void runModeKeepsFsyncAndSynchronousCommitOn() throws SQLException {
        PlatformProperties defaults = new PlatformProperties(dataDir, PlatformProperties.EmbeddedDb.of(0, true));
        assertThat(defaults.embeddedDb().durable()).isTrue();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir.resolve("pgdata"), 0, defaults.embeddedDb().durable());
             Connection connection = connect(db)) {
            assertThat(show(connection, "fsync")).isEqualTo("on");
            assertThat(show(connection, "synchronous_commit")).isEqualTo("on");
        }
    }

    @Test
    void theCacheIsAQuarterOfTheMachinesMemoryWithinBounds() {
        assertThat(EmbeddedDatabase.defaultCache(DataSize.ofGigabytes(24).toBytes()))
                .isEqualTo(DataSize.ofGigabytes(6));
        assertThat(EmbeddedDatabase.defaultCache(DataSize.ofMegabytes(256).toBytes()))
                .isEqualTo(DataSize.ofMegabytes(128));
        assertThat(EmbeddedDatabase.defaultCache(DataSize.ofGigabytes(64).toBytes()))
                .isEqualTo(DataSize.ofGigabytes(8));
    }

    @Test
    void aConfiguredCacheAndAutoprewarmSettingReachTheServer() throws SQLException {
        var settings = new PlatformProperties.EmbeddedDb(0, false, DataSize.ofMegabytes(192), false);
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir.resolve("pgdata"), settings);
             Connection connection = connect(db)) {
            assertThat(show(connection, "shared_buffers")).isEqualTo("192MB");
            assertThat(show(connection, "pg_prewarm.autoprewarm")).isEqualTo("off");
        }
    }

    @Test
    void pagesCachedBeforeARestartAreReadInAgainWithoutAQuery() throws Exception {
        Path cluster = dataDir.resolve("pgdata");
        String pages;
        try (EmbeddedDatabase db = EmbeddedDatabase.start(cluster, 0, false);
             Connection connection = connect(db); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE warm (v text)");
            sql.execute("INSERT INTO warm SELECT 'hồ sơ ' || i FROM generate_series(1, 20000) i");
            pages = single(connection, "SELECT pg_relation_size('warm') / current_setting('block_size')::int");
        }
        // the server wrote the list of its cached pages when it stopped
        assertThat(Files.size(cluster.resolve("autoprewarm.blocks"))).isPositive();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(cluster, 0, false);
             Connection connection = connect(db); Statement sql = connection.createStatement()) {
            sql.execute("CREATE EXTENSION IF NOT EXISTS pg_buffercache");
            String cachedPages = """
                    SELECT count(*) FROM pg_buffercache b
                    WHERE b.relfilenode = pg_relation_filenode('warm') AND b.relforknumber = 0
                      AND b.reldatabase = (SELECT oid FROM pg_database WHERE datname = current_database())
                    """;
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!single(connection, cachedPages).equals(pages) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(single(connection, cachedPages)).as("pages of 'warm' read in at start, of " + pages)
                    .isEqualTo(pages);
        }
    }

    @Test
    void testModeMayTurnDurabilityOffForSpeed() throws SQLException {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir.resolve("pgdata"), 0, false);
             Connection connection = connect(db)) {
            assertThat(show(connection, "fsync")).isEqualTo("off");
        }
    }

    @Test
    void dataSurvivesARestartOnTheSameDataDirectory() throws SQLException {
        Path cluster = dataDir.resolve("pgdata");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(cluster, 0, false);
             Connection connection = connect(db); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE kept (v text)");
            sql.execute("INSERT INTO kept VALUES ('còn nguyên')");
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.start(cluster, 0, false);
             Connection connection = connect(db)) {
            assertThat(single(connection, "SELECT v FROM kept")).isEqualTo("còn nguyên");
        }
    }

    @Test
    void aServerLeftRunningByAKilledJvmIsStoppedBeforeTheNewOneStarts() throws Exception {
        Path cluster = dataDir.resolve("pgdata");
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AbandonedServerMain.class.getName(), cluster.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("READY")) {
                // start-up log of the other JVM
            }
            assertThat(line).as("the other JVM started its server").isEqualTo("READY");
        }
        jvm.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook runs, PostgreSQL stays up
        ProcessHandle leftover = EmbeddedDatabase.runningServer(cluster).orElseThrow();

        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(cluster, 0, false);
             Connection connection = connect(restarted)) {
            assertThat(leftover.isAlive()).isFalse();
            assertThat(single(connection, "SELECT v::text FROM survived")).isEqualTo("42");
        }
    }

    private static Connection connect(EmbeddedDatabase db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), "postgres", "");
    }

    private static String show(Connection connection, String setting) throws SQLException {
        return single(connection, "SHOW " + setting);
    }

    private static String single(Connection connection, String query) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }
}

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.platform.PlatformProperties;

class EmbeddedDatabaseIntegrationTest {

    @TempDir
    Path dataDir;

    @Test
    void runModeKeepsFsyncAndSynchronousCommitOn() throws SQLException {
        PlatformProperties defaults = new PlatformProperties(dataDir, new PlatformProperties.EmbeddedDb(0, true));
        assertThat(defaults.embeddedDb().durable()).isTrue();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir.resolve("pgdata"), 0, defaults.embeddedDb().durable());
             Connection connection = connect(db)) {
            assertThat(show(connection, "fsync")).isEqualTo("on");
            assertThat(show(connection, "synchronous_commit")).isEqualTo("on");
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

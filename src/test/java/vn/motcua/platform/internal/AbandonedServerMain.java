package vn.motcua.platform.internal;

import java.nio.file.Path;
import java.sql.DriverManager;

/**
 * Started in its own JVM by {@link EmbeddedDatabaseIntegrationTest}: starts the embedded server on a cluster,
 * writes a row, says READY and waits to be killed with SIGKILL, leaving its PostgreSQL behind.
 */
public final class AbandonedServerMain {

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(args[0]), 0, false);
        try (var connection = DriverManager.getConnection(db.jdbcUrl(), "postgres", "");
             var sql = connection.createStatement()) {
            sql.execute("CREATE TABLE survived (v int)");
            sql.execute("INSERT INTO survived VALUES (42)");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}

package vn.motcua.platform.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import vn.motcua.platform.BackupDatabase;
import vn.motcua.platform.BackupSummary;

/**
 * The database a command works on, found as the server would find it: the external one when a JDBC URL is given;
 * else the embedded server of the data directory — the one already running there (the command then works beside the
 * live system, on the port its {@code postmaster.pid} names) or one started for the command and stopped after it.
 */
public final class CommandDatabase implements BackupDatabase {

    private final DataSource dataSource;
    private final EmbeddedDatabase started;

    private CommandDatabase(DataSource dataSource, EmbeddedDatabase started) {
        this.dataSource = dataSource;
        this.started = started;
    }

    public static CommandDatabase open(Path dataDir, String jdbcUrl, String username, String password) {
        if (jdbcUrl != null && !jdbcUrl.isBlank()) {
            PGSimpleDataSource external = new PGSimpleDataSource();
            external.setUrl(jdbcUrl);
            if (username != null) {
                external.setUser(username);
            }
            if (password != null) {
                external.setPassword(password);
            }
            return new CommandDatabase(external, null);
        }
        Path cluster = dataDir.resolve("pgdata");
        if (EmbeddedDatabase.runningServer(cluster).isPresent()) {
            return new CommandDatabase(local(runningPort(cluster)), null);
        }
        // a command's short run keeps the server's list of cached pages as the application left it
        EmbeddedDatabase embedded = EmbeddedDatabase.start(cluster,
                new vn.motcua.platform.PlatformProperties.EmbeddedDb(0, true, null, false));
        return new CommandDatabase(local(embedded.port()), embedded);
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        if (started != null) {
            started.close();
        }
    }

    private static DataSource local(int port) {
        PGSimpleDataSource local = new PGSimpleDataSource();
        local.setServerNames(new String[] {"localhost"});
        local.setPortNumbers(new int[] {port});
        local.setDatabaseName("postgres");
        local.setUser("postgres");
        return local;
    }

    /** The fourth line of {@code postmaster.pid}: the port the running server listens on. */
    private static int runningPort(Path cluster) {
        try {
            List<String> lines = Files.readAllLines(cluster.resolve("postmaster.pid"), StandardCharsets.UTF_8);
            return Integer.parseInt(lines.get(3).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package vn.motcua.platform;

import java.nio.file.Path;
import java.util.function.Consumer;
import javax.sql.DataSource;
import vn.motcua.platform.internal.BackupArchive;
import vn.motcua.platform.internal.CommandDatabase;

/**
 * Consistent copies of everything motcua keeps — every table of the database (as of one snapshot, taken while the
 * system runs) and the stored files — and their restore into an empty data directory or database. A backup is a
 * directory: {@code manifest.json} (written last: a backup without it is incomplete), {@code db/<table>.copy.gz}
 * and {@code files/}. Sessions, rate-limit buckets and Flyway's own history are not copied: the restore migrates the
 * empty database to the backup's schema version, loads the rows, and the next start migrates to the running version.
 */
public final class Backups {

    private Backups() {}

    /**
     * The database of {@code dataDir} as the server finds it: the external one when {@code jdbcUrl} is given, else
     * the embedded server already running on the data directory, else one started for the command.
     */
    public static BackupDatabase open(Path dataDir, String jdbcUrl, String username, String password) {
        return CommandDatabase.open(dataDir, jdbcUrl, username, password);
    }

    /** Copies the database behind {@code database} and the files under {@code filesDir} into {@code target}. */
    public static BackupSummary backup(DataSource database, Path filesDir, Path target, Consumer<String> progress) {
        return BackupArchive.write(database, filesDir, target, progress);
    }

    /** Refuses (with the reason, in Vietnamese) a directory that is not a finished backup. */
    public static void requireComplete(Path source) {
        BackupArchive.requireComplete(source);
    }

    /**
     * Loads the backup in {@code source} into {@code database}, which must hold no motcua schema yet, and its files
     * into {@code filesDir}, each checked against its content address.
     */
    public static BackupSummary restore(DataSource database, Path source, Path filesDir, Consumer<String> progress) {
        return BackupArchive.read(database, source, filesDir, progress);
    }
}

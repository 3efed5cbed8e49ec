package vn.motcua.platform;

import javax.sql.DataSource;

/** The database a backup or restore command works on ({@link Backups#open}); closing stops a server it started. */
public interface BackupDatabase extends AutoCloseable {

    DataSource dataSource();

    @Override
    void close();
}

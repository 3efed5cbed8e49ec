package vn.motcua.bench;

import static vn.motcua.bench.DossierLoadDriver.seconds;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The work motcua's requests leave to its job workers (receipts to render, deliveries to the national portal,
 * messages to send): a sustained rate pays for it, and a comparison must not run beside it.
 */
final class BackgroundWork {

    private BackgroundWork() {
    }

    /** Seconds until no job is due any more on the database at {@code jdbcUrl} (at most two minutes). */
    static double drain(String jdbcUrl) throws SQLException, InterruptedException {
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(jdbcUrl); Statement sql = db.createStatement()) {
            for (int i = 0; i < 6000; i++) {
                try (ResultSet due = sql.executeQuery(
                        "SELECT count(*) FROM job WHERE failed_at IS NULL AND (run_at IS NULL OR run_at <= now())")) {
                    due.next();
                    if (due.getLong(1) == 0) {
                        break;
                    }
                }
                Thread.sleep(20);
            }
        }
        return seconds(started);
    }
}

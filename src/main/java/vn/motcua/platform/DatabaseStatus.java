package vn.motcua.platform;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether this instance reaches its database now, as a watcher probing it several times a second last saw (a view of
 * this instance's connection, not shared state). While it is down, requests are answered 503 at once instead of
 * waiting on the connection pool; an embedded database that died is started again.
 */
public interface DatabaseStatus {

    boolean up();

    /** Since when the database has been unreachable; empty while it is up. */
    Optional<Instant> downSince();

    /** Reports a failure that looked like a lost connection, so that the watcher probes now. */
    void suspect(Throwable failure);
}

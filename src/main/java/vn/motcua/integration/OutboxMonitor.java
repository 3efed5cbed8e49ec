package vn.motcua.integration;

import java.util.List;
import java.util.Map;

/** The administrator's view of the outbox: messages by state and target, counts, and sending a failed one again. */
public interface OutboxMonitor {

    /** The newest messages first; {@code state} and {@code target} may be {@code null} (all). At most 1,000. */
    List<OutboxEntry> list(OutboxState state, String target, int limit);

    /** Messages per target and state. */
    Map<String, Map<OutboxState, Long>> counts();

    /** The names of the configured targets. */
    List<String> targets();

    /**
     * Makes a failed message pending again with its attempts reset and delivers it at once (404 problem when the id
     * is unknown, 409 when the message is not failed).
     */
    OutboxEntry retry(long id, String actor);
}

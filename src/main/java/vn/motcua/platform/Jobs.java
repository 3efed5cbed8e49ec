package vn.motcua.platform;

/**
 * Work done after a transaction commits, kept in PostgreSQL until it has run: a job enqueued in a transaction exists
 * if and only if that transaction commits, runs on any instance once it has (soon after, on this instance), is retried
 * with growing pauses when it fails and, when its handler's transaction commits, is gone. Handlers ({@link JobHandler})
 * are found by the job's kind.
 */
public interface Jobs {

    /** Adds a job in the caller's transaction (which must exist); {@code payload} is the handler's input as text. */
    void enqueue(String kind, String payload);

    /**
     * Adds a job in the caller's transaction that no worker takes before {@code notBefore} (a retry at a time of the
     * caller's choosing, e.g. the outbox's back-off).
     */
    void enqueue(String kind, String payload, java.time.Instant notBefore);

    /**
     * Adds a job unless one of {@code kind} was ever added under {@code key} (table {@code job_once}); true when this
     * call added it. Runs in the caller's transaction when there is one, else in a transaction of its own: the key's
     * claim and the job commit or roll back together, and of several transactions claiming one key at once (on any
     * instances) exactly one adds the job — the others wait for it to end and find the key taken, or take it if it
     * rolled back. "Once a day on one instance" is this with the day in the key.
     */
    boolean enqueueOnce(String kind, String key, String payload);

    /**
     * Deletes, in the caller's transaction (which must exist), the jobs of {@code kind} with one of these payloads that
     * no worker is running now (rows locked by a running job are skipped); returns how many went. For work another job
     * already did: a job left behind must still be harmless when it runs.
     */
    int cancel(String kind, java.util.Collection<String> payloads);
}

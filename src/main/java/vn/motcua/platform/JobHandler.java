package vn.motcua.platform;

/**
 * Runs the jobs of one kind ({@link Jobs}). {@link #run} is called inside a transaction that also removes the job, so
 * what it writes to the database commits together with the job's end; a job is run again after a crash or an
 * exception, so its effects must be safe to repeat (files are content-addressed, rows updated only if still pending).
 */
public interface JobHandler {

    /** The kind of jobs this handler runs, e.g. {@code "dossier.form.render"}. */
    String kind();

    void run(String payload);

    /**
     * Whether someone is waiting for these jobs (the receipt slip the desk hands over): workers take a due urgent job
     * before any other, however many deliveries and checks are queued ahead of it. False by default.
     */
    default boolean urgent() {
        return false;
    }
}

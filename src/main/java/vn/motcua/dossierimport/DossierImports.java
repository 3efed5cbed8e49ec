package vn.motcua.dossierimport;

import java.io.BufferedReader;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Import of historical dossiers (hồ sơ đã giải quyết trên hệ thống cũ) from NDJSON, one dossier per line. Each line
 * is replayed into the dossier's final state and its history; a bad line is refused with its line number and a
 * Vietnamese reason and never stops the others. Lines are committed in batches and each run's counters are recorded
 * as it goes, so a long file can be watched ({@link #run}) and, after an interruption, simply imported again: codes
 * already in the database count as unchanged and are skipped quickly.
 *
 * <p>Who may import: an administrator (any agency), or a TTHC control officer, line by line for the agencies he is
 * granted; the command line imports as {@link #SYSTEM}.
 */
public interface DossierImports {

    /** The system itself as the importing actor (the command line); not a possible username. */
    String SYSTEM = "system:motcua";

    /** Lines written in one transaction. */
    int BATCH_LINES = 500;

    /**
     * Records a new run that will import the lines from {@code fromLine} on (earlier lines are read and skipped);
     * refuses (403) callers who may import nothing.
     */
    Run start(String fileName, int fromLine, String actor);

    /** Reads {@code lines} to the end for the run, and reports the run after each batch to {@code progress}. */
    Summary importLines(long runId, BufferedReader lines, String actor, Consumer<Run> progress);

    /** A run's counters as last committed; 404 unknown, 403 for callers who may not import. */
    Run run(long runId, String actor);

    /** The latest runs, newest first. */
    List<Run> runs(int limit, String actor);

    /** How a run stands. */
    enum Status { RUNNING, FINISHED, FAILED }

    /**
     * One import run.
     *
     * @param linesRead the number of the last line read (skipped lines included), i.e. where the run has got to
     * @param fileSha256 SHA-256 of the bytes read, once the run has read the whole input
     */
    record Run(long id, String startedBy, Instant startedAt, String fileName, String fileSha256, int fromLine,
            long linesRead, long accepted, long unchanged, long refused, Status status, Instant updatedAt,
            Instant finishedAt, String error) {}

    /** A refused line, numbered from 1 in the file. */
    record Refusal(long line, String code, String reason) {}

    /** A line matched to the earliest version of its procedure, no version being in force on its receipt date. */
    record EarliestVersion(long line, String code, String procedureCode, int version) {}

    /**
     * What a run did. The lists are capped ({@link #refusedCount} and {@link #matchedEarliestVersionCount} give the
     * totals); the notes say in Vietnamese what the reader should know (caps, earliest-version matches).
     */
    record Summary(long runId, Status status, int fromLine, long linesRead, long accepted, long unchanged,
            long refusedCount, List<Refusal> refused, long matchedEarliestVersionCount,
            List<EarliestVersion> matchedEarliestVersion, List<String> notes, long elapsedMillis) {}
}

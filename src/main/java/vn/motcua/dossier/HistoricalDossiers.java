package vn.motcua.dossier;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.catalog.ProcedureVersion;

/**
 * Dossiers handled by an earlier system, taken into the engine in bulk: each is replayed into its final state and its
 * history the way the live actions would have changed it, then written with {@code COPY}. The importer reads and
 * checks the file; the engine owns the state, the history and the tables. Replaying and making rows happen outside
 * any transaction, so that they can overlap the writing of the previous batch.
 */
public interface HistoricalDossiers {

    /** Replays for one import run; it looks up rule sets and internal procedures once per run. Not thread-safe. */
    Replayer replayer();

    interface Replayer {

        /**
         * The dossier's final state and history under {@code version}; refuses ({@link HistoricalDossierRefused})
         * events that come out of order or where the state machine does not allow them.
         *
         * @param earliest no version was in force on the receipt date, so the earliest one was taken
         * @param origin   facts recorded on the receipt event (run, line)
         */
        Replayed replay(HistoricalDossier dossier, ProcedureVersion version, boolean earliest, String actor,
                Instant now, Map<String, Object> origin);
    }

    /** A replayed dossier, ready to be made into rows. */
    interface Replayed {}

    /** The rows of a batch, ready to copy. */
    interface Rows {}

    /** The codes among {@code codes} that are already in the database (one indexed look-up). */
    Set<String> existing(Collection<String> codes);

    /**
     * Makes the rows of the dossiers (dossier, history, fees), first giving an id to each that has none; rows made
     * again for a dossier (a batch written again line by line) keep its id.
     */
    Rows rows(List<Replayed> dossiers, Instant now);

    /**
     * Copies the rows and raises each agency's day sequence past the highest imported number of the day, so that new
     * codes never collide with imported ones. Needs the caller's transaction.
     */
    void write(Rows rows);
}

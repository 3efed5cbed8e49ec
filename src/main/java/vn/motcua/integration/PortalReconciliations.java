package vn.motcua.integration;

import java.time.Instant;
import java.util.List;

/**
 * The daily reconciliation with the national portal (integrations.md §1.5): every dossier synchronised in the last
 * days whose messages were all delivered is looked up at the portal ({@code TraCuuHoSo}); one the portal lacks is
 * sent again whole (its fields and every progress step), one it holds at another status than the last one delivered
 * gets its fields again. Daily on one instance and on request; each run is recorded.
 */
public interface PortalReconciliations {

    /**
     * One run.
     *
     * @param windowFrom dossiers synchronised since then were checked
     * @param missing    dossiers the portal did not know
     * @param stale      dossiers the portal held at another status
     * @param resent     messages queued again
     */
    record Reconciliation(long id, Instant startedAt, Instant finishedAt, String triggeredBy, Instant windowFrom,
            int checked, int matching, int missing, int stale, int resent, List<String> differences,
            List<String> errors) {

        public Reconciliation {
            differences = differences == null ? List.of() : List.copyOf(differences);
            errors = errors == null ? List.of() : List.copyOf(errors);
        }
    }

    /** Reconciles now, as {@code user} or the system; 409 while no portal is configured. */
    Reconciliation reconcile(String user);

    /** The latest runs, newest first. */
    List<Reconciliation> recent(int limit);
}

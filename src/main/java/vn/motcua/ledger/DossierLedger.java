package vn.motcua.ledger;

import java.time.Instant;
import java.util.List;

/**
 * Counts over the dossiers of an agency for a period {@code [from, to)}, for reports and the service index. Each
 * figure is one SQL rule ({@link LedgerFigure}), used both to count and to list the dossiers behind a count.
 * Unfinished dossiers are judged as of {@code to}; callers check access.
 */
public interface DossierLedger {

    /** One row per field, ordered by field name. */
    List<LedgerRow> counts(String agency, Instant from, Instant to);

    /** The dossiers behind a figure, optionally of one field ({@code ""} for dossiers without a field). */
    List<LedgerDossier> dossiers(String agency, Instant from, Instant to, LedgerFigure figure, String field,
            int limit);
}

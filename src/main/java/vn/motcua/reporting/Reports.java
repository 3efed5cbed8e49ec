package vn.motcua.reporting;

import java.util.List;
import vn.motcua.ledger.LedgerDossier;
import vn.motcua.ledger.LedgerFigure;

/**
 * Reports and the service index of an agency, computed from the dossier ledger and the catalog when asked (so they
 * are always current). Readers: the agency's leaders and TTHC control officers, and administrators.
 */
public interface Reports {

    ResolutionReport resolution(String agency, ReportingPeriod period, String actor);

    /** The dossiers behind one figure of the resolution report, optionally of one field ({@code ""}: no field). */
    List<LedgerDossier> dossiers(String agency, ReportingPeriod period, LedgerFigure figure, String field,
            String actor);

    CatalogReport catalog(String agency, ReportingPeriod period, String actor);

    IndexReport index(String agency, ReportingPeriod period, String actor);

    /**
     * A report composed by another module (the periodic report) as DOCX in the Decree 30/2020 format under the
     * letterhead of its agency, dated today; the caller must be one of the agency's report readers.
     */
    byte[] document(ReportDocument report, String actor);

    /** What stands behind the numerator or the denominator of one metric. */
    List<IndexEntry> explain(String agency, ReportingPeriod period, IndexMetric metric, boolean numerator,
            String actor);
}

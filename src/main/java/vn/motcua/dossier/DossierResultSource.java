package vn.motcua.dossier;

import java.util.List;

/**
 * The dossier's electronic results (kết quả điện tử), kept by the {@code result} module. That module depends on this
 * one, so the engine asks through this interface, which the results module implements: the dossier's detail lists
 * them (and the digitisation of its components), and the rule that a granted resolution of a procedure stating its results needs one counts them. Without an
 * implementation the engine behaves as if no module recorded results (and does not apply that rule).
 */
public interface DossierResultSource {

    /** The dossier's results as JSON-ready records, in the order of their codes ({@code …-KQ1}, {@code …-KQ2}). */
    List<?> describe(String dossierCode);

    /** How many results the dossier holds, read inside the caller's transaction. */
    int count(long dossierId);

    /**
     * The digitisation of the dossier's components (also kept by that module) as a JSON-ready record, given the
     * dossier and its documents as the caller may read them; null when not kept.
     */
    default Object digitization(Dossier dossier, List<DossierDocument> documents) {
        return null;
    }
}

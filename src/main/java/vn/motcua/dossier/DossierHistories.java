package vn.motcua.dossier;

import java.time.Instant;
import java.util.Map;

/**
 * For modules that add to a dossier's append-only history inside their own transaction (the applicant's rating now;
 * feedback and synchronisation later). Both methods need the caller's transaction: the lock is held until it ends.
 */
public interface DossierHistories {

    /** A dossier locked for the caller's transaction. */
    record LockedDossier(long id, String code, DossierStatus status, String agencyCode) {}

    /**
     * One event of the history.
     *
     * @param type        what happened, a slug such as {@code rated}
     * @param label       the Vietnamese line shown in the history
     * @param data        the facts of the event
     * @param publicStep  whether the applicant's tracking page shows it
     */
    record Entry(String type, String label, Instant at, String actor, Map<String, Object> data,
            boolean publicStep) {}

    /** Locks the dossier until the caller's transaction ends; 404 problem when the code is unknown. */
    LockedDossier lock(String code);

    void append(LockedDossier dossier, Entry entry);

    /**
     * Records whether the locked dossier counts as digitised, as its components' digitisation records say (module
     * {@code result}); the ledger's digitised figures follow the flag. An imported dossier keeps the flag it was
     * imported with. The dossier's version does not change: this is a record beside the processing, not an action.
     */
    void markDigitized(LockedDossier dossier, boolean digitized);

    /**
     * Records that the locked dossier reuses digitised data (a component attached from the applicant's stored results,
     * module {@code result}); the ledger's figure of the 766 metric 4.3 follows the flag. Like
     * {@link #markDigitized}, not an action: the version does not change, and an imported dossier is left as it was.
     */
    void markReusedData(LockedDossier dossier);
}

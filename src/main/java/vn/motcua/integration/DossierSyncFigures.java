package vn.motcua.integration;

import java.time.Instant;
import java.util.Optional;

/** The dossiers this system synchronised with the national portal, for the 766 metric 1.4 (DOSSIER_SYNC). */
public interface DossierSyncFigures {

    /** Why the figure cannot be computed (the integration is off), or empty when it can. */
    Optional<String> unavailableReason();

    /** Dossiers of the agency received in [from, to) that reached the portal at least once. */
    long synced(String agencyCode, Instant from, Instant to);
}

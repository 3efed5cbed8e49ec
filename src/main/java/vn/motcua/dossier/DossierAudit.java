package vn.motcua.dossier;

import java.util.List;
import java.util.Optional;

/**
 * The dossiers' audit trail: each dossier's history events are chained by hash as they are written, and the events
 * appended each day are sealed by a daily anchor under a key kept outside the database. Verifying recomputes both, so
 * an event changed, removed or inserted directly in the database is found.
 */
public interface DossierAudit {

    /**
     * Verifies the chains of the dossiers of {@code agencyCode} ({@code null}: every agency {@code actor} may audit)
     * and every anchor; 403 when the actor may not audit that agency.
     */
    AuditVerification verify(String agencyCode, String actor);

    /** The agencies whose trail {@code actor} may audit: all for administrators, else where they lead or control. */
    List<String> auditableAgencies(String actor);

    /**
     * Seals the events appended since the last anchor (the daily job calls this); empty when there were none or when
     * event writers kept the anchor from reading a settled last event.
     */
    Optional<AuditVerification.Anchor> anchor();
}

package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;

/** What anyone holding the dossier code and its lookup secret may see: status, dates and steps, nothing private. */
public record PublicDossier(String code, String agencyCode, String procedureCode, String procedureName,
        DossierStatus status, Instant submittedAt, Instant receivedAt, Instant dueAt, Instant finishedAt,
        Outcome outcome, Instant returnedAt, List<Step> steps) {

    /** One public step of the history. */
    public record Step(Instant at, String label) {}

    public int nationalStatus() {
        return status.nationalCode();
    }
}

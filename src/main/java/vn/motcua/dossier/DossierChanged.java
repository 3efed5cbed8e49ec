package vn.motcua.dossier;

import java.time.Instant;
import java.util.Map;

/**
 * Something happened to a dossier: its registration, an action of the engine, or an entry another module added to
 * its history (a rating, an electronic result). Published synchronously inside the changing transaction, so a
 * listener that writes (the integration outbox) commits or rolls back with the change. Carries what the engine
 * already holds in memory; a listener that needs more reads it itself. Historical imports publish nothing.
 *
 * @param action     {@code registered}, an action's slug ({@link DossierAction#slug()}) or a history type such as
 *                   {@code rated}, {@code result-added}, {@code result-signed}
 * @param label      the Vietnamese line of the history
 * @param status     the status after the change
 * @param facts      the history event's facts (e.g. a result's {@code resultCode}, a rating's {@code overall})
 * @param dossier    the dossier's fields after the change; {@code null} for entries of other modules
 */
public record DossierChanged(String code, String agencyCode, String action, String label, DossierStatus status,
        Instant at, String actor, String reason, Map<String, Object> facts, Snapshot dossier) {

    /** The fields the national portal's message needs, as the engine holds them. */
    public record Snapshot(String procedureCode, String procedureName, String fieldName, SubmissionChannel channel,
            ResultDelivery resultDelivery, Applicant applicant, Instant submittedAt, Instant receivedAt,
            Instant dueAt, Instant finishedAt, Instant returnedAt, Outcome outcome, String currentUnit,
            String assignee, long feesDueVnd, boolean digitized, int version) {}

    /** The engine's registration event's action. */
    public static final String REGISTERED = "registered";
}

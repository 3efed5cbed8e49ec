package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;

/**
 * A dossier as officers see it.
 *
 * @param deadlineDueAt the due date the dossier is judged against: the original one, or the one recomputed when a
 *        processing-stage supplement restarted the clock
 * @param dueAt the return date promised to the applicant (moved by an extension)
 * @param finishedAt end of processing: resolved, stopped, withdrawn (null while processing)
 * @param timeliness as of the time of reading
 * @param version increases with every action; actions must name it ({@code If-Match})
 */
public record Dossier(String code, String agencyCode, String procedureCode, int procedureVersion,
        String procedureName, String fieldName, String ruleSet, SubmissionChannel channel,
        ResultDelivery resultDelivery, Applicant applicant, String applicantUsername, DossierStatus status,
        Stage stage, Instant submittedAt, Instant receivedAt, Instant clockStartAt, Instant originalDueAt,
        Instant deadlineDueAt, Instant dueAt, Instant nearDueFrom, boolean extended, int intakeCompletions,
        int supplementRequests, Instant finishedAt, Outcome outcome, Instant returnedAt, String currentUnit,
        String assignee, Integer currentStep, String currentStepName, Instant stepDueAt, long feesDueVnd,
        boolean feesPaid, boolean digitized, boolean resultDigitized, boolean imported, Timeliness timeliness,
        int version, String lookupSecret, List<Fee> fees) {

    /** A fee line of the dossier, in whole đồng. */
    public record Fee(String name, long amountVnd, Instant paidAt, boolean paidOnline) {}

    public int nationalStatus() {
        return status.nationalCode();
    }
}

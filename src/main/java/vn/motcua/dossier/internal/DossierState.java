package vn.motcua.dossier.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Outcome;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.dossier.Stage;
import vn.motcua.dossier.SubmissionChannel;

/**
 * The row of one dossier while an action changes it, inside the action's transaction. {@link #snapshot()} gives
 * the fields an event records as before/after.
 */
final class DossierState {

    long id;
    String code;
    String agencyCode;
    String procedureCode;
    int procedureVersion;
    String procedureName;
    String fieldName;
    String ruleSet;
    SubmissionChannel channel;
    ResultDelivery resultDelivery;
    Applicant applicant;
    String applicantUsername;
    String lookupSecret;
    DossierStatus status;
    Stage stage;
    Instant submittedAt;
    Instant receivedAt;
    Instant clockStartAt;
    Instant originalDueAt;
    Instant deadlineDueAt;
    Instant dueAt;
    Instant nearDueFrom;
    boolean extended;
    int intakeCompletions;
    int supplementRequests;
    Instant supplementRequestedAt;
    long suspendedMinutes;
    Instant finishedAt;
    Outcome outcome;
    Instant returnedAt;
    String currentUnit;
    String assignee;
    String branch;
    Integer currentStep;
    Instant stepDueAt;
    long feesDueVnd;
    boolean digitized;
    boolean resultDigitized;
    boolean imported;
    String createdBy;
    int version;

    /** What an event records: the changed fields' values before and after it. */
    record Changes(Map<String, Object> before, Map<String, Object> after) {

        static Changes between(Map<String, Object> before, Map<String, Object> after) {
            Map<String, Object> changedBefore = new LinkedHashMap<>();
            Map<String, Object> changedAfter = new LinkedHashMap<>();
            after.forEach((field, value) -> {
                if (!java.util.Objects.equals(before.get(field), value)) {
                    changedBefore.put(field, before.get(field));
                    changedAfter.put(field, value);
                }
            });
            return new Changes(changedBefore, changedAfter);
        }
    }

    /** The fields that actions change, by their JSON names. */
    Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("status", status);
        values.put("stage", stage);
        values.put("receivedAt", receivedAt);
        values.put("clockStartAt", clockStartAt);
        values.put("originalDueAt", originalDueAt);
        values.put("deadlineDueAt", deadlineDueAt);
        values.put("dueAt", dueAt);
        values.put("extended", extended);
        values.put("intakeCompletions", intakeCompletions);
        values.put("supplementRequests", supplementRequests);
        values.put("finishedAt", finishedAt);
        values.put("outcome", outcome);
        values.put("returnedAt", returnedAt);
        values.put("resultDelivery", resultDelivery);
        values.put("currentUnit", currentUnit);
        values.put("assignee", assignee);
        values.put("branch", branch);
        values.put("currentStep", currentStep);
        values.put("stepDueAt", stepDueAt);
        values.put("digitized", digitized);
        values.put("resultDigitized", resultDigitized);
        return values;
    }
}

package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;

/**
 * The input of an action; each action reads the fields it needs and refuses what it lacks.
 *
 * @param expectedVersion the dossier version the caller acted on ({@code If-Match})
 * @param reason why (mandatory for refusals, supplements, extensions, returns, stops)
 * @param items what the applicant must supply (request-completion, request-supplement): all gaps, once
 * @param unit unit code (transfer, complete-step, consult/hand-off target)
 * @param assignee username (assign, complete-step)
 * @param newDueAt extension date (extend)
 * @param workingHours own deadline of a consultation or inter-agency hand-off
 * @param target the consulted body or partner agency (consult, hand-off)
 * @param branch the optional path of the internal procedure to take (complete-step)
 * @param outcome GRANTED or REFUSED (resolve)
 * @param delivery how the result is handed over (return-result)
 * @param paidOnline whether the fee was paid online (confirm-payment)
 * @param amountVnd amount requested (request-payment); defaults to the unpaid fee lines
 */
public record ActionRequest(int expectedVersion, String reason, List<String> items, String unit, String assignee,
        Instant newDueAt, Integer workingHours, String target, String branch, Outcome outcome, ResultDelivery delivery,
        Boolean paidOnline, Long amountVnd, String note) {

    public ActionRequest {
        items = items == null ? List.of() : items.stream().filter(i -> i != null && !i.isBlank()).map(String::strip)
                .toList();
        reason = reason == null || reason.isBlank() ? null : reason.strip();
        note = note == null || note.isBlank() ? null : note.strip();
    }

    public static ActionRequest of(int expectedVersion) {
        return new ActionRequest(expectedVersion, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    public ActionRequest withReason(String newReason) {
        return new ActionRequest(expectedVersion, newReason, items, unit, assignee, newDueAt, workingHours, target,
                branch, outcome, delivery, paidOnline, amountVnd, note);
    }
}

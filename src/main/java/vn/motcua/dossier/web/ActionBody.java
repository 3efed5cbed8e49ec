package vn.motcua.dossier.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;
import vn.motcua.dossier.ActionCommand;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.Outcome;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.shared.web.Enums;

/**
 * Body of {@code POST /api/v1/dossiers/{code}/actions/{action}} (the contract's fields, all optional here); each
 * action's command takes the fields it reads, and every one the reason. The dossier pages post their forms through it too.
 */
record ActionBody(String reason, List<String> items, String unit, String assignee, OffsetDateTime newDueAt,
        Integer workingHours, String target, String branch, String outcome, String delivery, Boolean paidOnline,
        Long amountVnd, String note) {

    static final ActionBody EMPTY = new ActionBody(null, null, null, null, null, null, null, null, null, null, null,
            null, null);

    /**
     * The command of {@code action}, built when asked (see {@link vn.motcua.dossier.Dossiers#act}). The enum fields
     * are parsed now, whatever the action, so a malformed value is a 400 before the dossier is looked at.
     */
    Supplier<ActionCommand> command(DossierAction action) {
        Outcome parsedOutcome = Enums.parseOptional(Outcome.class, outcome, "outcome");
        ResultDelivery parsedDelivery = Enums.parseOptional(ResultDelivery.class, delivery, "delivery");
        Instant dueAt = newDueAt == null ? null : newDueAt.toInstant();
        return () -> switch (action) {
            case RECEIVE -> new ActionCommand.Receive(reason, items);
            case REQUEST_COMPLETION -> new ActionCommand.RequestCompletion(items, reason);
            case RESUBMIT -> new ActionCommand.Resubmit(reason);
            case REFUSE -> new ActionCommand.Refuse(reason);
            case TRANSFER -> new ActionCommand.Transfer(unit, note, reason);
            case ASSIGN -> new ActionCommand.Assign(assignee, reason);
            case COMPLETE_STEP -> new ActionCommand.CompleteStep(unit, assignee, branch, note, reason);
            case RETURN_STEP -> new ActionCommand.ReturnStep(reason);
            case CONSULT -> new ActionCommand.Consult(target, workingHours, reason);
            case HAND_OFF -> new ActionCommand.HandOff(target, workingHours, reason);
            case REQUEST_SUPPLEMENT -> new ActionCommand.RequestSupplement(items, reason);
            case RECEIVE_SUPPLEMENT -> new ActionCommand.ReceiveSupplement(reason);
            case EXTEND -> new ActionCommand.Extend(dueAt, reason);
            case REQUEST_PAYMENT -> new ActionCommand.RequestPayment(amountVnd, note, reason);
            case CONFIRM_PAYMENT -> new ActionCommand.ConfirmPayment(Boolean.TRUE.equals(paidOnline), reason);
            case WITHDRAW -> new ActionCommand.Withdraw(reason);
            case STOP -> new ActionCommand.Stop(reason);
            case RESOLVE -> new ActionCommand.Resolve(parsedOutcome, reason);
            case RETURN_RESULT -> new ActionCommand.ReturnResult(parsedDelivery, reason);
        };
    }
}

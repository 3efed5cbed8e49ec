package vn.motcua.dossier.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.WorkingDuration;
import vn.motcua.documents.FormKind;
import vn.motcua.dossier.ActionCommand;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.Stage;
import vn.motcua.dossier.internal.rules.ExtensionLimitRule;
import vn.motcua.dossier.internal.rules.ExtensionNoticeRule;
import vn.motcua.dossier.internal.rules.Formats;
import vn.motcua.dossier.internal.rules.OnceOnlySupplementRule;
import vn.motcua.dossier.internal.rules.SupplementWindowRule;
import vn.motcua.dossier.internal.rules.Transitions;
import vn.motcua.shared.ProblemException;

/**
 * Transitions that move the deadline (T8, T9, T11, T12): a supplement request during processing (once, within the
 * window; the clock stops), the complete supplement (the clock restarts from zero, both due dates kept), the
 * apology-and-extension (once, at least the notice period before the due date), and the financial obligation.
 */
@Component
class ClockActions implements ActionHandler {

    private final Deadlines deadlines;
    private final FeeRepository fees;

    ClockActions(Deadlines deadlines, FeeRepository fees) {
        this.deadlines = deadlines;
        this.fees = fees;
    }

    @Override
    public Set<DossierAction> handles() {
        return Set.of(DossierAction.REQUEST_SUPPLEMENT, DossierAction.RECEIVE_SUPPLEMENT, DossierAction.EXTEND,
                DossierAction.REQUEST_PAYMENT, DossierAction.CONFIRM_PAYMENT);
    }

    @Override
    public void check(ActionContext ctx) {
        switch (ctx.action) {
            case REQUEST_SUPPLEMENT -> checkSupplement(ctx);
            case EXTEND -> checkExtension(ctx);
            default -> { }
        }
    }

    @Override
    public void apply(ActionContext ctx, ActionCommand command) {
        if (command instanceof ActionCommand.RequestSupplement supplement) {
            requestSupplement(ctx, supplement);
        } else if (command instanceof ActionCommand.ReceiveSupplement) {
            receiveSupplement(ctx);
        } else if (command instanceof ActionCommand.Extend extension) {
            extend(ctx, extension);
        } else if (command instanceof ActionCommand.RequestPayment payment) {
            requestPayment(ctx, payment);
        } else if (command instanceof ActionCommand.ConfirmPayment payment) {
            confirmPayment(ctx, payment);
        } else {
            throw new IllegalArgumentException(command.toString());
        }
    }

    /** Once during processing, and within the window after receipt when the rule set has one. */
    private void checkSupplement(ActionContext ctx) {
        DossierState d = ctx.dossier;
        OnceOnlySupplementRule.of(ctx.rules).check(d.supplementRequests);
        Integer window = ctx.rules.supplementWindowWorkingDays();
        if (window != null) {
            Instant latest = deadlines.stepDue(d.receivedAt, BigDecimal.valueOf(window * 8L), d.agencyCode);
            new SupplementWindowRule(window).check(ctx.now, latest, deadlines.zone(d.agencyCode));
        }
    }

    private void requestSupplement(ActionContext ctx, ActionCommand.RequestSupplement supplement) {
        DossierState d = ctx.dossier;
        ctx.data.put("items", supplement.items());
        ctx.data.put("reason", supplement.reason());
        d.supplementRequests++;
        d.supplementRequestedAt = ctx.now;
        d.stage = Stage.AT_DESK;
        ctx.data.put("stage", "PROCESSING");
        ctx.forms.add(FormKind.SUPPLEMENT_REQUEST);
    }

    private void receiveSupplement(ActionContext ctx) {
        DossierState d = ctx.dossier;
        d.suspendedMinutes += deadlines.workingMinutes(d.supplementRequestedAt, ctx.now, d.agencyCode);
        Instant previousDue = d.dueAt;
        d.clockStartAt = ctx.now;
        d.deadlineDueAt = deadlines.due(ctx.now, ctx.procedure.content().timeLimit(), d.agencyCode);
        d.dueAt = d.deadlineDueAt;
        d.nearDueFrom = deadlines.workingDaysBefore(d.dueAt, ctx.rules.nearDueWorkingDays(), d.agencyCode);
        d.supplementRequestedAt = null;
        d.stage = d.currentStep == null ? Stage.READY_TO_ISSUE : Stage.PROCESSING;
        if (d.currentStep != null) {
            d.stepDueAt = deadlines.stepDue(ctx.now, ctx.path.hours(d.currentStep), d.agencyCode);
        }
        ctx.data.put("previousDueAt", previousDue);
        ctx.data.put("newDueAt", d.dueAt);
        ctx.forms.add(FormKind.RECEIPT);
    }

    /** A due date to move, not moved more often than allowed, and the notice period before it. */
    private void checkExtension(ActionContext ctx) {
        DossierState d = ctx.dossier;
        if (d.dueAt == null) {
            throw ProblemException.conflict("Thủ tục không quy định thời hạn giải quyết; không có ngày hẹn để gia hạn.");
        }
        ExtensionLimitRule.of(ctx.rules).check(d.extended);
        int notice = ctx.rules.extensionNoticeWorkingDays();
        Instant latest = deadlines.workingDaysBefore(d.dueAt, notice, d.agencyCode);
        new ExtensionNoticeRule(notice).check(ctx.now, d.dueAt, latest, deadlines.zone(d.agencyCode));
    }

    private void extend(ActionContext ctx, ActionCommand.Extend extension) {
        DossierState d = ctx.dossier;
        ctx.data.put("reason", extension.reason());
        Instant newDue = extension.newDueAt();
        if (newDue == null || !newDue.isAfter(d.dueAt)) {
            throw ProblemException.invalidField("newDueAt", "Ngày hẹn trả mới phải sau ngày hẹn hiện tại ("
                    + Formats.dateTime(d.dueAt, deadlines.zone(d.agencyCode)) + ")");
        }
        ctx.data.put("previousDueAt", d.dueAt);
        ctx.data.put("newDueAt", newDue);
        d.extended = true;
        d.dueAt = newDue;
        ctx.forms.add(FormKind.APOLOGY_EXTENSION);
    }

    private void requestPayment(ActionContext ctx, ActionCommand.RequestPayment payment) {
        DossierState d = ctx.dossier;
        Long amount = payment.amountVnd();
        if (amount != null) {
            fees.add(d.id, payment.note() == null ? "Nghĩa vụ tài chính" : payment.note(), amount, null, false);
            ctx.data.put("amountVnd", amount);
        } else if (fees.list(d.id).stream().allMatch(f -> f.paidAt() != null)) {
            throw ProblemException.invalidField("amountVnd",
                    "Hồ sơ không còn khoản phí, lệ phí nào chưa nộp; cần nêu số tiền của nghĩa vụ tài chính");
        }
        ctx.publicStep = true;
    }

    private void confirmPayment(ActionContext ctx, ActionCommand.ConfirmPayment payment) {
        boolean online = payment.paidOnline();
        int lines = fees.payAll(ctx.dossier.id, ctx.now, online);
        ctx.data.put("paidLines", lines);
        ctx.data.put("paidOnline", online);
    }
}

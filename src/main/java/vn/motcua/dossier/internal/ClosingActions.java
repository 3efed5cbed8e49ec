package vn.motcua.dossier.internal;

import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.ActionCommand;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierResultSource;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Outcome;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.dossier.Stage;
import vn.motcua.dossier.internal.rules.ResultRequiredRule;
import vn.motcua.documents.FormKind;
import vn.motcua.shared.ProblemException;

/**
 * The ends of processing (T13–T16): the applicant's withdrawal, the stop notice, the resolution (granted once the
 * internal procedure is walked; refused with reasons at any point), and the return of the result.
 */
@Component
class ClosingActions implements ActionHandler {

    private final StepRepository steps;
    private final DocumentRepository documents;
    private final ObjectProvider<DossierResultSource> results;
    private final ResultRequiredRule resultRequired;

    ClosingActions(StepRepository steps, DocumentRepository documents, ObjectProvider<DossierResultSource> results,
            DossierProperties properties) {
        this.steps = steps;
        this.documents = documents;
        this.results = results;
        this.resultRequired = new ResultRequiredRule(properties.resultRequired());
    }

    @Override
    public Set<DossierAction> handles() {
        return Set.of(DossierAction.WITHDRAW, DossierAction.STOP, DossierAction.RESOLVE, DossierAction.RETURN_RESULT);
    }

    @Override
    public void apply(ActionContext ctx, ActionCommand command) {
        if (command instanceof ActionCommand.Withdraw withdrawal) {
            ctx.data.put("reason", withdrawal.reason());
            endProcessing(ctx, "WITHDRAWN");
        } else if (command instanceof ActionCommand.Stop stop) {
            stop(ctx, stop);
        } else if (command instanceof ActionCommand.Resolve resolution) {
            resolve(ctx, resolution);
        } else if (command instanceof ActionCommand.ReturnResult ret) {
            returnResult(ctx, ret);
        } else {
            throw new IllegalArgumentException(command.toString());
        }
    }

    private void stop(ActionContext ctx, ActionCommand.Stop stop) {
        ctx.data.put("reason", stop.reason());
        if (ctx.dossier.status != DossierStatus.WITHDRAWAL_REQUESTED) {
            endProcessing(ctx, "STOPPED");
        }
        if (ctx.rules.formSet().equals("TT03_2025")) {
            ctx.forms.add(FormKind.STOP_NOTICE);
        }
    }

    private void resolve(ActionContext ctx, ActionCommand.Resolve resolution) {
        DossierState d = ctx.dossier;
        Outcome outcome = resolution.outcome();
        if (outcome == Outcome.REFUSED) {
            ctx.data.put("reason", resolution.reason());
            ctx.forms.add(FormKind.REFUSAL);
        } else if (d.stage != Stage.READY_TO_ISSUE) {
            throw ProblemException.conflict("Hồ sơ chưa đi hết các bước của quy trình nội bộ (đang ở bước \""
                    + (d.currentStep == null ? "?" : ctx.path.step(d.currentStep).action())
                    + "\"); chưa thể ban hành kết quả giải quyết.");
        }
        DossierResultSource source = results.getIfAvailable();
        int recorded = source == null ? 0 : source.count(d.id);
        if (outcome == Outcome.GRANTED && source != null) {
            resultRequired.check(ctx.procedure.content().results(), recorded);
        }
        d.outcome = outcome;
        ctx.data.put("outcome", outcome);
        endProcessing(ctx, "RESOLVED");
        d.resultDigitized = recorded > 0
                || documents.list(d.id).stream().anyMatch(doc -> doc.stage().equals("RESULT"));
    }

    private void returnResult(ActionContext ctx, ActionCommand.ReturnResult ret) {
        DossierState d = ctx.dossier;
        ResultDelivery delivery = ret.delivery() != null ? ret.delivery()
                : d.resultDelivery != null ? d.resultDelivery : ResultDelivery.DESK;
        d.resultDelivery = delivery;
        d.returnedAt = ctx.now;
        ctx.data.put("delivery", delivery);
    }

    private void endProcessing(ActionContext ctx, String stepOutcome) {
        DossierState d = ctx.dossier;
        d.finishedAt = ctx.now;
        d.stage = null;
        d.currentStep = null;
        d.stepDueAt = null;
        steps.finishAll(d.id, ctx.now, ctx.actor, stepOutcome);
    }
}

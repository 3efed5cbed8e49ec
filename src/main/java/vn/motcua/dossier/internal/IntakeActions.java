package vn.motcua.dossier.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.RequiredDocument;
import vn.motcua.documents.FormKind;
import vn.motcua.dossier.ActionCommand;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.dossier.Stage;
import vn.motcua.dossier.SubmissionChannel;
import vn.motcua.dossier.internal.rules.OnceOnlyCompletionRule;
import vn.motcua.dossier.internal.rules.TransferCutoffRule;
import vn.motcua.identity.Role;
import vn.motcua.identity.RoleGrant;
import vn.motcua.shared.ProblemException;

/**
 * The completeness check at the desk (T2–T5): receive (the clock starts, the receipt slip is issued), ask once for
 * every missing part before receipt, take a completed dossier back, or refuse with reasons.
 */
@Component
class IntakeActions implements ActionHandler {

    private final Deadlines deadlines;
    private final StepRepository steps;
    private final DocumentRepository documents;

    IntakeActions(Deadlines deadlines, StepRepository steps, DocumentRepository documents) {
        this.deadlines = deadlines;
        this.steps = steps;
        this.documents = documents;
    }

    @Override
    public Set<DossierAction> handles() {
        return Set.of(DossierAction.RECEIVE, DossierAction.REQUEST_COMPLETION, DossierAction.RESUBMIT,
                DossierAction.REFUSE);
    }

    @Override
    public void check(ActionContext ctx) {
        if (ctx.action == DossierAction.REQUEST_COMPLETION) {
            OnceOnlyCompletionRule.of(ctx.rules).check(ctx.dossier.intakeCompletions);
        }
    }

    @Override
    public void apply(ActionContext ctx, ActionCommand command) {
        if (command instanceof ActionCommand.Receive receipt) {
            receive(ctx, receipt.components());
        } else if (command instanceof ActionCommand.RequestCompletion completion) {
            requestCompletion(ctx, completion);
        } else if (command instanceof ActionCommand.Resubmit) {
            ctx.dossier.stage = Stage.AT_DESK;
        } else if (command instanceof ActionCommand.Refuse refusal) {
            ctx.data.put("reason", refusal.reason());
            ctx.forms.add(FormKind.REFUSAL);
        } else {
            throw new IllegalArgumentException(command.toString());
        }
    }

    private void receive(ActionContext ctx, List<String> checked) {
        DossierState d = ctx.dossier;
        List<DossierDocument> uploaded = documents.list(d.id);
        List<String> missing = missingMandatory(ctx, uploaded);
        if (d.channel == SubmissionChannel.ONLINE && !missing.isEmpty()) {
            throw ProblemException.conflict("Hồ sơ trực tuyến còn thiếu thành phần bắt buộc: "
                    + String.join("; ", missing) + ". Hãy yêu cầu bổ sung, hoàn thiện hồ sơ thay vì tiếp nhận.");
        }
        if (checked != null) {
            checkList(ctx, checked);
        }
        d.receivedAt = ctx.now;
        d.clockStartAt = ctx.now;
        d.originalDueAt = deadlines.due(ctx.now, ctx.procedure.content().timeLimit(), d.agencyCode);
        d.deadlineDueAt = d.originalDueAt;
        d.dueAt = d.originalDueAt;
        d.nearDueFrom = deadlines.workingDaysBefore(d.dueAt, ctx.rules.nearDueWorkingDays(), d.agencyCode);
        d.digitized = d.channel == SubmissionChannel.ONLINE || missing.isEmpty() && !uploaded.isEmpty();
        d.stage = Stage.AT_DESK;
        d.currentUnit = deskUnit(ctx);
        d.currentStep = 0;
        d.stepDueAt = firstStepDue(ctx);
        steps.start(d.id, StepRepository.Kind.PROCEDURE_STEP, 0, ctx.path.step(0).responsible(),
                ctx.path.step(0).action(), ctx.actor, d.currentUnit, ctx.now, d.stepDueAt);
        ctx.data.put("dueAt", d.dueAt);
        ctx.forms.add(FormKind.RECEIPT);
    }

    /** Paper dossiers follow the 15:00 transfer rule; online ones the first step's own duration. */
    private Instant firstStepDue(ActionContext ctx) {
        DossierState d = ctx.dossier;
        TransferCutoffRule rule = new TransferCutoffRule(ctx.rules.transferCutoff());
        if (rule.governs(d.channel.isPaper(), ctx.path.hours(0))) {
            return deadlines.transferDue(ctx.now, rule, d.agencyCode);
        }
        return deadlines.stepDue(ctx.now, ctx.path.hours(0), d.agencyCode);
    }

    private void requestCompletion(ActionContext ctx, ActionCommand.RequestCompletion completion) {
        DossierState d = ctx.dossier;
        ctx.data.put("items", completion.items());
        ctx.data.put("reason", completion.reason());
        d.intakeCompletions++;
        d.stage = Stage.AT_DESK;
        ctx.data.put("stage", "INTAKE");
        ctx.forms.add(FormKind.SUPPLEMENT_REQUEST);
    }

    /**
     * The desk's completeness checklist: every name checked is a component of the procedure version, and every
     * component stated as required is checked; otherwise the dossier is not received (ask for completion instead).
     * The checked components are recorded with the receipt (the slip lists them).
     */
    private static void checkList(ActionContext ctx, List<String> checked) {
        List<RequiredDocument> components = ctx.procedure.content().documents();
        for (int i = 0; i < checked.size(); i++) {
            String name = checked.get(i);
            if (components.stream().noneMatch(c -> c.name().equals(name))) {
                throw ProblemException.invalidField("components[" + i + "]", "\"" + name
                        + "\" không có trong thành phần hồ sơ của thủ tục " + ctx.procedure.code() + ".");
            }
        }
        List<String> unchecked = components.stream().filter(RequiredDocument::required).map(RequiredDocument::name)
                .filter(name -> !checked.contains(name)).toList();
        if (!unchecked.isEmpty()) {
            throw ProblemException.conflict("Hồ sơ còn thiếu thành phần bắt buộc: " + String.join("; ", unchecked)
                    + ". Hãy hướng dẫn người nộp bổ sung, hoàn thiện hồ sơ thay vì tiếp nhận.");
        }
        ctx.data.put("components", checked);
    }

    static List<String> missingMandatory(ActionContext ctx, List<DossierDocument> uploaded) {
        return ctx.procedure.content().documents().stream().filter(RequiredDocument::required)
                .map(RequiredDocument::name)
                .filter(name -> uploaded.stream().noneMatch(u -> u.documentName().equals(name))).toList();
    }

    private static String deskUnit(ActionContext ctx) {
        if (ctx.user == null) {
            return null;
        }
        return ctx.user.grantsOf(Role.DESK_OFFICER).stream()
                .filter(g -> g.agencyCode() != null && g.agencyCode().value().equals(ctx.dossier.agencyCode))
                .map(RoleGrant::unitCode).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }
}

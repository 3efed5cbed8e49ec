package vn.motcua.dossier.internal;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.InternalStep;
import vn.motcua.dossier.ActionCommand;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.Stage;
import vn.motcua.dossier.internal.rules.WorkflowPath;
import vn.motcua.identity.Agencies;
import vn.motcua.identity.AgencyCode;
import vn.motcua.identity.Role;
import vn.motcua.identity.UserAccount;
import vn.motcua.identity.Users;
import vn.motcua.shared.ProblemException;

/**
 * The walk through the internal procedure (T6, T10): transfer from the desk, assignment, completing a step (and
 * starting the next one with its own deadline), returning a step with a reason, consultations and inter-agency
 * hand-offs with their own deadlines. Every hand-over is a row of the process control sheet.
 */
@Component
class WorkflowActions implements ActionHandler {

    private final Deadlines deadlines;
    private final StepRepository steps;
    private final Agencies agencies;
    private final Users users;

    WorkflowActions(Deadlines deadlines, StepRepository steps, Agencies agencies, Users users) {
        this.deadlines = deadlines;
        this.steps = steps;
        this.agencies = agencies;
        this.users = users;
    }

    @Override
    public Set<DossierAction> handles() {
        return Set.of(DossierAction.TRANSFER, DossierAction.ASSIGN, DossierAction.COMPLETE_STEP,
                DossierAction.RETURN_STEP, DossierAction.CONSULT, DossierAction.HAND_OFF);
    }

    /** One consultation or inter-agency hand-off at a time. */
    @Override
    public void check(ActionContext ctx) {
        if ((ctx.action == DossierAction.CONSULT || ctx.action == DossierAction.HAND_OFF)
                && openSideStep(ctx.dossier).isPresent()) {
            throw ProblemException.conflict("Hồ sơ đang chờ ý kiến hoặc kết quả liên thông; hãy hoàn thành việc đó "
                    + "trước.");
        }
    }

    @Override
    public void apply(ActionContext ctx, ActionCommand command) {
        if (command instanceof ActionCommand.Transfer transfer) {
            transfer(ctx, transfer);
        } else if (command instanceof ActionCommand.Assign assign) {
            assign(ctx, assign);
        } else if (command instanceof ActionCommand.CompleteStep completion) {
            completeStep(ctx, completion);
        } else if (command instanceof ActionCommand.ReturnStep ret) {
            returnStep(ctx, ret);
        } else if (command instanceof ActionCommand.Consult consult) {
            sideStep(ctx, StepRepository.Kind.CONSULTATION, Stage.CONSULTING, consult.target(),
                    consult.workingHours());
        } else if (command instanceof ActionCommand.HandOff handOff) {
            sideStep(ctx, StepRepository.Kind.INTER_AGENCY, Stage.INTER_AGENCY, handOff.target(),
                    handOff.workingHours());
        } else {
            throw new IllegalArgumentException(command.toString());
        }
        ctx.publicStep = ctx.action == DossierAction.TRANSFER;
    }

    private void transfer(ActionContext ctx, ActionCommand.Transfer transfer) {
        String unit = transfer.unit() != null ? requireUnit(ctx, transfer.unit())
                : proposedUnit(ctx.path, agencies.find(AgencyCode.parse(ctx.dossier.agencyCode)).orElse(null))
                        .orElseThrow(() -> ProblemException.invalidField("unit", "Cần chọn phòng, đơn vị nhận hồ sơ "
                                + "(bước tiếp theo của quy trình nội bộ không nêu đơn vị)"));
        DossierState d = ctx.dossier;
        finishCurrent(ctx, "COMPLETED", transfer.note());
        d.currentUnit = unit;
        ctx.data.put("unit", unit);
        startStep(ctx, 1, unit);
    }

    /**
     * Sets the assignee. When the current step of the internal procedure is the assignment itself ("Phân công xử
     * lý"), assigning does that step: it is closed in the assigner's name and the next step starts.
     */
    private void assign(ActionContext ctx, ActionCommand.Assign assign) {
        String assignee = requireOfficial(ctx, assign.assignee());
        DossierState d = ctx.dossier;
        d.assignee = assignee;
        ctx.data.put("assignee", assignee);
        if (d.currentStep != null && d.currentStep < ctx.path.size()
                && isAssignmentStep(ctx.path.step(d.currentStep)) && openSideStep(d).isEmpty()) {
            finishCurrent(ctx, "COMPLETED", assign.reason());
            startStep(ctx, d.currentStep + 1, d.currentUnit);
        }
    }

    /** A step whose work is assigning the dossier: its action says "phân công". */
    static boolean isAssignmentStep(InternalStep step) {
        return step.action() != null
                && step.action().toLowerCase(java.util.Locale.forLanguageTag("vi")).contains("phân công");
    }

    /**
     * The unit the transfer goes to by default: the one named by the responsible of the path's step after the
     * desk's (step 1), e.g. "Phòng Quản lý công nghệ và Đổi mới sáng tạo"; empty when it names no unit.
     */
    static java.util.Optional<String> proposedUnit(WorkflowPath path, vn.motcua.identity.Agency agency) {
        if (agency == null || path.size() < 2) {
            return java.util.Optional.empty();
        }
        return agency.unitNamedIn(path.step(1).responsible()).map(vn.motcua.identity.Unit::code);
    }

    private void completeStep(ActionContext ctx, ActionCommand.CompleteStep completion) {
        DossierState d = ctx.dossier;
        var side = openSideStep(d);
        if (side.isPresent()) {
            steps.finish(side.get().id(), ctx.now, ctx.actor, "COMPLETED", completion.note());
            d.stage = Stage.PROCESSING;
            ctx.data.put("closed", side.get().action());
            return;
        }
        if (d.currentStep == null) {
            throw ProblemException.conflict("Hồ sơ đã hoàn thành mọi bước của quy trình nội bộ; hãy hoàn thành giải "
                    + "quyết (ban hành kết quả).");
        }
        if (completion.branch() != null) {
            takeBranch(ctx, completion.branch());
        }
        finishCurrent(ctx, "COMPLETED", completion.note());
        String unit = completion.unit() == null ? d.currentUnit : requireUnit(ctx, completion.unit());
        d.currentUnit = unit;
        if (completion.assignee() != null) {
            d.assignee = requireOfficial(ctx, completion.assignee());
            ctx.data.put("assignee", d.assignee);
        }
        startStep(ctx, d.currentStep + 1, unit);
    }

    /** Takes an optional path (e.g. council appraisal); its steps must all lie ahead of the current one. */
    private void takeBranch(ActionContext ctx, String branch) {
        DossierState d = ctx.dossier;
        if (d.branch != null) {
            throw ProblemException.conflict("Hồ sơ đã đi theo nhánh \"" + d.branch + "\" của quy trình nội bộ.");
        }
        ctx.path.requireBranch(branch);
        WorkflowPath taken = WorkflowPath.of(ctx.internalProcedure, branch);
        if (!taken.steps().subList(0, d.currentStep + 1).equals(ctx.path.steps().subList(0, d.currentStep + 1))) {
            throw ProblemException.conflict("Nhánh \"" + branch + "\" có bước nằm trước bước hiện tại; không thể "
                    + "chuyển sang nhánh này ở bước này.");
        }
        d.branch = branch;
        ctx.path = taken;
        ctx.data.put("branch", branch);
    }

    private void returnStep(ActionContext ctx, ActionCommand.ReturnStep ret) {
        DossierState d = ctx.dossier;
        ctx.data.put("reason", ret.reason());
        if (d.currentStep == null || d.currentStep < 2) {
            throw ProblemException.conflict("Không có bước xử lý trước để trả lại"
                    + (d.currentStep != null && d.currentStep == 1 ? " (bước trước là tiếp nhận tại Bộ phận Một cửa)"
                            : "") + ".");
        }
        finishCurrent(ctx, "RETURNED", ret.reason());
        startStep(ctx, d.currentStep - 1, d.currentUnit);
    }

    /** Opens a consultation or an inter-agency hand-off with its own deadline. */
    private void sideStep(ActionContext ctx, StepRepository.Kind kind, Stage stage, String target, int hours) {
        DossierState d = ctx.dossier;
        var due = deadlines.stepDue(ctx.now, java.math.BigDecimal.valueOf(hours), d.agencyCode);
        steps.start(d.id, kind, null, target, ctx.action.label(), ctx.actor, target, ctx.now, due);
        d.stage = stage;
        ctx.data.put("target", target);
        ctx.data.put("dueAt", due);
    }

    private java.util.Optional<StepRepository.Step> openSideStep(DossierState d) {
        return steps.open(d.id, StepRepository.Kind.CONSULTATION)
                .or(() -> steps.open(d.id, StepRepository.Kind.INTER_AGENCY));
    }

    private void finishCurrent(ActionContext ctx, String outcome, String note) {
        steps.open(ctx.dossier.id, StepRepository.Kind.PROCEDURE_STEP)
                .ifPresent(step -> steps.finish(step.id(), ctx.now, ctx.actor, outcome, note));
    }

    /** Starts step {@code index} of the path, or marks the path done when there is none. */
    private void startStep(ActionContext ctx, int index, String unit) {
        DossierState d = ctx.dossier;
        if (index >= ctx.path.size()) {
            d.currentStep = null;
            d.stepDueAt = null;
            d.stage = Stage.READY_TO_ISSUE;
            return;
        }
        InternalStep step = ctx.path.step(index);
        d.currentStep = index;
        d.stepDueAt = deadlines.stepDue(ctx.now, step.workingHours(), d.agencyCode);
        d.stage = Stage.PROCESSING;
        steps.start(d.id, StepRepository.Kind.PROCEDURE_STEP, index, step.responsible(), step.action(), ctx.actor,
                unit, ctx.now, d.stepDueAt);
        ctx.data.put("step", step.action());
    }

    /** The unit, one of the dossier's agency's. */
    private String requireUnit(ActionContext ctx, String unit) {
        boolean known = agencies.find(AgencyCode.parse(ctx.dossier.agencyCode)).map(agency -> agency.hasUnit(unit))
                .orElse(false);
        if (!known) {
            throw ProblemException.invalidField("unit", "Cơ quan không có đơn vị mã \"" + unit + "\"");
        }
        return unit;
    }

    /** The username of an official of the dossier's agency. */
    private String requireOfficial(ActionContext ctx, String username) {
        AgencyCode agency = AgencyCode.parse(ctx.dossier.agencyCode);
        UserAccount user = users.find(username)
                .filter(u -> u.hasRole(Role.SPECIALIST, agency) || u.hasRole(Role.UNIT_HEAD, agency)
                        || u.hasRole(Role.LEADER, agency) || u.hasRole(Role.DESK_OFFICER, agency))
                .orElseThrow(() -> ProblemException.invalidField("assignee",
                        "\"" + username + "\" không phải cán bộ xử lý của cơ quan"));
        return user.username();
    }
}

package vn.motcua.dossier.internal;

import java.time.Instant;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.WorkingDuration;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.Stage;
import vn.motcua.documents.FormKind;
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
    public void apply(ActionContext ctx) {
        switch (ctx.action) {
            case REQUEST_SUPPLEMENT -> requestSupplement(ctx);
            case RECEIVE_SUPPLEMENT -> receiveSupplement(ctx);
            case EXTEND -> extend(ctx);
            case REQUEST_PAYMENT -> requestPayment(ctx);
            case CONFIRM_PAYMENT -> confirmPayment(ctx);
            default -> throw new IllegalArgumentException(ctx.action.name());
        }
    }

    private void requestSupplement(ActionContext ctx) {
        DossierState d = ctx.dossier;
        RuleSet rules = ctx.rules;
        if (d.supplementRequests >= rules.maxProcessingSupplements()) {
            throw ProblemException.conflict("Hồ sơ đã được yêu cầu bổ sung " + d.supplementRequests + " lần; theo "
                    + rules.name() + " chỉ được yêu cầu bổ sung " + rules.maxProcessingSupplements()
                    + " lần trong quá trình giải quyết.");
        }
        if (rules.supplementWindowWorkingDays() != null) {
            Instant latest = deadlines.stepDue(d.receivedAt,
                    java.math.BigDecimal.valueOf(rules.supplementWindowWorkingDays() * 8L), d.agencyCode);
            if (ctx.now.isAfter(latest)) {
                throw ProblemException.conflict("Đã quá " + rules.supplementWindowWorkingDays()
                        + " ngày làm việc kể từ khi tiếp nhận (hạn cuối " + Formats.dateTime(latest, deadlines.zone(
                                d.agencyCode)) + "); không được yêu cầu bổ sung hồ sơ nữa mà phải giải quyết hoặc "
                        + "từ chối có lý do.");
            }
        }
        ctx.requireItems();
        ctx.requireReason("yêu cầu bổ sung hồ sơ");
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

    private void extend(ActionContext ctx) {
        DossierState d = ctx.dossier;
        RuleSet rules = ctx.rules;
        if (d.dueAt == null) {
            throw ProblemException.conflict("Thủ tục không quy định thời hạn giải quyết; không có ngày hẹn để gia hạn.");
        }
        if (d.extended && rules.maxExtensions() <= 1) {
            throw ProblemException.conflict("Hồ sơ đã được hẹn lại ngày trả kết quả một lần; theo " + rules.name()
                    + " chỉ được hẹn lại không quá " + rules.maxExtensions() + " lần.");
        }
        Instant latest = deadlines.workingDaysBefore(d.dueAt, rules.extensionNoticeWorkingDays(), d.agencyCode);
        if (ctx.now.isAfter(latest)) {
            throw ProblemException.conflict("Văn bản xin lỗi và gia hạn phải được gửi chậm nhất "
                    + rules.extensionNoticeWorkingDays() + " ngày làm việc trước ngày hẹn trả ("
                    + Formats.dateTime(d.dueAt, deadlines.zone(d.agencyCode)) + "), tức trước "
                    + Formats.dateTime(latest, deadlines.zone(d.agencyCode)) + ".");
        }
        ctx.requireReason("chậm trả kết quả");
        Instant newDue = ctx.request.newDueAt();
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

    private void requestPayment(ActionContext ctx) {
        DossierState d = ctx.dossier;
        Long amount = ctx.request.amountVnd();
        if (amount != null) {
            if (amount <= 0) {
                throw ProblemException.invalidField("amountVnd", "Số tiền phải là số nguyên dương (đồng)");
            }
            fees.add(d.id, ctx.request.note() == null ? "Nghĩa vụ tài chính" : ctx.request.note(), amount, null,
                    false);
            ctx.data.put("amountVnd", amount);
        } else if (fees.list(d.id).stream().allMatch(f -> f.paidAt() != null)) {
            throw ProblemException.invalidField("amountVnd",
                    "Hồ sơ không còn khoản phí, lệ phí nào chưa nộp; cần nêu số tiền của nghĩa vụ tài chính");
        }
        ctx.publicStep = true;
    }

    private void confirmPayment(ActionContext ctx) {
        boolean online = Boolean.TRUE.equals(ctx.request.paidOnline());
        int lines = fees.payAll(ctx.dossier.id, ctx.now, online);
        ctx.data.put("paidLines", lines);
        ctx.data.put("paidOnline", online);
    }
}

package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.motcua.shared.ProblemException;

/**
 * The input of one action on a dossier: one record per {@link DossierAction}, holding exactly what that action reads,
 * and the reason the person gives, which every action records with its event. Each record validates itself on creation (blank text counts as absent) and refuses a missing or bad field with
 * {@link ProblemException#invalidField} (400) naming the contract's field. Checks that need the dossier (is the unit
 * one of the agency's, is the new due date after the current one) stay with the action's handler.
 */
public sealed interface ActionCommand {

    DossierAction action();

    /**
     * Why, as the person wrote it: recorded with the event and printed on the forms that carry one. Required where the
     * record's constructor says so, optional (null when blank) for the other actions.
     */
    String reason();

    /**
     * T2: the desk receives the dossier; the clock starts.
     *
     * @param components the components the desk checked as handed in (its completeness checklist); null when no
     *                   checklist was kept, and then the dossier's files (or, without files, every component) count
     */
    record Receive(String reason, List<String> components) implements ActionCommand {
        public Receive {
            reason = text(reason);
            components = components == null ? null : components.stream().filter(java.util.Objects::nonNull)
                    .map(String::strip).filter(name -> !name.isEmpty()).distinct().toList();
        }

        public Receive(String reason) {
            this(reason, null);
        }

        public DossierAction action() {
            return DossierAction.RECEIVE;
        }
    }

    /** T3: before receipt, every missing part is listed once. */
    record RequestCompletion(List<String> items, String reason) implements ActionCommand {
        public RequestCompletion {
            items = requireItems(items);
            reason = requireReason(reason, "yêu cầu bổ sung, hoàn thiện hồ sơ");
        }

        public DossierAction action() {
            return DossierAction.REQUEST_COMPLETION;
        }
    }

    /** T4: the applicant hands the completed dossier back. */
    record Resubmit(String reason) implements ActionCommand {
        public Resubmit {
            reason = text(reason);
        }

        public DossierAction action() {
            return DossierAction.RESUBMIT;
        }
    }

    /** T5: the desk refuses to receive the dossier. */
    record Refuse(String reason) implements ActionCommand {
        public Refuse {
            reason = requireReason(reason, "từ chối tiếp nhận hồ sơ");
        }

        public DossierAction action() {
            return DossierAction.REFUSE;
        }
    }

    /** The desk hands the dossier to a unit; {@code note} ends the desk's step on the control sheet. */
    record Transfer(String unit, String note, String reason) implements ActionCommand {
        public Transfer {
            reason = text(reason);
            unit = text(unit); // absent: the unit named by the internal procedure's next step, if any
            note = text(note);
        }

        public DossierAction action() {
            return DossierAction.TRANSFER;
        }
    }

    record Assign(String assignee, String reason) implements ActionCommand {
        public Assign {
            reason = text(reason);
            assignee = require(assignee, "assignee", "Cần chọn cán bộ được phân công");
        }

        public DossierAction action() {
            return DossierAction.ASSIGN;
        }
    }

    /**
     * Ends the current step (or the open consultation / hand-off); optionally the next step's unit and assignee and a
     * branch of the internal procedure to take.
     */
    record CompleteStep(String unit, String assignee, String branch, String note, String reason) implements ActionCommand {
        public CompleteStep {
            reason = text(reason);
            unit = text(unit);
            assignee = text(assignee);
            branch = text(branch);
            note = text(note);
        }

        public DossierAction action() {
            return DossierAction.COMPLETE_STEP;
        }
    }

    record ReturnStep(String reason) implements ActionCommand {
        public ReturnStep {
            reason = requireReason(reason, "trả lại bước trước");
        }

        public DossierAction action() {
            return DossierAction.RETURN_STEP;
        }
    }

    /** Asks a body for its opinion, within its own deadline. */
    record Consult(String target, Integer workingHours, String reason) implements ActionCommand {
        public Consult {
            reason = text(reason);
            target = require(target, "target", "Cần nêu cơ quan, đơn vị được lấy ý kiến");
            requireHours(workingHours, DossierAction.CONSULT);
        }

        public DossierAction action() {
            return DossierAction.CONSULT;
        }
    }

    /** Hands the dossier to a partner agency (inter-agency procedure), within its own deadline. */
    record HandOff(String target, Integer workingHours, String reason) implements ActionCommand {
        public HandOff {
            reason = text(reason);
            target = require(target, "target", "Cần nêu cơ quan, đơn vị được chuyển liên thông");
            requireHours(workingHours, DossierAction.HAND_OFF);
        }

        public DossierAction action() {
            return DossierAction.HAND_OFF;
        }
    }

    /** T8: during processing, every missing part is listed once; the clock stops. */
    record RequestSupplement(List<String> items, String reason) implements ActionCommand {
        public RequestSupplement {
            items = requireItems(items);
            reason = requireReason(reason, "yêu cầu bổ sung hồ sơ");
        }

        public DossierAction action() {
            return DossierAction.REQUEST_SUPPLEMENT;
        }
    }

    /** T9: the supplement is complete; the clock restarts from zero. */
    record ReceiveSupplement(String reason) implements ActionCommand {
        public ReceiveSupplement {
            reason = text(reason);
        }

        public DossierAction action() {
            return DossierAction.RECEIVE_SUPPLEMENT;
        }
    }

    /** T11: apology and a new due date; the handler checks that {@code newDueAt} is after the current one. */
    record Extend(Instant newDueAt, String reason) implements ActionCommand {
        public Extend {
            reason = requireReason(reason, "chậm trả kết quả");
        }

        public DossierAction action() {
            return DossierAction.EXTEND;
        }
    }

    /** T12: a financial obligation; without an amount, the unpaid fee lines are asked for. */
    record RequestPayment(Long amountVnd, String note, String reason) implements ActionCommand {
        public RequestPayment {
            reason = text(reason);
            if (amountVnd != null && amountVnd <= 0) {
                throw ProblemException.invalidField("amountVnd", "Số tiền phải là số nguyên dương (đồng)");
            }
            note = text(note);
        }

        public DossierAction action() {
            return DossierAction.REQUEST_PAYMENT;
        }
    }

    record ConfirmPayment(boolean paidOnline, String reason) implements ActionCommand {
        public ConfirmPayment {
            reason = text(reason);
        }

        public DossierAction action() {
            return DossierAction.CONFIRM_PAYMENT;
        }
    }

    /** T13: the applicant asks to withdraw the dossier. */
    record Withdraw(String reason) implements ActionCommand {
        public Withdraw {
            reason = requireReason(reason, "rút hồ sơ (nội dung đề nghị của người nộp)");
        }

        public DossierAction action() {
            return DossierAction.WITHDRAW;
        }
    }

    /** T14: processing stops (stop notice). */
    record Stop(String reason) implements ActionCommand {
        public Stop {
            reason = requireReason(reason, "dừng giải quyết hồ sơ");
        }

        public DossierAction action() {
            return DossierAction.STOP;
        }
    }

    /** T15: the result is issued; a refusal needs its reason, a grant may carry one. */
    record Resolve(Outcome outcome, String reason) implements ActionCommand {
        public Resolve {
            if (outcome == null) {
                throw ProblemException.invalidField("outcome",
                        "Cần chọn kết quả: GRANTED (giải quyết) hoặc REFUSED (từ chối)");
            }
            reason = outcome == Outcome.REFUSED ? requireReason(reason, "từ chối giải quyết hồ sơ") : text(reason);
        }

        public DossierAction action() {
            return DossierAction.RESOLVE;
        }
    }

    /** T16: the result is handed over; without {@code delivery}, as the applicant chose (or at the desk). */
    record ReturnResult(ResultDelivery delivery, String reason) implements ActionCommand {
        public ReturnResult {
            reason = text(reason);
        }

        public DossierAction action() {
            return DossierAction.RETURN_RESULT;
        }
    }

    /** Stripped text, or null when blank. */
    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String require(String value, String field, String message) {
        String text = text(value);
        if (text == null) {
            throw ProblemException.invalidField(field, message);
        }
        return text;
    }

    private static String requireReason(String reason, String what) {
        return require(reason, "reason", "Cần nêu lý do " + what);
    }

    /** The listed items without blank lines; at least one. */
    private static List<String> requireItems(List<String> items) {
        List<String> listed = items == null ? List.of()
                : items.stream().map(ActionCommand::text).filter(Objects::nonNull).toList();
        if (listed.isEmpty()) {
            throw ProblemException.invalidField("items",
                    "Cần liệt kê đầy đủ, một lần, các nội dung người nộp phải bổ sung, hoàn thiện");
        }
        return listed;
    }

    /** A side step's own deadline: 1 to 480 working hours. */
    private static void requireHours(Integer hours, DossierAction action) {
        if (hours == null || hours <= 0 || hours > 8 * 60) {
            throw ProblemException.invalidField("workingHours",
                    "Cần thời hạn (số giờ làm việc, từ 1 đến 480) cho bước " + action.label().toLowerCase());
        }
    }
}

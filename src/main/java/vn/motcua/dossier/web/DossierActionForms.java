package vn.motcua.dossier.web;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.motcua.dossier.ActionCommand;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.Outcome;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.web.Pages;
import vn.motcua.shared.web.TypedDates;

/**
 * The small form of each action on the dossier page: the fields it needs, in the order they are typed, and the
 * posted values turned into the action's {@link ActionCommand} (through the API's {@link ActionBody}).
 */
final class DossierActionForms {

    /** Actions in the order their forms are offered; the first available one is opened. */
    static final List<DossierAction> ORDER = List.of(DossierAction.RECEIVE, DossierAction.RESUBMIT,
            DossierAction.TRANSFER, DossierAction.ASSIGN, DossierAction.COMPLETE_STEP, DossierAction.RESOLVE,
            DossierAction.RECEIVE_SUPPLEMENT, DossierAction.CONFIRM_PAYMENT, DossierAction.RETURN_RESULT,
            DossierAction.REQUEST_COMPLETION, DossierAction.REFUSE, DossierAction.RETURN_STEP, DossierAction.CONSULT,
            DossierAction.HAND_OFF, DossierAction.REQUEST_SUPPLEMENT, DossierAction.REQUEST_PAYMENT,
            DossierAction.EXTEND, DossierAction.WITHDRAW, DossierAction.STOP);

    private static final Map<DossierAction, List<String>> FIELDS = new EnumMap<>(DossierAction.class);

    static {
        FIELDS.put(DossierAction.RECEIVE, List.of());
        FIELDS.put(DossierAction.REQUEST_COMPLETION, List.of("items", "reason"));
        FIELDS.put(DossierAction.RESUBMIT, List.of("note"));
        FIELDS.put(DossierAction.REFUSE, List.of("reason"));
        FIELDS.put(DossierAction.TRANSFER, List.of("unit", "note"));
        FIELDS.put(DossierAction.ASSIGN, List.of("assignee"));
        FIELDS.put(DossierAction.COMPLETE_STEP, List.of("note", "nextUnit", "nextAssignee", "branch"));
        FIELDS.put(DossierAction.RETURN_STEP, List.of("reason"));
        FIELDS.put(DossierAction.CONSULT, List.of("target", "workingHours"));
        FIELDS.put(DossierAction.HAND_OFF, List.of("target", "workingHours"));
        FIELDS.put(DossierAction.REQUEST_SUPPLEMENT, List.of("items", "reason"));
        FIELDS.put(DossierAction.RECEIVE_SUPPLEMENT, List.of("note"));
        FIELDS.put(DossierAction.EXTEND, List.of("newDueAt", "reason"));
        FIELDS.put(DossierAction.REQUEST_PAYMENT, List.of("amountVnd", "note"));
        FIELDS.put(DossierAction.CONFIRM_PAYMENT, List.of("paidOnline"));
        FIELDS.put(DossierAction.WITHDRAW, List.of("reason"));
        FIELDS.put(DossierAction.STOP, List.of("reason"));
        FIELDS.put(DossierAction.RESOLVE, List.of("outcome", "reason"));
        FIELDS.put(DossierAction.RETURN_RESULT, List.of("delivery"));
    }

    private DossierActionForms() {}

    /** One action's form on the page. */
    record ActionForm(DossierAction action, List<String> fields) {
        public String slug() {
            return action.slug();
        }

        public String label() {
            return action.label();
        }
    }

    static List<ActionForm> of(java.util.Set<DossierAction> available) {
        return ORDER.stream().filter(available::contains).map(a -> new ActionForm(a, FIELDS.get(a))).toList();
    }

    /** The posted fields of an action form. */
    record Posted(Integer version, String reason, String items, String unit, String assignee, String nextUnit,
            String nextAssignee, String branch, String newDueAt, String workingHours, String target, String outcome,
            String delivery, String paidOnline, String amountVnd, String note) {

        /** The version the page showed; 428 when the form lacks it. */
        int expectedVersion() {
            if (version == null) {
                throw new ProblemException(ProblemException.Kind.PRECONDITION_REQUIRED,
                        "Thiếu phiên bản hồ sơ; hãy tải lại trang hồ sơ rồi thực hiện lại thao tác.");
            }
            return version;
        }

        /** The command of {@code action}; typed values are parsed now, as the API parses its body. */
        Supplier<ActionCommand> command(DossierAction action) {
            boolean completeStep = action == DossierAction.COMPLETE_STEP;
            OffsetDateTime dueAt = dateTime(newDueAt);
            Integer hours = integer(workingHours, "workingHours");
            Outcome parsedOutcome = outcome(outcome);
            ResultDelivery parsedDelivery = IntakePages.parseDelivery(delivery);
            Long amount = money(amountVnd);
            return new ActionBody(reason, items == null ? List.of() : Arrays.asList(items.split("\\R")),
                    completeStep ? nextUnit : unit, completeStep ? nextAssignee : assignee, dueAt, hours, target,
                    branch, parsedOutcome == null ? null : parsedOutcome.name(),
                    parsedDelivery == null ? null : parsedDelivery.name(), "true".equals(paidOnline), amount, note)
                    .command(action);
        }

        private static OffsetDateTime dateTime(String value) {
            LocalDateTime typed = TypedDates.parseDateTime(value, "newDueAt", "Ngày giờ hẹn trả mới");
            return typed == null ? null : typed.atZone(Pages.VIETNAM).toOffsetDateTime();
        }

        private static Integer integer(String value, String field) {
            if (Pages.blank(value) == null) {
                return null;
            }
            try {
                return Integer.valueOf(value.strip());
            } catch (NumberFormatException e) {
                throw ProblemException.invalidField(field, "Phải là số nguyên: \"" + value.strip() + "\"");
            }
        }

        private static Long money(String value) {
            if (Pages.blank(value) == null) {
                return null;
            }
            try {
                return Long.valueOf(value.strip().replace(".", "").replace(",", "").replace(" ", ""));
            } catch (NumberFormatException e) {
                throw ProblemException.invalidField("amountVnd", "Số tiền phải là số nguyên (đồng): \""
                        + value.strip() + "\"");
            }
        }

        private static Outcome outcome(String value) {
            if (Pages.blank(value) == null) {
                return null;
            }
            try {
                return Outcome.valueOf(value.strip());
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField("outcome", "Kết quả phải là Giải quyết hoặc Từ chối giải quyết");
            }
        }
    }
}

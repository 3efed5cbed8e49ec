package vn.motcua.dossier.internal.rules;

import static vn.motcua.dossier.DossierStatus.AWAITING_PAYMENT;
import static vn.motcua.dossier.DossierStatus.INTAKE_SUPPLEMENT;
import static vn.motcua.dossier.DossierStatus.IN_PROGRESS;
import static vn.motcua.dossier.DossierStatus.NOT_ACCEPTED;
import static vn.motcua.dossier.DossierStatus.RECEIVED;
import static vn.motcua.dossier.DossierStatus.RESOLVED;
import static vn.motcua.dossier.DossierStatus.RETURNED;
import static vn.motcua.dossier.DossierStatus.STOPPED;
import static vn.motcua.dossier.DossierStatus.SUBMITTED;
import static vn.motcua.dossier.DossierStatus.SUPPLEMENT_REQUESTED;
import static vn.motcua.dossier.DossierStatus.WITHDRAWAL_REQUESTED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.shared.ProblemException;

/**
 * The state machine of {@code dossier-lifecycle.md} §3.2 (T1–T16): from which statuses each action may be taken and
 * the status it leads to. Rules that depend on more than the status (once-only supplement, the extension notice,
 * the supplement window) are checked by the action handlers.
 */
public final class Transitions {

    /** From-statuses and target of one action; a null target keeps the status. */
    public record Edge(Set<DossierStatus> from, DossierStatus to) {}

    private static final Set<DossierStatus> PROCESSING = EnumSet.of(RECEIVED, IN_PROGRESS, SUPPLEMENT_REQUESTED,
            AWAITING_PAYMENT);

    private static final Map<DossierAction, Edge> EDGES = new EnumMap<>(DossierAction.class);

    static {
        edge(DossierAction.RECEIVE, EnumSet.of(SUBMITTED), RECEIVED);
        edge(DossierAction.REQUEST_COMPLETION, EnumSet.of(SUBMITTED), INTAKE_SUPPLEMENT);
        edge(DossierAction.RESUBMIT, EnumSet.of(INTAKE_SUPPLEMENT), SUBMITTED);
        edge(DossierAction.REFUSE, EnumSet.of(SUBMITTED, INTAKE_SUPPLEMENT), NOT_ACCEPTED);
        edge(DossierAction.TRANSFER, EnumSet.of(RECEIVED), IN_PROGRESS);
        edge(DossierAction.ASSIGN, EnumSet.of(IN_PROGRESS), null);
        edge(DossierAction.COMPLETE_STEP, EnumSet.of(IN_PROGRESS), null);
        edge(DossierAction.RETURN_STEP, EnumSet.of(IN_PROGRESS), null);
        edge(DossierAction.CONSULT, EnumSet.of(IN_PROGRESS), null);
        edge(DossierAction.HAND_OFF, EnumSet.of(IN_PROGRESS), null);
        edge(DossierAction.REQUEST_SUPPLEMENT, EnumSet.of(RECEIVED, IN_PROGRESS), SUPPLEMENT_REQUESTED);
        edge(DossierAction.RECEIVE_SUPPLEMENT, EnumSet.of(SUPPLEMENT_REQUESTED), IN_PROGRESS);
        edge(DossierAction.EXTEND, EnumSet.of(RECEIVED, IN_PROGRESS, AWAITING_PAYMENT), null);
        edge(DossierAction.REQUEST_PAYMENT, EnumSet.of(IN_PROGRESS), AWAITING_PAYMENT);
        edge(DossierAction.CONFIRM_PAYMENT, EnumSet.of(AWAITING_PAYMENT), IN_PROGRESS);
        edge(DossierAction.WITHDRAW, PROCESSING, WITHDRAWAL_REQUESTED);
        edge(DossierAction.STOP, EnumSet.of(WITHDRAWAL_REQUESTED, RECEIVED, IN_PROGRESS, SUPPLEMENT_REQUESTED,
                AWAITING_PAYMENT), STOPPED);
        edge(DossierAction.RESOLVE, EnumSet.of(IN_PROGRESS), RESOLVED);
        edge(DossierAction.RETURN_RESULT, EnumSet.of(RESOLVED), RETURNED);
    }

    private Transitions() {}

    private static void edge(DossierAction action, Set<DossierStatus> from, DossierStatus to) {
        EDGES.put(action, new Edge(Set.copyOf(from), to));
    }

    public static boolean allowed(DossierStatus from, DossierAction action) {
        return EDGES.get(action).from().contains(from);
    }

    /**
     * The status after {@code action}; a 409 problem saying in Vietnamese why the action cannot be taken now.
     */
    public static DossierStatus next(DossierStatus from, DossierAction action) {
        Edge edge = EDGES.get(action);
        if (!edge.from().contains(from)) {
            throw ProblemException.conflict("Không thể thực hiện \"" + action.label() + "\" khi hồ sơ đang ở trạng thái \""
                    + from.label() + "\"" + (from.isTerminal() ? " (hồ sơ đã kết thúc)" : "")
                    + ". Thao tác này chỉ áp dụng cho hồ sơ ở trạng thái: "
                    + edge.from().stream().sorted().map(DossierStatus::label).collect(Collectors.joining(", ")) + ".");
        }
        return edge.to() == null ? from : edge.to();
    }

    /** The actions that can be taken from a status (for pages: which buttons to show). */
    public static Set<DossierAction> available(DossierStatus from) {
        Set<DossierAction> actions = EnumSet.noneOf(DossierAction.class);
        EDGES.forEach((action, edge) -> {
            if (edge.from().contains(from)) {
                actions.add(action);
            }
        });
        return actions;
    }
}

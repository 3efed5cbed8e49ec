package vn.motcua.feedback.internal;

import static vn.motcua.feedback.FeedbackAction.ACCEPT;
import static vn.motcua.feedback.FeedbackAction.ANSWER;
import static vn.motcua.feedback.FeedbackAction.ASSIGN;
import static vn.motcua.feedback.FeedbackAction.FORWARD;
import static vn.motcua.feedback.FeedbackAction.PUBLISH;
import static vn.motcua.feedback.FeedbackAction.RATE;
import static vn.motcua.feedback.FeedbackAction.RECEIVE_SUPPLEMENT;
import static vn.motcua.feedback.FeedbackAction.REJECT;
import static vn.motcua.feedback.FeedbackAction.REQUEST_SUPPLEMENT;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import vn.motcua.feedback.FeedbackAction;
import vn.motcua.feedback.FeedbackStatus;
import vn.motcua.identity.Role;

/**
 * The register's rules: which actions each status allows (Decree 20/2008 Art. 9, 14, 19), who may perform them,
 * and which limit a status waits on.
 */
final class FeedbackRules {

    private static final Map<FeedbackStatus, Set<FeedbackAction>> ALLOWED = new EnumMap<>(FeedbackStatus.class);
    private static final Map<FeedbackAction, Set<Role>> ROLES = new EnumMap<>(FeedbackAction.class);

    /** Officials who take feedback in: the desk, the control focal point, the leadership. */
    static final Set<Role> INTAKE = EnumSet.of(Role.DESK_OFFICER, Role.CONTROL_OFFICER, Role.LEADER);
    /** Officials who read the agency's register. */
    static final Set<Role> READERS = EnumSet.of(Role.DESK_OFFICER, Role.SPECIALIST, Role.UNIT_HEAD, Role.LEADER,
            Role.CONTROL_OFFICER);

    static {
        Set<FeedbackAction> handling = EnumSet.of(ASSIGN, ANSWER, REQUEST_SUPPLEMENT, FORWARD);
        ALLOWED.put(FeedbackStatus.RECEIVED, EnumSet.of(ACCEPT, REJECT, REQUEST_SUPPLEMENT, FORWARD));
        ALLOWED.put(FeedbackStatus.SUPPLEMENT_REQUESTED, EnumSet.of(RECEIVE_SUPPLEMENT, REJECT));
        ALLOWED.put(FeedbackStatus.ACCEPTED, handling);
        ALLOWED.put(FeedbackStatus.ASSIGNED, handling);
        ALLOWED.put(FeedbackStatus.ANSWERED, EnumSet.of(PUBLISH, RATE));
        ALLOWED.put(FeedbackStatus.PUBLISHED, EnumSet.of(RATE));
        ALLOWED.put(FeedbackStatus.REJECTED, EnumSet.noneOf(FeedbackAction.class));
        ALLOWED.put(FeedbackStatus.FORWARDED, EnumSet.noneOf(FeedbackAction.class));

        Set<Role> focal = EnumSet.of(Role.CONTROL_OFFICER, Role.LEADER);
        for (FeedbackAction action : EnumSet.of(ACCEPT, REJECT, REQUEST_SUPPLEMENT, FORWARD, PUBLISH)) {
            ROLES.put(action, focal);
        }
        ROLES.put(RECEIVE_SUPPLEMENT, EnumSet.of(Role.CONTROL_OFFICER, Role.LEADER, Role.DESK_OFFICER));
        ROLES.put(ASSIGN, EnumSet.of(Role.CONTROL_OFFICER, Role.LEADER, Role.UNIT_HEAD));
        ROLES.put(ANSWER, EnumSet.of(Role.CONTROL_OFFICER, Role.LEADER, Role.UNIT_HEAD, Role.SPECIALIST));
        ROLES.put(RATE, EnumSet.noneOf(Role.class));
    }

    private FeedbackRules() {}

    static boolean allows(FeedbackStatus status, FeedbackAction action) {
        return ALLOWED.get(status).contains(action);
    }

    static Set<FeedbackAction> allowed(FeedbackStatus status) {
        return ALLOWED.get(status);
    }

    /** The roles that may perform an action (none for the rating: only the submitter, with the lookup secret). */
    static Set<Role> roles(FeedbackAction action) {
        return ROLES.get(action);
    }

    /**
     * What a status waits on: classification (forwarding limit) when received, the handling limit while accepted
     * or assigned, publication once answered; nothing while the submitter supplements or once closed.
     */
    static Instant stageDue(FeedbackStatus status, Instant forwardDue, Instant handlingDue, Instant publicationDue) {
        switch (status) {
            case RECEIVED:
                return forwardDue;
            case ACCEPTED:
            case ASSIGNED:
                return handlingDue;
            case ANSWERED:
                return publicationDue;
            default:
                return null;
        }
    }
}

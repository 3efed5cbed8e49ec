package vn.motcua.feedback.internal;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.motcua.feedback.Feedback;
import vn.motcua.feedback.FeedbackAction;
import vn.motcua.identity.Agencies;
import vn.motcua.identity.AgencyCode;
import vn.motcua.identity.Role;
import vn.motcua.identity.RoleGrant;
import vn.motcua.identity.UserAccount;
import vn.motcua.identity.Users;
import vn.motcua.shared.ProblemException;

/**
 * Who may read and act on an agency's register: its officials read it (administrators too); the control focal
 * point and the leadership classify, forward and publish; unit heads assign; the assigned specialist answers.
 * Never across agencies.
 */
@Component
class FeedbackAccess {

    private final Users users;
    private final Agencies agencies;

    FeedbackAccess(Users users, Agencies agencies) {
        this.users = users;
        this.agencies = agencies;
    }

    UserAccount user(String username) {
        return users.find(username).orElseThrow(() -> forbidden("Tài khoản không tồn tại hoặc đã bị khóa."));
    }

    String fullName(String username) {
        return users.find(username).map(UserAccount::fullName).orElse(username);
    }

    /** The agency whose register an official works on when none is named. */
    String homeAgency(UserAccount user) {
        return user.roles().stream().filter(g -> FeedbackRules.READERS.contains(g.role()) && g.agencyCode() != null)
                .map(g -> g.agencyCode().value()).findFirst().orElseThrow(() -> ProblemException.invalidField("agency",
                        "Cần chọn cơ quan (mã cơ quan, ví dụ 000.00.22.H05)."));
    }

    void requireReader(UserAccount user, String agency) {
        if (user.hasRole(Role.ADMINISTRATOR) || holds(user, agency, FeedbackRules.READERS)) {
            return;
        }
        throw forbidden("Chỉ cán bộ của cơ quan " + agency + " xem được sổ tiếp nhận phản ánh, kiến nghị của cơ quan.");
    }

    void require(UserAccount user, String agency, Set<Role> roles, String message) {
        if (!holds(user, agency, roles)) {
            throw forbidden(message);
        }
    }

    boolean may(UserAccount user, Feedback feedback, FeedbackAction action) {
        Set<Role> roles = FeedbackRules.roles(action);
        if (action == FeedbackAction.ANSWER && !holds(user, feedback.agencyCode(), Set.of(Role.CONTROL_OFFICER,
                Role.LEADER, Role.UNIT_HEAD))) {
            return holds(user, feedback.agencyCode(), roles) && user.username().equals(feedback.handling().assignee());
        }
        return holds(user, feedback.agencyCode(), roles);
    }

    void requireMay(UserAccount user, Feedback feedback, FeedbackAction action) {
        if (!may(user, feedback, action)) {
            String roles = FeedbackRules.roles(action).stream().map(Role::label).collect(Collectors.joining(", "));
            throw forbidden("\"" + action.label() + "\" dành cho: " + roles
                    + (action == FeedbackAction.ANSWER ? " (chuyên viên: khi được giao xử lý)" : "") + ".");
        }
    }

    /** The unit belongs to the agency and the assignee (if any) is one of its officials. */
    void requireAssignable(String agency, String unit, String assignee) {
        boolean known = agencies.find(agencyCode(agency)).map(a -> a.hasUnit(unit)).orElse(false);
        if (!known) {
            throw ProblemException.invalidField("unit", "Đơn vị \"" + unit + "\" không thuộc cơ quan " + agency + ".");
        }
        if (assignee != null && users.find(assignee).map(u -> !holds(u, agency, FeedbackRules.READERS)).orElse(true)) {
            throw ProblemException.invalidField("assignee", "Cán bộ \"" + assignee + "\" không thuộc cơ quan "
                    + agency + ".");
        }
    }

    private static boolean holds(UserAccount user, String agency, Set<Role> roles) {
        AgencyCode code = agencyCode(agency);
        for (RoleGrant grant : user.roles()) {
            if (roles.contains(grant.role()) && grant.covers(code)) {
                return true;
            }
        }
        return false;
    }

    static AgencyCode agencyCode(String agency) {
        try {
            return AgencyCode.parse(agency);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("agency", e.getMessage());
        }
    }

    private static ProblemException forbidden(String message) {
        return new ProblemException(ProblemException.Kind.FORBIDDEN, message);
    }
}

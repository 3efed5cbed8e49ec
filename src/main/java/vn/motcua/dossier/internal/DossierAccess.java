package vn.motcua.dossier.internal;

import static vn.motcua.identity.Role.DESK_OFFICER;
import static vn.motcua.identity.Role.LEADER;
import static vn.motcua.identity.Role.SPECIALIST;
import static vn.motcua.identity.Role.UNIT_HEAD;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.SubmissionChannel;
import vn.motcua.identity.AgencyCode;
import vn.motcua.identity.Role;
import vn.motcua.identity.UserAccount;
import vn.motcua.identity.Users;
import vn.motcua.shared.ProblemException;

/**
 * Who may do what to a dossier. Officials act for their agency only; the one-stop desk speaks to the applicant
 * (Decree 61/118: every applicant-facing request goes through the desk); unit heads and leaders assign, extend and
 * decide; the applicant who submitted online may resubmit and withdraw; control officers and administrators read.
 */
@Component
class DossierAccess {

    /** Not a possible username (usernames have no colon): the system itself, e.g. the importer. */
    static final String SYSTEM = "system:motcua";

    private static final Set<Role> OFFICIALS = EnumSet.of(DESK_OFFICER, SPECIALIST, UNIT_HEAD, LEADER);
    private static final Set<Role> READERS = EnumSet.of(DESK_OFFICER, SPECIALIST, UNIT_HEAD, LEADER,
            Role.CONTROL_OFFICER);
    private static final Map<DossierAction, Set<Role>> ROLES = new EnumMap<>(DossierAction.class);
    private static final Set<DossierAction> APPLICANT_ACTIONS = EnumSet.of(DossierAction.RESUBMIT,
            DossierAction.WITHDRAW);

    static {
        Set<Role> desk = EnumSet.of(DESK_OFFICER, LEADER);
        Set<Role> heads = EnumSet.of(UNIT_HEAD, LEADER);
        for (DossierAction action : DossierAction.values()) {
            ROLES.put(action, OFFICIALS);
        }
        for (DossierAction action : EnumSet.of(DossierAction.RECEIVE, DossierAction.REQUEST_COMPLETION,
                DossierAction.RESUBMIT, DossierAction.REFUSE, DossierAction.TRANSFER, DossierAction.RECEIVE_SUPPLEMENT,
                DossierAction.CONFIRM_PAYMENT, DossierAction.WITHDRAW, DossierAction.STOP,
                DossierAction.RETURN_RESULT)) {
            ROLES.put(action, desk);
        }
        for (DossierAction action : EnumSet.of(DossierAction.ASSIGN, DossierAction.EXTEND, DossierAction.RESOLVE)) {
            ROLES.put(action, heads);
        }
    }

    private final Users users;

    DossierAccess(Users users) {
        this.users = users;
    }

    UserAccount user(String username) {
        if (SYSTEM.equals(username)) {
            return null;
        }
        return users.find(username).orElseThrow(() -> forbidden("Tài khoản không tồn tại hoặc đã bị khóa."));
    }

    /** Registers a dossier: desk officers and leaders on any channel; an applicant online, for themself. */
    void requireCanRegister(UserAccount user, String agency, SubmissionChannel channel, boolean receive) {
        if (user == null || holds(user, agency, EnumSet.of(DESK_OFFICER, LEADER))) {
            return;
        }
        if (user.hasRole(Role.APPLICANT)) {
            if (channel != SubmissionChannel.ONLINE || receive) {
                throw forbidden("Người nộp hồ sơ chỉ nộp trực tuyến; việc tiếp nhận do Bộ phận Một cửa thực hiện.");
            }
            return;
        }
        throw forbidden("Chỉ cán bộ Bộ phận Một cửa hoặc lãnh đạo của cơ quan được đăng ký hồ sơ tại cơ quan này.");
    }

    void requireCanRead(UserAccount user, DossierState d) {
        if (user == null || user.hasRole(Role.ADMINISTRATOR) || holds(user, d.agencyCode, READERS)
                || isOwner(user, d)) {
            return;
        }
        throw forbidden("Bạn không có quyền xem hồ sơ này.");
    }

    void requireCanAct(UserAccount user, DossierState d, DossierAction action) {
        if (!canAct(user, d, action)) {
            throw forbidden("Thao tác \"" + action.label() + "\" chỉ dành cho: "
                    + ROLES.get(action).stream().map(Role::label).collect(Collectors.joining(", "))
                    + " của cơ quan tiếp nhận.");
        }
    }

    /** Whether the person may take the action on the dossier (the system itself may take any). */
    boolean canAct(UserAccount user, DossierState d, DossierAction action) {
        return user == null || (APPLICANT_ACTIONS.contains(action) && isOwner(user, d))
                || holds(user, d.agencyCode, ROLES.get(action));
    }

    /** Reads the whole agency's queue: leaders and control officers. */
    boolean seesWholeAgency(UserAccount user, String agency) {
        return user == null || user.hasRole(Role.ADMINISTRATOR)
                || holds(user, agency, EnumSet.of(LEADER, Role.CONTROL_OFFICER));
    }

    boolean isOfficial(UserAccount user, String agency) {
        return user == null || holds(user, agency, READERS) || user.hasRole(Role.ADMINISTRATOR);
    }

    private static boolean isOwner(UserAccount user, DossierState d) {
        return d.applicantUsername != null && d.applicantUsername.equalsIgnoreCase(user.username());
    }

    private static boolean holds(UserAccount user, String agency, Set<Role> roles) {
        AgencyCode code;
        try {
            code = AgencyCode.parse(agency);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return roles.stream().anyMatch(role -> user.hasRole(role, code));
    }

    static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemException.Kind.FORBIDDEN, detail);
    }
}

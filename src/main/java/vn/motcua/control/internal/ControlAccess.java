package vn.motcua.control.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.motcua.identity.Agencies;
import vn.motcua.identity.Agency;
import vn.motcua.identity.AgencyCode;
import vn.motcua.identity.Role;
import vn.motcua.identity.RoleGrant;
import vn.motcua.identity.UserAccount;
import vn.motcua.identity.Users;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.web.Pages;

/**
 * Who may read and write an agency's control records: its TTHC control officers read and write, its leaders read,
 * administrators do both for every agency; nobody reads another agency's records (403).
 */
@Component
class ControlAccess {

    private final Users users;
    private final Agencies agencies;
    private final Clock clock;

    ControlAccess(Users users, Agencies agencies, Clock clock) {
        this.users = users;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** The agency named by a request parameter, once the actor may read its records. */
    AgencyCode requireReader(String agency, String actor) {
        AgencyCode code = known(agency, "agency");
        if (!mayRead(code, actor)) {
            throw forbidden();
        }
        return code;
    }

    /** Refuses (403) unless the actor may read records of {@code code}. */
    void requireReader(AgencyCode code, String actor) {
        if (!mayRead(code, actor)) {
            throw forbidden();
        }
    }

    /** Refuses (403) unless the actor may write records of {@code code}, which must exist (400 otherwise). */
    void requireWriter(AgencyCode code, String actor) {
        if (agencies.find(code).isEmpty()) {
            throw ProblemException.invalidField("agencyCode", "Mã cơ quan: không có cơ quan mã " + code.value());
        }
        UserAccount user = user(actor);
        if (!(user.hasRole(Role.ADMINISTRATOR) || user.hasRole(Role.CONTROL_OFFICER, code))) {
            throw new ProblemException(ProblemException.Kind.FORBIDDEN, "Chỉ cán bộ kiểm soát TTHC của cơ quan "
                    + code.value() + " hoặc quản trị hệ thống được ghi hoạt động kiểm soát TTHC của cơ quan này.");
        }
    }

    boolean mayWrite(AgencyCode code, String actor) {
        UserAccount user = users.find(actor).orElse(null);
        return user != null && (user.hasRole(Role.ADMINISTRATOR) || user.hasRole(Role.CONTROL_OFFICER, code));
    }

    /** Whether the actor may write some agency's records (a control officer anywhere, or an administrator). */
    boolean mayWriteSome(String actor) {
        UserAccount user = actor == null ? null : users.find(actor).orElse(null);
        return user != null && (user.hasRole(Role.ADMINISTRATOR) || user.hasRole(Role.CONTROL_OFFICER));
    }

    /** The agencies the actor may read, in a stable order (every agency in force for an administrator). */
    List<Agency> readable(String actor) {
        UserAccount account = actor == null ? null : users.find(actor).orElse(null);
        if (account == null) {
            return List.of();
        }
        if (account.hasRole(Role.ADMINISTRATOR)) {
            LocalDate today = LocalDate.now(clock.withZone(Pages.VIETNAM));
            return agencies.list().stream().filter(a -> a.isValidOn(today)).toList();
        }
        List<Agency> found = new ArrayList<>();
        for (RoleGrant grant : account.roles()) {
            if ((grant.role() == Role.CONTROL_OFFICER || grant.role() == Role.LEADER) && grant.agencyCode() != null
                    && found.stream().noneMatch(a -> a.code().equals(grant.agencyCode()))) {
                agencies.find(grant.agencyCode()).ifPresent(found::add);
            }
        }
        return List.copyOf(found);
    }

    private boolean mayRead(AgencyCode code, String actor) {
        UserAccount user = user(actor);
        return user.hasRole(Role.ADMINISTRATOR) || user.hasRole(Role.CONTROL_OFFICER, code)
                || user.hasRole(Role.LEADER, code);
    }

    private AgencyCode known(String agency, String field) {
        if (agency == null || agency.isBlank()) {
            throw ProblemException.invalidField(field, "Cần nêu mã cơ quan (" + field + ")");
        }
        AgencyCode code;
        try {
            code = AgencyCode.parse(agency.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "Mã cơ quan không hợp lệ: \"" + agency.strip() + "\"");
        }
        if (agencies.find(code).isEmpty()) {
            throw ProblemException.notFound("Không có cơ quan mã " + code.value());
        }
        return code;
    }

    private UserAccount user(String actor) {
        return users.find(actor).orElseThrow(ControlAccess::forbidden);
    }

    static ProblemException forbidden() {
        return new ProblemException(ProblemException.Kind.FORBIDDEN, "Hoạt động kiểm soát TTHC của cơ quan chỉ dành "
                + "cho cán bộ kiểm soát TTHC, lãnh đạo của cơ quan đó và quản trị hệ thống.");
    }
}

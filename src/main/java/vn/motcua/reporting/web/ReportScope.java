package vn.motcua.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.motcua.identity.Agencies;
import vn.motcua.identity.Agency;
import vn.motcua.identity.AgencyCode;
import vn.motcua.identity.Role;
import vn.motcua.identity.RoleGrant;
import vn.motcua.identity.UserAccount;
import vn.motcua.identity.Users;
import vn.motcua.shared.ProblemException;

/**
 * Whose reports the signed-in person reads on the pages: the agency they lead or control (the first one when they
 * hold several, another one by {@code ?agency=}); an administrator any agency in force.
 */
@Component
class ReportScope {

    static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

    private final Users users;
    private final Agencies agencies;
    private final Clock clock;

    ReportScope(Users users, Agencies agencies, Clock clock) {
        this.users = users;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** The agencies whose reports the person may read, in a stable order; empty for everyone else. */
    List<Agency> readable(Authentication user) {
        UserAccount account = user == null ? null : users.find(user.getName()).orElse(null);
        if (account == null) {
            return List.of();
        }
        if (account.hasRole(Role.ADMINISTRATOR)) {
            LocalDate today = today();
            return agencies.list().stream().filter(a -> a.isValidOn(today)).toList();
        }
        List<Agency> found = new ArrayList<>();
        for (RoleGrant grant : account.roles()) {
            if ((grant.role() == Role.LEADER || grant.role() == Role.CONTROL_OFFICER) && grant.agencyCode() != null
                    && found.stream().noneMatch(a -> a.code().equals(grant.agencyCode()))) {
                agencies.find(grant.agencyCode()).ifPresent(found::add);
            }
        }
        return List.copyOf(found);
    }

    /** The agency asked for, or the person's first; 403 when they may read none, or not the one asked for. */
    Agency choose(String requested, Authentication user) {
        List<Agency> readable = readable(user);
        if (readable.isEmpty()) {
            throw forbidden();
        }
        String wanted = PeriodPicker.blank(requested);
        if (wanted == null) {
            return readable.get(0);
        }
        return readable.stream().filter(a -> a.code().value().equals(wanted)).findFirst()
                .or(() -> readable.stream().filter(a -> a.code().equals(parse(wanted))).findFirst())
                .orElseThrow(ReportScope::forbidden);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(VIETNAM));
    }

    private static AgencyCode parse(String code) {
        try {
            return AgencyCode.parse(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ProblemException forbidden() {
        return new ProblemException(ProblemException.Kind.FORBIDDEN,
                "Bảng điều khiển và báo cáo của cơ quan chỉ dành cho lãnh đạo, cán bộ kiểm soát TTHC của cơ quan đó "
                        + "và quản trị hệ thống.");
    }
}

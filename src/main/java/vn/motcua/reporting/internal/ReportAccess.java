package vn.motcua.reporting.internal;

import org.springframework.stereotype.Component;
import vn.motcua.identity.AgencyCode;
import vn.motcua.identity.Agencies;
import vn.motcua.identity.Agency;
import vn.motcua.identity.Role;
import vn.motcua.identity.UserAccount;
import vn.motcua.identity.Users;
import vn.motcua.shared.ProblemException;

/** Reports of an agency are for its leaders and TTHC control officers, and for administrators. */
@Component
class ReportAccess {

    static final String SYSTEM = "system:motcua";

    private final Users users;
    private final Agencies agencies;

    ReportAccess(Users users, Agencies agencies) {
        this.users = users;
        this.agencies = agencies;
    }

    /** The agency, once the actor may read its reports. */
    Agency requireReader(String agency, String actor) {
        if (agency == null || agency.isBlank()) {
            throw ProblemException.invalidField("agency", "Cần nêu mã cơ quan (agency)");
        }
        AgencyCode code;
        try {
            code = AgencyCode.parse(agency.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("agency", "Mã cơ quan không hợp lệ: \"" + agency + "\"");
        }
        Agency found = agencies.find(code).orElseThrow(() -> ProblemException.notFound(
                "Không có cơ quan mã " + agency));
        if (SYSTEM.equals(actor)) {
            return found;
        }
        UserAccount user = users.find(actor).orElseThrow(ReportAccess::forbidden);
        if (user.hasRole(Role.ADMINISTRATOR) || user.hasRole(Role.LEADER, code)
                || user.hasRole(Role.CONTROL_OFFICER, code)) {
            return found;
        }
        throw forbidden();
    }

    private static ProblemException forbidden() {
        return new ProblemException(ProblemException.Kind.FORBIDDEN,
                "Báo cáo và chỉ số của cơ quan chỉ dành cho lãnh đạo, cán bộ kiểm soát TTHC của cơ quan đó.");
    }
}

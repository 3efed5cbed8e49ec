package vn.motcua.catalog.internal;

import org.springframework.stereotype.Component;
import vn.motcua.identity.AgencyCode;
import vn.motcua.identity.Role;
import vn.motcua.identity.UserAccount;
import vn.motcua.identity.Users;
import vn.motcua.shared.ProblemException;

/**
 * Who may change an agency's catalog: an administrator, or a TTHC control officer of that agency. The system's
 * own writes (the demo catalog at start-up) name {@link #SYSTEM} as their author.
 */
@Component
class CatalogAccess {

    /** Not a possible username (usernames have no colon). */
    static final String SYSTEM = vn.motcua.catalog.Catalog.SYSTEM;

    private final Users users;

    CatalogAccess(Users users) {
        this.users = users;
    }

    void requireCanManage(String agency, String username) {
        if (SYSTEM.equals(username)) {
            return;
        }
        UserAccount user = users.find(username).orElseThrow(CatalogAccess::refusal);
        if (user.hasRole(Role.ADMINISTRATOR)) {
            return;
        }
        try {
            if (user.hasRole(Role.CONTROL_OFFICER, AgencyCode.parse(agency))) {
                return;
            }
        } catch (IllegalArgumentException malformedAgencyCode) {
            // nobody but an administrator manages an agency that cannot exist
        }
        throw refusal();
    }

    private static ProblemException refusal() {
        return new ProblemException(ProblemException.Kind.FORBIDDEN,
                "Chỉ cán bộ kiểm soát thủ tục hành chính của cơ quan này hoặc quản trị viên được thay đổi danh mục "
                        + "thủ tục của cơ quan.");
    }
}

package vn.motcua.dossier.web;

import java.util.HashMap;
import java.util.Map;
import vn.motcua.identity.Agency;
import vn.motcua.identity.UserAccount;
import vn.motcua.identity.Users;

/**
 * People and units as the pages show them: a person by full name, a unit by its name (never the login name or the
 * unit code). Unknown ones show as recorded. One per page render; each person is looked up once. Public only
 * because templates call it (SpEL).
 */
public final class Names {

    private final Users users;
    private final Agency agency;
    private final Map<String, String> people = new HashMap<>();

    Names(Users users, Agency agency) {
        this.users = users;
        this.agency = agency;
    }

    /** The full name of a user ("Trần Văn Minh"), or the recorded text ("system", an imported name). */
    public String person(String username) {
        if (username == null) {
            return null;
        }
        return people.computeIfAbsent(username, u -> users.find(u).map(UserAccount::fullName).orElse(u));
    }

    /** The unit's name ("Phòng Quản lý công nghệ và Đổi mới sáng tạo"), or the recorded text. */
    public String unit(String code) {
        if (code == null) {
            return null;
        }
        return agency == null ? code : agency.unitName(code);
    }

    /** Unit, then person: "Phòng … · Trần Văn Minh", either part may be missing. */
    public String where(String unitCode, String username) {
        String unit = unit(unitCode);
        String person = person(username);
        if (unit == null) {
            return person;
        }
        return person == null ? unit : unit + " · " + person;
    }
}

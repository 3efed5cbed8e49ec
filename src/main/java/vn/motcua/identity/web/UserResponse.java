package vn.motcua.identity.web;

import java.util.List;
import vn.motcua.identity.RoleGrant;
import vn.motcua.identity.UserAccount;

/** A user as the REST API shows it: never the password or its hash. */
record UserResponse(String username, String fullName, boolean enabled, boolean locked, List<Grant> roles) {

    /** @param label the role's Vietnamese name */
    record Grant(String role, String label, String agencyCode, String unitCode) {

        static Grant of(RoleGrant grant) {
            return new Grant(grant.role().name(), grant.role().label(),
                    grant.agencyCode() == null ? null : grant.agencyCode().value(), grant.unitCode());
        }
    }

    static UserResponse of(UserAccount user) {
        return new UserResponse(user.username(), user.fullName(), user.enabled(), user.locked(),
                user.roles().stream().map(Grant::of).toList());
    }
}

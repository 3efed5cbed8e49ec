package vn.motcua.identity;

import java.util.List;
import java.util.Objects;

/** A person who signs in, with the roles granted to them. Never carries the password or its hash. */
public record UserAccount(String username, String fullName, List<RoleGrant> roles, boolean enabled, boolean locked) {

    public UserAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(fullName, "fullName");
        roles = List.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.stream().anyMatch(g -> g.role() == role);
    }

    /** Whether the user holds the role for that agency (for the whole agency or one of its units). */
    public boolean hasRole(Role role, AgencyCode agency) {
        return roles.stream().anyMatch(g -> g.role() == role && g.covers(agency));
    }

    public List<RoleGrant> grantsOf(Role role) {
        return roles.stream().filter(g -> g.role() == role).toList();
    }
}

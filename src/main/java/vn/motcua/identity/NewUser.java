package vn.motcua.identity;

import java.util.List;
import java.util.Objects;

/** What it takes to create a user. The password is plain text here and hashed before it is stored. */
public record NewUser(String username, String password, String fullName, List<RoleGrant> roles) {

    public NewUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(fullName, "fullName");
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    @Override
    public String toString() {
        return "NewUser[username=" + username + ", password=***, fullName=" + fullName + ", roles=" + roles + "]";
    }
}

package vn.motcua.identity;

import java.util.Optional;

/** User accounts and their scoped roles. */
public interface Users {

    /**
     * Creates a user after checking the password policy, the username and every grant (known role, existing
     * agency and unit, agency present where the role needs one). Raises {@link vn.motcua.shared.ProblemException}.
     */
    UserAccount create(NewUser user);

    /** Looks a user up by name, ignoring case. */
    Optional<UserAccount> find(String username);

    /** The signed-in user of the current request (from the Spring Security context), with their grants. */
    Optional<UserAccount> currentUser();
}

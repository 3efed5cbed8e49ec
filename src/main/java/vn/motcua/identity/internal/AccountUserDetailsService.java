package vn.motcua.identity.internal;

import java.time.Clock;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import vn.motcua.identity.RoleGrant;

/**
 * Spring Security reads accounts from {@code user_account}: one authority {@code ROLE_<ROLE>} per role held
 * (whatever its scope; scoped checks use {@link vn.motcua.identity.Users#currentUser()}), disabled and
 * temporarily locked accounts as Spring Security expects them.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final Clock clock;

    AccountUserDetailsService(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserRepository.StoredUser user = users.find(username)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return User.withUsername(user.username())
                .password(user.passwordHash())
                .disabled(!user.enabled())
                .accountLocked(user.lockedAt(clock.instant()))
                .authorities(user.roles().stream().map(RoleGrant::role).distinct().map(r -> r.authority())
                        .toArray(String[]::new))
                .build();
    }
}

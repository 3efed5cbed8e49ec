package vn.motcua.identity.internal;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account for {@code motcua.security.lock-duration} after {@code motcua.security.max-failed-logins}
 * consecutive wrong passwords, from Spring Security's authentication events (form login and HTTP Basic alike).
 * A login refused because the account is locked does not count, so the lock ends when its time is up.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final UserRepository users;
    private final LoginProtectionProperties properties;
    private final Clock clock;

    LoginAttempts(UserRepository users, LoginProtectionProperties properties, Clock clock) {
        this.users = users;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        Instant lockUntil = clock.instant().plus(properties.lockDuration());
        if (users.recordFailedLogin(username, properties.maxFailedLogins(), lockUntil)) {
            log.warn("Account locked until {} after {} consecutive failed logins", lockUntil,
                    properties.maxFailedLogins());
        }
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        users.recordSuccessfulLogin(event.getAuthentication().getName());
    }
}

package vn.motcua.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login protection ({@code motcua.security.*}).
 *
 * @param maxFailedLogins consecutive failed logins that lock an account
 * @param lockDuration how long the lock lasts
 */
@ConfigurationProperties("motcua.security")
record LoginProtectionProperties(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockDuration) {

    LoginProtectionProperties {
        if (maxFailedLogins < 1) {
            throw new IllegalArgumentException("motcua.security.max-failed-logins must be at least 1");
        }
        if (lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("motcua.security.lock-duration must be positive");
        }
    }
}

package vn.motcua.integration.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox retries.
 *
 * @param maxAttempts  failed deliveries after which a message is FAILED (dead letter) and waits for an administrator
 * @param firstRetry   the pause after the first failure; it doubles after each further failure
 * @param longestPause the pause never grows beyond this
 * @param mergeLimit   at most this many pending messages of one line (the head and those following it) go out as one
 *                     merged delivery when their target can merge them; 1 sends every message alone
 */
@ConfigurationProperties("motcua.integration.outbox")
record OutboxProperties(@DefaultValue("8") int maxAttempts, @DefaultValue("PT2S") Duration firstRetry,
        @DefaultValue("PT1H") Duration longestPause, @DefaultValue("20") int mergeLimit) {

    OutboxProperties {
        if (mergeLimit < 1) {
            throw new IllegalArgumentException("motcua.integration.outbox.merge-limit must be at least 1");
        }
    }

    /** The pause after the {@code attempts}-th failure: firstRetry × 2^(attempts−1), at most longestPause. */
    Duration pauseAfter(int attempts) {
        Duration pause = firstRetry.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return pause.compareTo(longestPause) > 0 ? longestPause : pause;
    }
}

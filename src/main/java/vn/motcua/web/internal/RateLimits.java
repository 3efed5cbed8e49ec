package vn.motcua.web.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many requests one client address may make to the public entry points that a robot could hammer (properties
 * {@code motcua.rate-limit.*}): per group, {@code capacity} requests, coming back gradually over {@code period}.
 * The defaults are generous: a person never meets them, a script guessing lookup secrets does.
 */
@ConfigurationProperties("motcua.rate-limit")
public class RateLimits {

    /** Whether limits apply at all. */
    private boolean enabled = true;
    /** The public lookup of a dossier or feedback (code + secret), its API and its page. */
    private Limit lookup = new Limit(120, Duration.ofMinutes(1));
    /** Submitting a feedback (PAKN) on the public form or API. */
    private Limit feedback = new Limit(20, Duration.ofMinutes(10));
    /**
     * Signing in on the login form: a training room behind one address signs in at once, and the lockout guards each
     * account.
     */
    private Limit login = new Limit(60, Duration.ofMinutes(1));
    /** Rating a dossier's or a feedback's handling. */
    private Limit rating = new Limit(30, Duration.ofMinutes(10));

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Limit getLookup() {
        return lookup;
    }

    public void setLookup(Limit lookup) {
        this.lookup = lookup;
    }

    public Limit getFeedback() {
        return feedback;
    }

    public void setFeedback(Limit feedback) {
        this.feedback = feedback;
    }

    public Limit getLogin() {
        return login;
    }

    public void setLogin(Limit login) {
        this.login = login;
    }

    public Limit getRating() {
        return rating;
    }

    public void setRating(Limit rating) {
        this.rating = rating;
    }

    /** The limit of one group. */
    public static class Limit {

        /** Requests allowed at once (a burst). */
        private long capacity;
        /** The period over which the whole capacity comes back. */
        private Duration period;

        public Limit() {
            this(60, Duration.ofMinutes(1));
        }

        public Limit(long capacity, Duration period) {
            this.capacity = capacity;
            this.period = period;
        }

        public long getCapacity() {
            return capacity;
        }

        public void setCapacity(long capacity) {
            this.capacity = capacity;
        }

        public Duration getPeriod() {
            return period;
        }

        public void setPeriod(Duration period) {
            this.period = period;
        }
    }
}

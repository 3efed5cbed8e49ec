package vn.motcua.platform.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this instance runs background jobs.
 *
 * @param workers      worker threads of this instance; 0 runs none (another instance does the work)
 * @param pollInterval how often an idle worker looks for jobs enqueued by other instances (its own wake it at once)
 * @param maxAttempts  failed runs after which a job is left as failed for an operator
 */
@ConfigurationProperties("motcua.jobs")
record JobProperties(@DefaultValue("2") int workers, @DefaultValue("PT0.5S") Duration pollInterval,
        @DefaultValue("8") int maxAttempts) {}

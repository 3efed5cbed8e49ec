package vn.motcua.integration.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboxBackOffTest {

    private final OutboxProperties properties = new OutboxProperties(8, Duration.ofSeconds(2), Duration.ofHours(1), 20);

    @Test
    void thePauseDoublesAfterEachFailureFromTheFirstRetry() {
        assertThat(properties.pauseAfter(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(properties.pauseAfter(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(properties.pauseAfter(5)).isEqualTo(Duration.ofSeconds(32));
    }

    @Test
    void thePauseNeverGrowsBeyondTheLongest() {
        assertThat(properties.pauseAfter(12)).isEqualTo(Duration.ofHours(1));
        assertThat(properties.pauseAfter(1000)).isEqualTo(Duration.ofHours(1));
    }
}

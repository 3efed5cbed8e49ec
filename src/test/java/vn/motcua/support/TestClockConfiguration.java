package vn.motcua.support;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Tests start on a fixed working Monday morning in Hà Nội time; a test may move the clock. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final ZonedDateTime START = ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, VIETNAM);

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(START.toInstant(), VIETNAM);
    }
}

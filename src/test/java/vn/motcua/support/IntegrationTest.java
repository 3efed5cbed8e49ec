package vn.motcua.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real embedded PostgreSQL (a fresh cluster under {@code target/}, fsync off for
 * speed, PostgreSQL's default 128 MB page cache), served on a random port, with demo data, the {@link TestAgencies}
 * and a {@link MutableClock} (back at its start after each test: {@link ClockReset}) and the rate limits off
 * (RateLimitIntegrationTest turns them on). Every integration and browser test uses this one configuration, so Spring
 * starts the application once per test run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "motcua.data-dir=target/test-data/${random.uuid}",
        "motcua.embedded-db.durable=false",
        "motcua.embedded-db.shared-buffers=128MB", // small test data; the default rule has its own test
        "motcua.demo=true",
        "motcua.demo.dossier-history=0",
        "motcua.rate-limit.enabled=false",
        "motcua.national-portal.demo-stand-in=false",
        "motcua.dossier-code.centralised-procedures=9.300007",
        "motcua.dossier-code.centralised-system-digits=01",
        "motcua.notification.demo-stand-ins=false"
})
@Import({TestClockConfiguration.class, TestAgencies.class})
@ExtendWith(ClockReset.class)
public @interface IntegrationTest {}

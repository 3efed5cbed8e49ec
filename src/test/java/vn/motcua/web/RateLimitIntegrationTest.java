package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.support.Api;
import vn.motcua.support.IntegrationTest;
import vn.motcua.web.internal.RateLimits;

/**
 * The public entry points are limited per client address, in buckets kept in PostgreSQL. The tests run with limits off
 * ({@code @IntegrationTest}); this one turns them on with small limits (a limit of its own, so a bucket of its own).
 */
@IntegrationTest
class RateLimitIntegrationTest {

    private static final String LOOKUP = "/api/v1/public/dossiers/000.00.22.H05-991231-9999?secret=SAI23456";

    @LocalServerPort
    int port;

    @Autowired
    RateLimits limits;

    @Autowired
    JdbcClient jdbc;

    private RateLimits.Limit lookup;
    private RateLimits.Limit login;

    @BeforeEach
    void keepTheConfiguredLimits() {
        lookup = limits.getLookup();
        login = limits.getLogin();
    }

    @AfterEach
    void limitsOffAgain() {
        limits.setEnabled(false);
        limits.setLookup(lookup);
        limits.setLogin(login);
    }

    @Test
    void thePublicLookupAnswers429ProblemWithRetryAfterOnceTheAddressHasSpentItsLimitAndTheBucketIsInPostgres() {
        limits.setLookup(new RateLimits.Limit(3, Duration.ofMinutes(53)));
        limits.setEnabled(true);
        Api anonymous = Api.at(port);
        for (int i = 0; i < 3; i++) {
            assertThat(anonymous.get(LOOKUP).status()).as("request %d", i + 1).isIn(400, 404);
        }
        Api.Response refused = anonymous.get(LOOKUP);
        ApiErrorsIntegrationTest.assertProblem(refused, 429);
        assertThat(refused.json().get("detail").asString()).contains("quá nhiều yêu cầu");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 53L * 60);

        Api.Response page = anonymous.header("Accept", "text/html").get("/tra-cuu-ho-so?ma=000.00.22.H05-991231-9999");
        assertThat(page.status()).as("the lookup page shares the limit").isEqualTo(429);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("Quá nhiều yêu cầu");
        assertThat(page.header("Retry-After")).isNotNull();

        assertThat(anonymous.get("/api/v1/procedures").status()).as("what is not limited still answers").isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM rate_limit_bucket WHERE id LIKE 'lookup:3/3180:%'")
                .query(Long.class).single()).as("the bucket every instance shares").isEqualTo(1);
    }

    @Test
    void theLoginFormIsLimitedAndTheLimitIsOffInTheOtherTests() {
        Api anonymous = Api.at(port);
        for (int i = 0; i < 5; i++) {
            assertThat(anonymous.get(LOOKUP).status()).as("limits off").isIn(400, 404);
        }
        limits.setLogin(new RateLimits.Limit(2, Duration.ofMinutes(47)));
        limits.setEnabled(true);
        String form = "username=khongco&password=sai";
        assertThat(anonymous.send("POST", "/login", "application/x-www-form-urlencoded", form).status()).isNotEqualTo(429);
        assertThat(anonymous.send("POST", "/login", "application/x-www-form-urlencoded", form).status()).isNotEqualTo(429);
        Api.Response refused = anonymous.header("Accept", "text/html")
                .send("POST", "/login", "application/x-www-form-urlencoded", form);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotNull();
    }
}

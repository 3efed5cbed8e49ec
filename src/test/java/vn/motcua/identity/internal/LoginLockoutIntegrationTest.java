package vn.motcua.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.identity.DemoAgency;
import vn.motcua.support.Api;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.MutableClock;

@IntegrationTest
class LoginLockoutIntegrationTest {

    private static final String PASSWORD = "HoSo2025abc";

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    private Instant started;

    @BeforeEach
    void rememberTime() {
        started = clock.instant();
    }

    @AfterEach
    void restoreTime() {
        clock.set(started.atZone(clock.getZone()));
    }

    private void createUser(String username) {
        Api.Response created = Api.at(port).as("admin", DemoAgency.PASSWORD).post("/api/v1/users", """
                {"username":"%s","password":"%s","fullName":"Người Thử Khóa",
                 "roles":[{"role":"SPECIALIST","agencyCode":"%s"}]}""".formatted(username, PASSWORD, DemoAgency.CODE));
        assertThat(created.status()).isEqualTo(201);
    }

    private int me(String username, String password) {
        return Api.at(port).as(username, password).get("/api/v1/users/me").status();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOneUntilTheLockExpires() throws Exception {
        createUser("khoa1");
        for (int i = 0; i < 5; i++) {
            assertThat(me("khoa1", "SaiMatKhau" + i)).isEqualTo(401);
        }

        assertThat(me("khoa1", PASSWORD)).isEqualTo(401);
        assertThat(formLoginMessage("khoa1", PASSWORD)).contains("tạm thời bị khóa");

        clock.advance(Duration.ofMinutes(14));
        assertThat(me("khoa1", PASSWORD)).isEqualTo(401);

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(me("khoa1", PASSWORD)).isEqualTo(200);
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() {
        createUser("khoa2");
        for (int i = 0; i < 4; i++) {
            assertThat(me("khoa2", "SaiMatKhau" + i)).isEqualTo(401);
        }
        assertThat(me("khoa2", PASSWORD)).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            assertThat(me("khoa2", "SaiMatKhau" + i)).isEqualTo(401);
        }

        assertThat(me("khoa2", PASSWORD)).isEqualTo(200);
    }

    @Test
    void theLoginFormCountsFailuresAndSaysWhenCredentialsAreWrong() throws Exception {
        createUser("khoa3");
        for (int i = 0; i < 4; i++) {
            assertThat(formLoginMessage("khoa3", "SaiMatKhau" + i)).contains("Tên đăng nhập hoặc mật khẩu không đúng");
        }
        assertThat(formLoginMessage("khoa3", "SaiMatKhau4")).contains("Tên đăng nhập hoặc mật khẩu không đúng");

        assertThat(me("khoa3", PASSWORD)).isEqualTo(401);
    }

    /** Signs in through the login page (session cookie and CSRF token) and returns the page it ends on. */
    private String formLoginMessage(String username, String password) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String base = "http://localhost:" + port;
        String page = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> result = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(result.uri().toString()).endsWith("/login?error");
        return result.body();
    }
}

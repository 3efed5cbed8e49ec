package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import vn.motcua.identity.DemoAgency;
import vn.motcua.support.Api;
import vn.motcua.support.IntegrationTest;

/** Without {@code motcua.sso.*} sign-in with the national identity is off: no client, no buttons, and the admin is told. */
@IntegrationTest
class NationalSignInOffIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void withoutProvidersThereIsNoOAuthClientNoButtonAndTheAdministratorPageSaysItIsOff() {
        assertThat(context.getBeanNamesForType(ClientRegistrationRepository.class)).isEmpty();

        String login = Api.at(port).header("Accept", "text/html").get("/login").body();
        assertThat(login).doesNotContain("/oauth2/authorization/", "tài khoản định danh điện tử (VNeID)");
        Api.Response start = Api.at(port).header("Accept", "text/html").get("/oauth2/authorization/vneid");
        assertThat(start.header("Location")).doesNotContain("authorize");

        Api.Response page = Api.at(port).as("admin", DemoAgency.PASSWORD).header("Accept", "text/html")
                .get("/quan-tri/dinh-danh");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"sso-off\"", "Chưa cấu hình", "--motcua.sso.vneid.issuer-uri");
    }
}

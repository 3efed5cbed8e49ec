package vn.motcua.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.identity.web.AgencyApiIntegrationTest.fields;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.motcua.identity.DemoAgency;
import vn.motcua.support.Api;
import vn.motcua.support.IntegrationTest;

@IntegrationTest
class UserApiIntegrationTest {

    @LocalServerPort
    int port;

    private Api admin() {
        return Api.at(port).as("admin", DemoAgency.PASSWORD);
    }

    private static String user(String username, String password, String roles) {
        return """
                {"username":"%s","password":"%s","fullName":"Hoàng Văn Thử","roles":%s}"""
                .formatted(username, password, roles);
    }

    @Test
    void aCreatedUserSignsInAndSeesTheirScopedRoles() {
        Api.Response created = admin().post("/api/v1/users", user("chuyenvien2", "HoSo2025abc", """
                [{"role":"SPECIALIST","agencyCode":"000.00.22.H05","unitCode":"BCVTCDS"},
                 {"role":"DESK_OFFICER","agencyCode":"000.00.22.H05","unitCode":null}]"""));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/users/chuyenvien2");
        assertThat(created.body()).doesNotContain("HoSo2025abc").doesNotContainIgnoringCase("password")
                .doesNotContain("{bcrypt}");

        Api.Response me = Api.at(port).as("chuyenvien2", "HoSo2025abc").get("/api/v1/users/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).doesNotContainIgnoringCase("password").doesNotContain("{bcrypt}");
        JsonNode body = me.json();
        assertThat(body.get("username").asString()).isEqualTo("chuyenvien2");
        assertThat(body.get("fullName").asString()).isEqualTo("Hoàng Văn Thử");
        JsonNode roles = body.get("roles");
        assertThat(roles.size()).isEqualTo(2);
        assertThat(roles.get(0).get("role").asString()).isEqualTo("SPECIALIST");
        assertThat(roles.get(0).get("label").asString()).isEqualTo("Chuyên viên xử lý");
        assertThat(roles.get(0).get("agencyCode").asString()).isEqualTo("000.00.22.H05");
        assertThat(roles.get(0).get("unitCode").asString()).isEqualTo("BCVTCDS");
        assertThat(roles.get(1).get("unitCode").isNull()).isTrue();
    }

    @Test
    void usernamesAreUniqueWhateverTheirCase() {
        String roles = """
                [{"role":"LEADER","agencyCode":"000.00.22.H05"}]""";
        assertThat(admin().post("/api/v1/users", user("lanhdao2", "HoSo2025abc", roles)).status()).isEqualTo(201);

        Api.Response again = admin().post("/api/v1/users", user("LanhDao2", "HoSo2025xyz", roles));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aWeakPasswordIsRefusedNamingThePasswordField() {
        Api.Response response = admin().post("/api/v1/users", user("yeu1", "12345", """
                [{"role":"LEADER","agencyCode":"000.00.22.H05"}]"""));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(fields(response.json())).containsOnly("password");
        assertThat(response.json().get("detail").asString()).contains("ít nhất 10 ký tự");
        assertThat(admin().get("/api/v1/users/yeu1").status()).isEqualTo(404);
    }

    @Test
    void anUnknownRoleIsRefusedNamingIt() {
        Api.Response response = admin().post("/api/v1/users", user("vaitro1", "HoSo2025abc", """
                [{"role":"SUPERUSER","agencyCode":"000.00.22.H05"}]"""));

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response.json())).containsExactly("roles[0].role");
    }

    @Test
    void unknownAgenciesAndUnitsAreNamedAndNothingIsWritten() {
        Api.Response agency = admin().post("/api/v1/users", user("phamvi1", "HoSo2025abc", """
                [{"role":"LEADER","agencyCode":"000.00.00.H99"}]"""));
        assertThat(agency.status()).isEqualTo(422);
        assertThat(fields(agency.json())).containsExactly("roles[0].agencyCode");

        Api.Response unit = admin().post("/api/v1/users", user("phamvi1", "HoSo2025abc", """
                [{"role":"LEADER","agencyCode":"000.00.22.H05"},
                 {"role":"SPECIALIST","agencyCode":"000.00.22.H05","unitCode":"KHONGCO"}]"""));
        assertThat(unit.status()).isEqualTo(422);
        assertThat(fields(unit.json())).containsExactly("roles[1].unitCode");

        Api.Response noAgency = admin().post("/api/v1/users", user("phamvi1", "HoSo2025abc", """
                [{"role":"DESK_OFFICER","agencyCode":null}]"""));
        assertThat(noAgency.status()).isEqualTo(400);
        assertThat(fields(noAgency.json())).containsExactly("roles[0].agencyCode");

        assertThat(admin().get("/api/v1/users/phamvi1").status()).isEqualTo(404);
    }

    @Test
    void onlyAdministratorsCreateUsers() {
        Api.Response refused = Api.at(port).as("kiemsoat", DemoAgency.PASSWORD).post("/api/v1/users",
                user("leoquyen1", "HoSo2025abc", """
                        [{"role":"ADMINISTRATOR"}]"""));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(admin().get("/api/v1/users/leoquyen1").status()).isEqualTo(404);
    }
}

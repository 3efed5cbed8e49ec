package vn.motcua.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.identity.DemoAgency;
import vn.motcua.support.Api;
import vn.motcua.support.IntegrationTest;

@IntegrationTest
class AgencyPagesIntegrationTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @LocalServerPort
    int port;

    private Api as(String username) {
        return Api.at(port).as(username, DemoAgency.PASSWORD).header("Accept", "text/html");
    }

    @Test
    void administratorAddsAnAgencyAndAUnitThroughTheForms() {
        Api.Response agency = as("admin").send("POST", "/quan-tri/co-quan", FORM,
                "code=000.00.00.H81&name=C%C6%A1+quan+trang&parentCode=&validFrom=2025-07-01&predecessorCodes=");
        assertThat(agency.status()).isEqualTo(302);

        Api.Response unit = as("admin").send("POST", "/quan-tri/co-quan/don-vi", FORM,
                "agencyCode=000.00.00.H81&code=vp&name=V%C4%83n+ph%C3%B2ng");
        assertThat(unit.status()).isEqualTo(302);

        String page = as("admin").get("/quan-tri/co-quan").body();
        assertThat(page).contains("000.00.00.H81", "Cơ quan trang", "Văn phòng", "(VP)");
    }

    @Test
    void aRefusedFormWritesNothing() {
        Api.Response bad = as("admin").send("POST", "/quan-tri/co-quan", FORM,
                "code=000.00.00.H82&name=C%C6%A1+quan&parentCode=000.00.00.H83&validFrom=2025-07-01");

        assertThat(bad.status()).isEqualTo(302);
        assertThat(as("admin").get("/api/v1/agencies/000.00.00.H82").status()).isEqualTo(404);
    }

    @Test
    void otherUsersSeeThePageButCannotPostToIt() {
        assertThat(as("lanhdao").get("/quan-tri/co-quan").status()).isEqualTo(200);

        Api.Response refused = as("lanhdao").send("POST", "/quan-tri/co-quan", FORM,
                "code=000.00.00.H84&name=C%C6%A1+quan&validFrom=2025-07-01");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(as("admin").get("/api/v1/agencies/000.00.00.H84").status()).isEqualTo(404);
    }
}

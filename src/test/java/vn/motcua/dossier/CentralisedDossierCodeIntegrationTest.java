package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.support.Api;
import vn.motcua.support.DossierApi;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.MutableClock;
import vn.motcua.support.TestAgencies;
import vn.motcua.support.TestClockConfiguration;

/**
 * The centralised dossier code of Circular 04/2025 (from 25/01/2026 by default) for a procedure configured as served by
 * a nationally centralised solution (9.300007, AA = 01 in the test configuration), the legacy code before that day and
 * for every other procedure.
 */
@IntegrationTest
class CentralisedDossierCodeIntegrationTest {

    private static final String CENTRALISED = "9.300007";
    private static final String AGENCY = DossierApi.AGENCY;

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;

    @Test
    void aCentralisedProcedureGetsTheLegacyCodeBeforeTheFirstDayAndTheCentralisedCodeFromIt() {
        publishCentralisedProcedure();
        DossierApi api = new DossierApi(port);
        api.publishTestProcedure();

        clock.set(ZonedDateTime.of(2026, 1, 23, 9, 0, 0, 0, TestClockConfiguration.VIETNAM));
        assertThat(register(api, CENTRALISED)).matches("^" + AGENCY.replace(".", "\\.") + "-260123-\\d{4}$");

        clock.set(ZonedDateTime.of(2026, 1, 26, 9, 0, 0, 0, TestClockConfiguration.VIETNAM));
        String first = register(api, CENTRALISED);
        String second = register(api, CENTRALISED);
        assertThat(first).matches("^" + AGENCY.replace(".", "\\.") + "-260126-01\\d{4}$");
        assertThat(Integer.parseInt(second.substring(second.length() - 4)))
                .as("gap-free: the day's next number").isEqualTo(Integer.parseInt(first.substring(first.length() - 4)) + 1);
        assertThat(register(api, DossierApi.TEST_PROCEDURE)).as("not centralised: legacy")
                .matches("^" + AGENCY.replace(".", "\\.") + "-260126-\\d{4}$");

        Api.Response read = api.as("tiepnhan").get("/api/v1/dossiers/" + first);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
    }

    private String register(DossierApi api, String procedure) {
        Api.Response created = api.desk().post("/api/v1/dossiers",
                DossierApi.newDossier(procedure, "POSTAL", true, "Lê Văn Cường"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("code").asString();
    }

    private void publishCentralisedProcedure() {
        if (Api.at(port).get("/api/v1/procedures/" + CENTRALISED + "?agency=" + AGENCY).status() == 200) {
            return;
        }
        Api.Response published = Api.at(port).as(TestAgencies.OFFICER, TestAgencies.OFFICER_PASSWORD)
                .post("/api/v1/publication-decisions", """
                {"agency":"%s","number":"97/QĐ-UBND","signedOn":"2025-11-20","signer":"Nguyễn Văn A",
                 "effectiveOn":"2025-12-01","issuingAgency":"Ủy ban nhân dân tỉnh Bắc Ninh",
                 "items":[{"code":"%s","kind":"NEW","procedure":{"name":"Thủ tục thử nghiệm dịch vụ công tập trung",
                   "fieldName":"Hoạt động khoa học và công nghệ","level":"PROVINCE",
                   "timeLimit":{"amount":10,"unit":"WORKING_DAY"},
                   "documents":[{"name":"Đơn đề nghị","originals":1,"copies":0,"mandatory":true}],
                   "channels":["DESK","POST","ONLINE"],"onlineLevel":"FULL"}}]}
                """.formatted(AGENCY, CENTRALISED));
        assertThat(published.status()).as(published.body()).isEqualTo(201);
    }
}

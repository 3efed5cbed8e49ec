package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.identity.DemoAgency;
import vn.motcua.support.Api;
import vn.motcua.support.DossierApi;
import vn.motcua.support.IntegrationTest;

/** "Hồ sơ của tôi" lists what the applicant submitted through any channel they use: the form or the API. */
@IntegrationTest
class ApplicantDossierListIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Dossiers dossiers;

    @Test
    void aDossierTheApplicantRegisteredThroughTheApiAppearsOnTheirOwnListOnly() {
        DossierApi api = new DossierApi(port);
        api.publishTestProcedure();
        String older = registeredByCongdan("Nguyễn Văn An");
        String newer = registeredByCongdan("Nguyễn Văn An");
        String atTheDesk = api.received(DossierApi.TEN_DAY_PROCEDURE).get("code").asString();

        assertThat(dossiers.submittedBy("congdan", 500)).extracting(SubmittedDossier::code)
                .containsSubsequence(newer, older).doesNotContain(atTheDesk);
        assertThat(dossiers.submittedBy("congdan", 1)).extracting(SubmittedDossier::code).containsExactly(newer);
        assertThat(dossiers.submittedBy("doanhnghiep", 500)).extracting(SubmittedDossier::code)
                .doesNotContain(older, newer);

        String mine = Api.at(port).as("congdan", DemoAgency.PASSWORD).header("Accept", "text/html")
                .get("/ho-so-cua-toi").body();
        assertThat(mine).contains("/ho-so-cua-toi/" + older, "/ho-so-cua-toi/" + newer, "Mới đăng ký, chờ tiếp nhận");
        assertThat(mine.indexOf(newer)).as("newest first").isLessThan(mine.indexOf(older));
        assertThat(Api.at(port).as("doanhnghiep", DemoAgency.PASSWORD).header("Accept", "text/html")
                .get("/ho-so-cua-toi").body()).doesNotContain(older, newer);
    }

    private String registeredByCongdan(String name) {
        Api.Response created = Api.at(port).as("congdan", DemoAgency.PASSWORD).post("/api/v1/dossiers",
                DossierApi.newDossier(DossierApi.TEST_PROCEDURE, "ONLINE", false, name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("code").asString();
    }
}

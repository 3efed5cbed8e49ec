package vn.motcua.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.motcua.support.Api;
import vn.motcua.support.DossierApi;
import vn.motcua.support.IntegrationTest;

/** Fee codes per procedure: the API, the editor on the payment administration page, and their use in a payment. */
@IntegrationTest
class FeeCodeIntegrationTest {

    private static final String PROCEDURE = "9.300194";

    @LocalServerPort
    int port;

    @Test
    void feeCodesSetThroughTheApiAreSentWithTheNextPaymentOfTheProcedure() {
        PaymentFixture f = new PaymentFixture(port);
        f.publishProcedure(PROCEDURE, "[{\"name\":\"Phí thẩm định\",\"amountVnd\":300000}]");
        Api admin = f.api.as("admin");
        Api.Response put = admin.put("/api/v1/procedures/" + PROCEDURE + "/fee-codes", """
                {"feeCodes":[{"feeName":"Phí thẩm định","feeCode":"PTD-KHCN-01","feeKind":"PHI","validFrom":"2025-01-01"}]}
                """);
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        JsonNode listed = f.api.as("kiemsoat").get("/api/v1/procedures/" + PROCEDURE + "/fee-codes").json();
        assertThat(listed.get("feeCodes")).hasSize(1);
        assertThat(listed.get("feeCodes").get(0).get("feeCode").asString()).isEqualTo("PTD-KHCN-01");

        Api.Response created = f.api.desk().post("/api/v1/dossiers",
                DossierApi.newDossier(PROCEDURE, "POSTAL", true, "Phạm Thị Mã Phí"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode d = f.api.ok("tiepnhan", created.json(), "transfer", "{\"unit\":\"QLCN\"}");
        d = f.api.ok("chuyenvien", d, "request-payment", "{}");
        Api.Response started = f.api.as("tiepnhan").post("/api/v1/dossiers/" + d.get("code").asString()
                + "/payments", null);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        JsonNode item = f.payments(d.get("code").asString()).get(0).get("items").get(0);
        assertThat(item.get("feeCode").asString()).isEqualTo("PTD-KHCN-01");
        assertThat(item.get("feeKind").asString()).isEqualTo("PHI");
    }

    @Test
    void aBadLineIsRefusedNamingItAndNothingChanges() {
        Api admin = Api.at(port).as("admin", "Demo@12345");
        String code = "9.300195";
        assertThat(admin.put("/api/v1/procedures/" + code + "/fee-codes", """
                {"feeCodes":[{"feeName":"Lệ phí","feeCode":"LP-1","feeKind":"LE_PHI","validFrom":"2026-01-01"}]}
                """).status()).isEqualTo(200);
        Api.Response bad = admin.put("/api/v1/procedures/" + code + "/fee-codes", """
                {"feeCodes":[{"feeName":"Lệ phí","feeCode":"LP-2","feeKind":"LE_PHI","validFrom":"2026-01-01"},
                             {"feeName":"Phí","feeCode":"P-1","feeKind":"THUE","validFrom":"2026-01-01"}]}
                """);
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.body()).contains("feeCodes[1].feeKind");
        assertThat(admin.get("/api/v1/procedures/" + code + "/fee-codes").body()).contains("LP-1")
                .doesNotContain("LP-2");
        assertThat(admin.get("/api/v1/procedures/1.2/fee-codes").status()).isEqualTo(400);
        assertThat(Api.at(port).as("tiepnhan", "Demo@12345").get("/api/v1/procedures/" + code + "/fee-codes")
                .status()).isEqualTo(403);
        assertThat(Api.at(port).get("/api/v1/procedures/" + code + "/fee-codes").status()).isIn(401, 403);
    }

    @Test
    void theAdministratorEditsAProceduresFeeCodesOnThePaymentPage() {
        Api admin = Api.at(port).as("admin", "Demo@12345");
        String code = "9.300196";
        Api.Response saved = admin.send("POST", "/quan-tri/thanh-toan/ma-phi", "application/x-www-form-urlencoded",
                "procedure=" + code + "&feeName=L%E1%BB%87+ph%C3%AD+c%E1%BA%A5p+ph%C3%A9p&feeCode=LP-CP-02"
                        + "&feeKind=LE_PHI&validFrom=01%2F02%2F2026&feeName=&feeCode=&feeKind=PHI&validFrom=");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(admin.get("/api/v1/procedures/" + code + "/fee-codes").body()).contains("LP-CP-02",
                "Lệ phí cấp phép", "2026-02-01");
        String page = admin.get("/quan-tri/thanh-toan?thu-tuc=" + code).body();
        assertThat(page).contains("Mã phí, lệ phí theo thủ tục", "fee-editor", "LP-CP-02", "01/02/2026");
    }
}

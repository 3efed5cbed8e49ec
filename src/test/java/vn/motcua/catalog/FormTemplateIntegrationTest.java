package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.identity.DemoAgency.PASSWORD;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.motcua.support.Api;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestAgencies;

@IntegrationTest
class FormTemplateIntegrationTest {

    private static final String AGENCY = "000.00.93.T01";
    private static final String CODE = "9.200001";
    private static final byte[] PDF = "%PDF-1.7\nMẫu đơn đề nghị\n%%EOF".getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;

    @BeforeEach
    void aProcedureWithARequiredDocumentExists() {
        if (Api.at(port).get("/api/v1/procedures/" + CODE + "?agency=" + AGENCY).status() == 404) {
            Api.Response published = officer().post("/api/v1/publication-decisions", """
                    {"agency":"%s","number":"90/QĐ-UBND","signedOn":"2026-03-01","signer":"Nguyễn Văn A",
                     "effectiveOn":"2026-03-01","issuingAgency":"Ủy ban nhân dân tỉnh",
                     "items":[{"code":"%s","kind":"NEW","procedure":{"name":"Thủ tục có mẫu đơn",
                       "fieldName":"Lĩnh vực thử nghiệm","level":"PROVINCE",
                       "timeLimit":{"amount":5,"unit":"WORKING_DAY"},"fees":[],
                       "documents":[{"name":"Đơn đề nghị","originals":1,"copies":0,"mandatory":true}],
                       "channels":["DESK"],"onlineLevel":"PARTIAL"}}]}""".formatted(AGENCY, CODE));
            assertThat(published.status()).as(published.body()).isEqualTo(201);
        }
    }

    private Api officer() {
        return Api.at(port).as(TestAgencies.OFFICER, TestAgencies.OFFICER_PASSWORD);
    }

    private String templatesPath() {
        return "/api/v1/procedures/" + CODE + "/versions/1/templates?agency=" + AGENCY;
    }

    @Test
    void theControlOfficerAttachesAFormThatAnyoneDownloadsUnchanged() {
        Api.Response attached = officer().upload(templatesPath() + "&document=%C4%90%C6%A1n%20%C4%91%E1%BB%81%20ngh%E1%BB%8B",
                "file", "mau-don.pdf", PDF);
        assertThat(attached.status()).as(attached.body()).isEqualTo(201);
        JsonNode template = attached.json();
        assertThat(template.get("documentName").asString()).isEqualTo("Đơn đề nghị");
        assertThat(template.get("contentType").asString()).isEqualTo("application/pdf");

        Api.Response download = Api.at(port).get(attached.header("Location"));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(PDF);
        assertThat(download.header("Content-Disposition")).contains("mau-don.pdf");
        assertThat(Api.at(port).get(templatesPath()).json().get(0).get("id").asLong())
                .isEqualTo(template.get("id").asLong());
        assertThat(Api.at(port).get("/thu-tuc/" + CODE + "?agency=" + AGENCY).body()).contains("Tải mẫu: mau-don.pdf");
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysIsRefusedNamingTheField() {
        Api.Response refused = officer().upload(templatesPath() + "&document=%C4%90%C6%A1n%20%C4%91%E1%BB%81%20ngh%E1%BB%8B",
                "file", "mau-don.pdf", "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
    }

    @Test
    void aDocumentTheVersionDoesNotListIsRefused() {
        Api.Response refused = officer().upload(templatesPath() + "&document=Kh%C3%B4ng%20c%C3%B3", "file", "a.pdf", PDF);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("document");
    }

    @Test
    void onlyTheControlOfficerOrAnAdministratorAttachesForms() {
        Api.Response refused = Api.at(port).as("tiepnhan", PASSWORD)
                .upload(templatesPath() + "&document=%C4%90%C6%A1n%20%C4%91%E1%BB%81%20ngh%E1%BB%8B", "file", "a.pdf", PDF);
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void aControlOfficerChangesOnlyTheCatalogOfHisOwnAgency() {
        Api demoOfficer = Api.at(port).as("kiemsoat", PASSWORD);
        Api.Response upload = demoOfficer.upload(templatesPath() + "&document=%C4%90%C6%A1n%20%C4%91%E1%BB%81%20ngh%E1%BB%8B",
                "file", "a.pdf", PDF);
        assertThat(upload.status()).isEqualTo(403);
        assertThat(upload.contentType()).startsWith("application/problem+json");
        Api.Response importing = demoOfficer.send("POST", "/api/v1/procedures/import?agency=" + AGENCY,
                "application/json", "{\"procedures\":[]}");
        assertThat(importing.status()).isEqualTo(403);
    }
}

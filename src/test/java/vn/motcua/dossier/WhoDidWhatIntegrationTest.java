package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.motcua.support.Api;
import vn.motcua.support.DossierApi;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestAgencies;

/**
 * Each step is credited to the person who did it, the transfer goes where the internal procedure says, and pages
 * and forms name people and units in full.
 */
@IntegrationTest
class WhoDidWhatIntegrationTest {

    private static final String UNIT_NAME = "Phòng Quản lý công nghệ và Đổi mới sáng tạo";
    /** Published here with an internal procedure whose assignment step names the unit. */
    private static final String NAMED_UNIT_PROCEDURE = "9.300042";

    @LocalServerPort
    int port;

    private DossierApi api() {
        return new DossierApi(port);
    }

    private static String text(Api.Response pdf) throws IOException {
        assertThat(pdf.status()).as(pdf.body()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theAssignmentStepIsClosedInTheNameOfTheHeadWhoAssigned() throws IOException {
        DossierApi api = api();
        JsonNode d = api.ok("tiepnhan", api.received(DossierApi.TEN_DAY_PROCEDURE), "transfer", "{\"unit\":\"QLCN\"}");
        assertThat(d.get("currentStepName").asString()).isEqualTo("Phân công xử lý");

        d = api.ok("truongphong", d, "assign", "{\"assignee\":\"chuyenvien\"}");
        assertThat(d.get("currentStepName").asString()).as("assigning did the assignment step")
                .isEqualTo("Thẩm định hồ sơ, dự thảo kết quả");
        assertThat(d.get("assignee").asString()).isEqualTo("chuyenvien");
        d = api.ok("chuyenvien", d, "complete-step", "{\"note\":\"Hồ sơ đủ điều kiện\"}");
        String code = d.get("code").asString();

        JsonNode sheet = api.desk().get("/api/v1/dossiers/" + code + "/control-sheet").json();
        assertThat(sheet).hasSize(4);
        assertThat(sheet.get(1).get("action").asString()).isEqualTo("Phân công xử lý");
        assertThat(sheet.get(1).get("finishedBy").asString()).isEqualTo("truongphong");
        assertThat(sheet.get(2).get("action").asString()).isEqualTo("Thẩm định hồ sơ, dự thảo kết quả");
        assertThat(sheet.get(2).get("handedBy").asString()).isEqualTo("truongphong");
        assertThat(sheet.get(2).get("finishedBy").asString()).isEqualTo("chuyenvien");
        assertThat(sheet.get(3).get("finishedBy").isNull()).isTrue();

        String pdf = text(api.desk().get("/api/v1/dossiers/" + code + "/forms/control-sheet"));
        assertThat(pdf).contains("Lê Thị Hồng Nhung", "Trần Văn Minh", UNIT_NAME + " – Trưởng phòng chuyên môn")
                .doesNotContain("QLCN –", "truongphong", "chuyenvien");
        // the head hands the appraisal over and the specialist receives it: the head's name comes before the
        // specialist's on the sheet, never the specialist's alone for the assignment
        assertThat(pdf.indexOf("Lê Thị Hồng Nhung")).isLessThan(pdf.lastIndexOf("Trần Văn Minh"));
    }

    @Test
    void assigningOutsideTheAssignmentStepLeavesTheStepOpen() {
        DossierApi api = api();
        JsonNode d = api.ok("tiepnhan", api.received(DossierApi.TEN_DAY_PROCEDURE), "transfer", "{\"unit\":\"QLCN\"}");
        d = api.ok("truongphong", d, "assign", "{\"assignee\":\"chuyenvien\"}");
        d = api.ok("truongphong", d, "assign", "{\"assignee\":\"truongphong\",\"reason\":\"Chuyên viên nghỉ phép\"}");

        assertThat(d.get("currentStepName").asString()).isEqualTo("Thẩm định hồ sơ, dự thảo kết quả");
        JsonNode sheet = api.desk().get("/api/v1/dossiers/" + d.get("code").asString() + "/control-sheet").json();
        assertThat(sheet).as("a reassignment is not a step").hasSize(3);
        assertThat(sheet.get(2).get("finishedAt").isNull()).isTrue();
    }

    @Test
    void aTransferWithoutUnitGoesToTheUnitTheInternalProcedureNames() {
        publishNamedUnitProcedure();
        DossierApi api = api();
        JsonNode d = api.received(NAMED_UNIT_PROCEDURE);
        String code = d.get("code").asString();

        String page = api.desk().header("Accept", "text/html").get("/ho-so/" + code).body();
        assertThat(page).containsPattern("<option value=\"QLCN\"[^>]*selected")
                .contains("Theo quy trình nội bộ: " + UNIT_NAME);

        d = api.ok("tiepnhan", d, "transfer", "{}");
        assertThat(d.get("currentUnit").asString()).isEqualTo("QLCN");
        assertThat(d.get("currentStepName").asString()).isEqualTo("Phân công xử lý");
    }

    @Test
    void aTransferWithoutUnitIsRefusedWhenTheStepNamesNone() {
        DossierApi api = api();
        JsonNode d = api.received(DossierApi.TEN_DAY_PROCEDURE);
        Api.Response refused = api.act("tiepnhan", d, "transfer", "{}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"unit\"");
        assertThat(api.desk().get("/api/v1/dossiers/" + d.get("code").asString()).json().get("status").asString())
                .isEqualTo("RECEIVED");
    }

    @Test
    void theDossierPageNamesPeopleAndUnitsInFull() {
        DossierApi api = api();
        JsonNode d = api.ok("tiepnhan", api.received(DossierApi.TEN_DAY_PROCEDURE), "transfer", "{\"unit\":\"QLCN\"}");
        d = api.ok("truongphong", d, "assign", "{\"assignee\":\"chuyenvien\"}");

        String page = api.desk().header("Accept", "text/html").get("/ho-so/" + d.get("code").asString()).body();
        assertThat(page).contains(UNIT_NAME + "</span>", "cán bộ xử lý: Trần Văn Minh", "— Nguyễn Thị Thu Hà",
                "— Lê Thị Hồng Nhung", "· Đến: " + UNIT_NAME, "· Cán bộ: Trần Văn Minh",
                "Nguyễn Thị Thu Hà → " + UNIT_NAME)
                .doesNotContain("cán bộ: chuyenvien", "— tiepnhan", "— truongphong");

        String queue = api.as("truongphong").header("Accept", "text/html").get("/ho-so").body();
        assertThat(queue).contains(UNIT_NAME + " · Trần Văn Minh");
    }

    private void publishNamedUnitProcedure() {
        Api officer = Api.at(port).as(TestAgencies.OFFICER, TestAgencies.OFFICER_PASSWORD);
        String agency = DossierApi.AGENCY;
        if (Api.at(port).get("/api/v1/procedures/" + NAMED_UNIT_PROCEDURE + "?agency=" + agency).status() != 200) {
            Api.Response published = officer.post("/api/v1/publication-decisions", """
                    {"agency":"%s","number":"98/QĐ-UBND","signedOn":"2025-11-20","signer":"Nguyễn Văn A",
                     "effectiveOn":"2025-12-01","issuingAgency":"Ủy ban nhân dân tỉnh Bắc Ninh",
                     "items":[{"code":"%s","kind":"NEW","procedure":{"name":"Thủ tục thử nghiệm đơn vị theo quy trình",
                       "fieldName":"Hoạt động khoa học và công nghệ","level":"PROVINCE",
                       "timeLimit":{"amount":10,"unit":"WORKING_DAY"},
                       "documents":[{"name":"Đơn đề nghị","originals":1,"copies":0,"mandatory":true}],
                       "channels":["DESK","POST","ONLINE"],"onlineLevel":"FULL"}}]}
                    """.formatted(agency, NAMED_UNIT_PROCEDURE));
            assertThat(published.status()).as(published.body()).isEqualTo(201);
        }
        int version = Api.at(port).get("/api/v1/procedures/" + NAMED_UNIT_PROCEDURE + "?agency=" + agency).json()
                .get("version").asInt();
        Api.Response saved = officer.put("/api/v1/procedures/" + NAMED_UNIT_PROCEDURE + "/versions/" + version
                + "/internal-procedure?agency=" + agency, """
                {"steps":[
                  {"responsible":"Bộ phận Một cửa","action":"Tiếp nhận và chuyển hồ sơ","duration":0.5,"unit":"WORKING_DAY"},
                  {"responsible":"Trưởng Phòng Quản lý công nghệ và Đổi mới sáng tạo","action":"Phân công xử lý",
                   "duration":0.5,"unit":"WORKING_DAY"},
                  {"responsible":"Chuyên viên","action":"Thẩm định hồ sơ","duration":8,"unit":"WORKING_DAY"},
                  {"responsible":"Lãnh đạo Sở","action":"Phê duyệt, ký kết quả","duration":1,"unit":"WORKING_DAY"}]}
                """);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }
}

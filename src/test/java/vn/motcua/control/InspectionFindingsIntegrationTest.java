package vn.motcua.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.motcua.identity.DemoAgency;
import vn.motcua.support.Api;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestAgencies;

/**
 * A self-inspection's findings per unit and per content (the seven contents of TTHC control): recorded through the
 * API and the inspection page, checked, versioned with the inspection, and stated in the self-inspection report.
 */
@IntegrationTest
class InspectionFindingsIntegrationTest {

    static final String AGENCY = "000.00.97.T01";

    @LocalServerPort
    int port;

    private Api officer() {
        return Api.at(port).as(TestAgencies.OFFICER, TestAgencies.OFFICER_PASSWORD);
    }

    private JsonNode inspection(String title, String date) {
        Api.Response created = officer().post("/api/v1/control/inspections", "{\"agencyCode\":\"" + AGENCY
                + "\",\"title\":\"" + title + "\",\"status\":\"CONDUCTED\",\"conductedDate\":\"" + date + "\","
                + "\"unitsInspected\":\"Phòng Quản lý chuyên ngành; Văn phòng Sở\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private Api.Response record(long id, int version, String json) {
        return officer().header("If-Match", "\"" + version + "\"").send("PUT",
                "/api/v1/control/inspections/" + id + "/findings", "application/json", json);
    }

    @Test
    void findingsAreRecordedUnitByUnitAndTheSelfInspectionReportStatesThem() {
        JsonNode inspection = inspection("Tự kiểm tra công tác kiểm soát TTHC năm 2025", "2025-11-20");
        long id = inspection.get("id").asLong();
        int version = inspection.get("version").asInt();

        Api.Response first = record(id, version, """
                {"unit":"Phòng Quản lý chuyên ngành","findings":[
                  {"content":"PUBLICATION","assessment":"GOOD","note":""},
                  {"content":"RESOLUTION","assessment":"SHORTCOMINGS","note":"Phiếu kiểm soát thiếu thời gian bước."}]}""");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json()).hasSize(2);
        int next = Integer.parseInt(first.header("ETag").replace("\"", ""));
        assertThat(next).isEqualTo(version + 1);
        assertThat(record(id, version, "{\"unit\":\"Văn phòng Sở\",\"findings\":[]}").status()).as("stale")
                .isEqualTo(412);

        // the page records the second unit; contents left at "—" were not inspected there
        String form = "agency=" + AGENCY + "&version=" + next + "&unit=" + enc("Văn phòng Sở")
                + "&a_ONE_STOP=VIOLATION&n_ONE_STOP=" + enc("Yêu cầu nộp thêm bản sao") + "&a_REPORTING=GOOD&n_REPORTING=";
        Api.Response page = officer().header("Accept", "text/html").send("POST",
                "/kiem-soat/kiem-tra/" + id + "/ket-qua", "application/x-www-form-urlencoded", form);
        assertThat(page.status()).isEqualTo(302);
        JsonNode all = officer().get("/api/v1/control/inspections/" + id + "/findings").json();
        assertThat(all).as(all.toString()).hasSize(4);
        assertThat(all.get(3).get("unit")).as(all.toString()).isNotNull();
        assertThat(all.get(3).get("unit").asString()).isEqualTo("Văn phòng Sở");
        assertThat(all.get(3).get("assessmentLabel").asString()).isEqualTo("Có sai phạm");
        assertThat(officer().header("Accept", "text/html").get("/kiem-soat/kiem-tra?agency=" + AGENCY + "&sua=" + id)
                .body()).contains("id=\"findings-form\"", "Yêu cầu nộp thêm bản sao",
                "Việc thực hiện quy định một cửa, một cửa liên thông trong giải quyết TTHC");

        JsonNode report = officer().get("/api/v1/reports/periodic-content?agency=" + AGENCY
                + "&period=2025-Y&kind=SELF_INSPECTION").json();
        StringBuilder text = new StringBuilder();
        report.get("sections").forEach(s -> s.get("lines").forEach(l -> text.append(l.asString()).append('\n')));
        assertThat(text.toString()).contains("- Kết quả kiểm tra tại 2 đơn vị trên 4 lượt nội dung: thực hiện tốt: 2; "
                + "còn hạn chế, thiếu sót: 1; có sai phạm: 1, cụ thể:", "+ Văn phòng Sở: thực hiện chế độ thông tin");
        assertThat(report.at("/controlActivities/findings")).hasSize(4);

        // issued, the findings are frozen with the rest and read back as issued
        long draft = officer().header("Accept", "application/json").post("/api/v1/reports/periodic?agency=" + AGENCY
                + "&period=2025-Y&kind=SELF_INSPECTION", "{}").json().get("id").asLong();
        assertThat(officer().post("/api/v1/reports/periodic/" + draft + "/issue",
                "{\"number\":\"88/BC-SKHCN\",\"issuedOn\":\"2026-01-10\"}").status()).isEqualTo(200);
        JsonNode issued = officer().get("/api/v1/reports/periodic/" + draft).json();
        assertThat(issued.at("/content/controlActivities/findings")).isEqualTo(report.at("/controlActivities/findings"));
        assertThat(issued.at("/content/sections")).isEqualTo(report.get("sections"));
    }

    @Test
    void aShortcomingMustSayWhatAndOutsidersCannotWrite() {
        JsonNode inspection = inspection("Kiểm tra đột xuất", "2025-06-02");
        long id = inspection.get("id").asLong();
        int version = inspection.get("version").asInt();
        Api.Response noNote = record(id, version, "{\"unit\":\"Văn phòng Sở\",\"findings\":[{\"content\":"
                + "\"RESOLUTION\",\"assessment\":\"VIOLATION\"}]}");
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.json().at("/errors/0/field").asString()).isEqualTo("findings[0].note");
        assertThat(record(id, version, "{\"unit\":\" \",\"findings\":[]}").json().at("/errors/0/field").asString())
                .isEqualTo("unit");
        assertThat(record(id, version, "{\"unit\":\"A\",\"findings\":[{\"content\":\"WEATHER\",\"assessment\":"
                + "\"GOOD\"}]}").status()).isEqualTo(400);
        assertThat(record(id, version, "{\"unit\":\"A\",\"findings\":[{\"content\":\"REVIEW\",\"assessment\":"
                + "\"GOOD\"},{\"content\":\"REVIEW\",\"assessment\":\"GOOD\"}]}").status()).isEqualTo(400);
        Api.Response leader = Api.at(port).as("lanhdao", DemoAgency.PASSWORD).header("If-Match", "\"" + version + "\"")
                .send("PUT", "/api/v1/control/inspections/" + id + "/findings", "application/json",
                        "{\"unit\":\"A\",\"findings\":[]}");
        assertThat(leader.status()).isEqualTo(403);
        assertThat(officer().get("/api/v1/control/inspections/" + id + "/findings").json()).isEmpty();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

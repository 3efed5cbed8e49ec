package vn.motcua.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.identity.DemoAgency;
import vn.motcua.support.Api;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestAgencies;

/** The control pages: who is offered and opens them, and what the report page shows. */
@IntegrationTest
class ControlPagesIntegrationTest {

    static final String AGENCY = "000.00.92.T05";

    @LocalServerPort
    int port;

    private Api html(String user, String password) {
        return Api.at(port).as(user, password).header("Accept", "text/html");
    }

    @Test
    void theMenuOffersTheControlPagesToControlOfficersAndAdministratorsOnly() {
        assertThat(html("kiemsoat", DemoAgency.PASSWORD).get("/").body()).contains("Danh sách kiểm soát</a>");
        assertThat(html("admin", DemoAgency.PASSWORD).get("/").body()).contains("Danh sách kiểm soát</a>");
        assertThat(html("tiepnhan", DemoAgency.PASSWORD).get("/").body()).doesNotContain("Danh sách kiểm soát</a>");
        Api.Response refused = html("tiepnhan", DemoAgency.PASSWORD).get("/kiem-soat");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("Cán bộ kiểm soát TTHC");
        Api.Response otherAgency = html("kiemsoat", DemoAgency.PASSWORD).get("/kiem-soat/tuyen-truyen?agency=" + AGENCY);
        assertThat(otherAgency.status()).isEqualTo(403);
    }

    @Test
    void theDemoDepartmentHasAQuarterToShow() {
        // written at start with the test clock (02/03/2026): REPORTING 2026-Q1 = 15/12/2025 … 14/03/2026
        tools.jackson.databind.JsonNode r = Api.at(port).as("kiemsoat", DemoAgency.PASSWORD)
                .get("/api/v1/reports/control-activities?agency=" + DemoAgency.CODE.value() + "&period=2026-Q1").json();
        assertThat(r.get("documents")).hasSize(3);
        assertThat(r.at("/communications/items").asLong()).isEqualTo(2);
        assertThat(r.at("/communications/visits").asLong()).isEqualTo(65);
        assertThat(r.at("/review/tthcToReview").asLong()).isEqualTo(1);
        assertThat(r.at("/review/workingDaysSaved").asLong()).isEqualTo(5);
        assertThat(r.at("/inspections/conducted").asLong()).isEqualTo(1);
        assertThat(r.at("/appraisal/tthcAppraised").asLong()).isEqualTo(2);
        assertThat(html("kiemsoat", DemoAgency.PASSWORD).get("/kiem-soat").body())
                .contains("Quý I năm 2026", "3 bản ghi trong kỳ", "href=\"/bao-cao/dinh-ky?agency=000.00.22.H05\"");
    }

    @Test
    void aLeaderReadsTheListsWithoutTheFormsThatWrite() {
        String demo = DemoAgency.CODE.value();
        Api.Response officer = html("kiemsoat", DemoAgency.PASSWORD).get("/kiem-soat/tuyen-truyen?agency=" + demo);
        assertThat(officer.status()).isEqualTo(200);
        assertThat(officer.body()).contains("id=\"record-form\"", "id=\"import-form\"", "Tải bảng tính Excel");
        Api.Response leader = html("lanhdao", DemoAgency.PASSWORD).get("/kiem-soat/tuyen-truyen?agency=" + demo);
        assertThat(leader.status()).isEqualTo(200);
        assertThat(leader.body()).contains("Tuyên truyền", "Tải bảng tính Excel")
                .doesNotContain("id=\"record-form\"", "id=\"import-form\"");
    }

    @Test
    void theReportPageShowsTheFiguresAndTheRecordsBehindOne() {
        Api officer = Api.at(port).as(TestAgencies.OFFICER, TestAgencies.OFFICER_PASSWORD);
        assertThat(officer.post("/api/v1/control/inspections", "{\"agencyCode\":\"" + AGENCY + "\",\"title\":"
                + "\"Kiểm tra Phòng Quản lý chuyên ngành\",\"status\":\"CONDUCTED\",\"conductedDate\":\"2024-03-01\","
                + "\"violations\":3}").status()).isEqualTo(201);
        Api.Response page = html(TestAgencies.OFFICER, TestAgencies.OFFICER_PASSWORD)
                .get("/kiem-soat/bao-cao?agency=" + AGENCY + "&period=2024-Q1&chi-tieu=inspections.violations");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Quý I năm 2024", "Số sai phạm phát hiện", "1 bản ghi",
                "Kiểm tra Phòng Quản lý chuyên ngành", "01/03/2024");
        assertThat(page.body()).containsPattern("id=\"figure-inspections.violations\"[^>]*>3<");
        Api.Response badPeriod = html(TestAgencies.OFFICER, TestAgencies.OFFICER_PASSWORD)
                .get("/kiem-soat/bao-cao?agency=" + AGENCY + "&period=2024-Q5");
        assertThat(badPeriod.status()).isEqualTo(200);
        assertThat(badPeriod.body()).contains("id=\"period-error\"", "Kỳ báo cáo &quot;2024-Q5&quot; không hợp lệ",
                "Quý I năm 2026"); // the test clock's quarter instead
        Api.Response hub = html(TestAgencies.OFFICER, TestAgencies.OFFICER_PASSWORD)
                .get("/kiem-soat?agency=" + AGENCY + "&period=2024-Q1");
        assertThat(hub.body()).contains("Văn bản chỉ đạo", "Tuyên truyền", "Kiểm tra", "Rà soát, đơn giản hoá TTHC",
                "Dự thảo VBQPPL có TTHC", "1 bản ghi trong kỳ");
    }
}

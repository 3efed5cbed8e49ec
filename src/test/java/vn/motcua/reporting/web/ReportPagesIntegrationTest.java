package vn.motcua.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.identity.DemoAgency.PASSWORD;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.identity.DemoAgency;
import vn.motcua.reporting.IndexGroup;
import vn.motcua.support.Api;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.MutableClock;
import vn.motcua.support.TestAgencies;

/** The dashboard, the report page and their drill-downs over HTTP, as the agency's people open them. */
@IntegrationTest
class ReportPagesIntegrationTest {

    static final String AGENCY = DemoAgency.CODE.value();
    /** A ten-working-day procedure of the demo agency. */
    static final String PROCEDURE = "1.014390";

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    private Api page(String user) {
        return Api.at(port).as(user, PASSWORD).header("Accept", "text/html");
    }

    /** A dossier received at the desk now (2 March 2026); its code. */
    private String received() {
        Api.Response created = Api.at(port).as("tiepnhan", PASSWORD).post("/api/v1/dossiers", """
                {"agencyCode":"%s","procedureCode":"%s","channel":"DIRECT","receive":true,
                 "applicant":{"type":"CITIZEN","name":"Lê Văn Báo Cáo","idNumber":"001085012399","phone":"0912345678"}}
                """.formatted(AGENCY, PROCEDURE));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("code").asString();
    }

    @Test
    void theDashboardShowsTheIndexByGroupAndMetricWithChartsTrendAndLateDossiers() {
        String code = received();
        clock.advance(Duration.ofDays(20));

        Api.Response dashboard = page("kiemsoat").get("/bang-dieu-khien");
        assertThat(dashboard.status()).as(dashboard.body()).isEqualTo(200);
        String html = dashboard.body();
        assertThat(html).contains("Chỉ số", "Quý I năm 2026", "Kỳ theo lịch", "id=\"index-total\"", "Xếp loại:");
        for (IndexGroup group : IndexGroup.values()) {
            assertThat(html).contains(group.label(), "(" + group.code() + ")");
        }
        assertThat(html).as("metrics without data say so, with the reason")
                .contains("Chưa có dữ liệu", "Chưa kết nối Cổng Dịch vụ công quốc gia");
        assertThat(html).as("numerator and denominator open their lists")
                .contains("/bang-dieu-khien/giai-thich?agency=" + AGENCY + "&amp;period=2026-Q1&amp;periodType=CALENDAR"
                        + "&amp;metric=ON_TIME_PROCESSING&amp;part=denominator");
        assertThat(html).as("charts from the webjar, their data on the canvas")
                .containsPattern("/webjars/chart\\.js/[0-9.]+/dist/chart\\.umd\\.min\\.js")
                .contains("id=\"group-chart\"", "id=\"trend-chart\"",
                        "data-chart=\"{&quot;type&quot;:&quot;bar&quot;", "Xu hướng theo tháng năm 2026",
                        "<td>Tháng 1</td>", "<td>Tháng 3</td>");
        assertThat(html).as("no trend for months not yet begun").doesNotContain("<td>Tháng 4</td>");
        assertThat(html).as("the open dossier is late a month after its receipt")
                .contains("id=\"overdue\"").containsPattern("id=\"overdue\"[^<]*>\\s*<li>\\s*<a href=\"/ho-so/");

        Api.Response denominator = page("lanhdao").get("/bang-dieu-khien/giai-thich?metric=ON_TIME_PROCESSING"
                + "&part=denominator&period=2026-Q1&periodType=CALENDAR");
        assertThat(denominator.status()).as(denominator.body()).isEqualTo(200);
        assertThat(denominator.body()).contains("Mẫu số", "Hồ sơ được xử lý trước hạn, đúng hạn",
                "href=\"/ho-so/" + code + "\"", "Xem tử số");
        Api.Response catalog = page("lanhdao").get("/bang-dieu-khien/giai-thich?metric=ONLINE_SERVICE_PROVISION"
                + "&part=denominator&period=2026-Q1&periodType=CALENDAR");
        assertThat(catalog.status()).isEqualTo(200);
        assertThat(catalog.body()).contains("Mã thủ tục", "href=\"/thu-tuc/" + PROCEDURE + "?agency=" + AGENCY + "\"");
        assertThat(page("lanhdao").get("/bang-dieu-khien/giai-thich?metric=NO_SUCH&period=2026-Q1").status())
                .isEqualTo(400);

        Api.Response month = page("kiemsoat").get("/bang-dieu-khien?year=2026&term=M02&periodType=REPORTING");
        assertThat(month.status()).isEqualTo(200);
        assertThat(month.body()).contains("Tháng 2 năm 2026", "từ ngày 15/1/2026 đến ngày 14/2/2026");
    }

    @Test
    void theReportShowsFormII06aWithChecksExportsAndEveryFigureOpensItsDossiers() {
        String code = received();

        Api.Response report = page("kiemsoat").get("/bao-cao?year=2026&term=Q1&periodType=REPORTING");
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        String html = report.body();
        assertThat(html).contains("Biểu II.06a", "Quý I năm 2026", "từ ngày 15/12/2025 đến ngày 14/3/2026",
                "Tổng cộng", "Kiểm tra số liệu", "Đã giải quyết = Trước hạn + Đúng hạn + Quá hạn", "✓",
                "Tải Excel (XLSX)", "id=\"channel-chart\"", "Thủ tục hành chính thuộc thẩm quyền",
                "Soạn báo cáo định kỳ");
        assertThat(html).doesNotContain("✗");
        assertThat(html).contains("href=\"/api/v1/reports/dossier-resolution?agency=" + AGENCY
                + "&amp;period=2026-Q1&amp;periodType=REPORTING&amp;format=xlsx\"");
        assertThat(html).contains("href=\"/bao-cao/dinh-ky?agency=" + AGENCY
                + "&amp;period=2026-Q1&amp;periodType=REPORTING\"");
        assertThat(html).contains("/bao-cao/ho-so?agency=" + AGENCY
                + "&amp;period=2026-Q1&amp;periodType=REPORTING&amp;figure=RECEIVED\"");
        assertThat(page("kiemsoat").get("/bao-cao").body()).as("by default the reporting quarter of today")
                .contains("Quý I năm 2026", "từ ngày 15/12/2025 đến ngày 14/3/2026");

        Api.Response all = page("kiemsoat").get("/bao-cao/ho-so?figure=RECEIVED&period=2026-Q1&periodType=REPORTING");
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.body()).contains("Số hồ sơ nhận giải quyết", "Tất cả lĩnh vực", "href=\"/ho-so/" + code + "\"",
                "Lê Văn Báo Cáo");
        String field = Api.at(port).as("kiemsoat", PASSWORD)
                .get("/api/v1/reports/dossier-resolution?agency=" + AGENCY + "&period=2026-Q1").json()
                .get("rows").get(0).get("field").asString();
        Api.Response ofField = page("kiemsoat").get("/bao-cao/ho-so?figure=IN_PROGRESS_WITHIN_DEADLINE&period=2026-Q1"
                + "&periodType=REPORTING&field=" + URLEncoder.encode(field, StandardCharsets.UTF_8));
        assertThat(ofField.status()).isEqualTo(200);
        assertThat(ofField.body()).contains("Lĩnh vực: " + field, "href=\"/ho-so/" + code + "\"");
        Api.Response resolved = page("kiemsoat").get("/bao-cao/ho-so?figure=RESOLVED_LATE&period=2026-Q1");
        assertThat(resolved.body()).doesNotContain("href=\"/ho-so/" + code + "\"");

        Api.Response range = page("kiemsoat").get("/bao-cao?term=RANGE&from=2026-03-01&to=2026-03-31");
        assertThat(range.status()).isEqualTo(200);
        assertThat(range.body()).contains("Từ ngày 1/3/2026 đến ngày 31/3/2026",
                "period=2026-03-01..2026-03-31&amp;periodType=CALENDAR&amp;format=xlsx");

        Api.Response bad = page("kiemsoat").get("/bao-cao?year=20x&term=Q1");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"period-error\"", "Nhập năm gồm 4 chữ số").doesNotContain("Biểu II.06a");
        Api.Response backwards = page("kiemsoat").get("/bao-cao?term=RANGE&from=2026-03-31&to=2026-03-01");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("phải từ ngày bắt đầu");
    }

    @Test
    void onlyLeadersControlOfficersAndAdministratorsOpenThePagesAndSeeTheirLinks() {
        assertThat(page("tiepnhan").get("/bang-dieu-khien").status()).isEqualTo(403);
        assertThat(page("tiepnhan").get("/bao-cao").status()).isEqualTo(403);
        assertThat(page("tiepnhan").get("/bao-cao/ho-so?figure=RECEIVED&period=2026-Q1").status()).isEqualTo(403);
        assertThat(page("tiepnhan").get("/").body()).doesNotContain("Bảng điều khiển");
        assertThat(page("kiemsoat").get("/").body()).contains("href=\"/bang-dieu-khien\"", "href=\"/bao-cao\"");
        assertThat(page("lanhdao").get("/bao-cao").status()).isEqualTo(200);
        assertThat(page("kiemsoat").get("/bao-cao?agency=000.00.93.T01").status())
                .as("not another agency's report").isEqualTo(403);
        assertThat(Api.at(port).header("Accept", "text/html").get("/bao-cao").status())
                .as("anonymous people are sent to the login").isEqualTo(302);

        Api officer = Api.at(port).as(TestAgencies.OFFICER, TestAgencies.OFFICER_PASSWORD).header("Accept", "text/html");
        Api.Response other = officer.get("/bao-cao?agency=000.00.93.T01&period=2023-Q3&periodType=REPORTING");
        assertThat(other.status()).as(other.body()).isEqualTo(200);
        assertThat(other.body()).contains("Cơ quan thử nghiệm 000.00.93.T01", "<select id=\"agency\" name=\"agency\">");
        Api.Response admin = Api.at(port).as("admin", PASSWORD).header("Accept", "text/html")
                .get("/bang-dieu-khien?agency=" + AGENCY);
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.body()).contains("Tiến độ giải quyết");
    }

    @Test
    void theChartLibraryAndScriptsAreServedByTheApplication() {
        Api.Response chart = Api.at(port).get("/webjars/chart.js/dist/chart.umd.min.js");
        assertThat(chart.status()).isEqualTo(200);
        assertThat(chart.body()).contains("Chart.js");
        assertThat(Api.at(port).get("/js/charts.js").status()).isEqualTo(200);
        assertThat(Api.at(port).get("/js/reports.js").status()).isEqualTo(200);
        assertThat(Api.at(port).get("/css/reports.css").status()).isEqualTo(200);
    }
}

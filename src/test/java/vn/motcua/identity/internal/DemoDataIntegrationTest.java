package vn.motcua.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.identity.Agencies;
import vn.motcua.identity.Agency;
import vn.motcua.identity.AgencyCode;
import vn.motcua.identity.DemoAgency;
import vn.motcua.identity.Unit;
import vn.motcua.support.Api;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.MutableClock;

@IntegrationTest
class DemoDataIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    DemoData demoData;

    @Autowired
    Agencies agencies;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Test
    void loadingTheDemoDataAgainChangesNothing() throws Exception {
        Map<String, List<Map<String, Object>>> before = snapshot();
        clock.advance(Duration.ofDays(1));
        try {
            demoData.run(new DefaultApplicationArguments());
        } finally {
            clock.advance(Duration.ofDays(-1));
        }

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void theMergedDepartmentComesFromBothProvincesDepartments() {
        Agency department = agencies.find(DemoAgency.CODE).orElseThrow();

        assertThat(department.name()).isEqualTo("Sở Khoa học và Công nghệ tỉnh Bắc Ninh");
        assertThat(department.parentCode()).isEqualTo(DemoAgency.PROVINCE);
        assertThat(department.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(department.validTo()).isNull();
        assertThat(department.predecessorCodes())
                .containsExactlyInAnyOrder(DemoData.OLD_SCIENCE_BAC_NINH, DemoData.OLD_SCIENCE_BAC_GIANG);
        assertThat(department.units()).extracting(Unit::code)
                .contains(DemoAgency.ONE_STOP_UNIT, DemoAgency.PROCESSING_UNIT, "BCVTCDS", "CCTDC");

        Agency oldScience = agencies.find(DemoData.OLD_SCIENCE_BAC_NINH).orElseThrow();
        assertThat(oldScience.successorCodes()).containsExactly(DemoAgency.CODE);
        assertThat(oldScience.predecessorCodes()).containsExactly(DemoData.OLD_INFORMATION_BAC_NINH);
        assertThat(oldScience.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));

        Agency information = agencies.find(DemoData.OLD_INFORMATION_BAC_NINH).orElseThrow();
        assertThat(information.successorCodes()).containsExactly(DemoData.OLD_SCIENCE_BAC_NINH);
        assertThat(information.validTo()).isEqualTo(LocalDate.of(2025, 2, 28));

        assertThat(agencies.find(DemoData.BAC_GIANG).orElseThrow().successorCodes())
                .containsExactly(DemoAgency.PROVINCE);
    }

    @Test
    void validityFollowsTheMergerDates() {
        assertThat(agencies.isValidOn(DemoData.OLD_INFORMATION_BAC_NINH, LocalDate.of(2025, 2, 28))).isTrue();
        assertThat(agencies.isValidOn(DemoData.OLD_INFORMATION_BAC_NINH, LocalDate.of(2025, 3, 1))).isFalse();
        assertThat(agencies.isValidOn(DemoData.OLD_SCIENCE_BAC_GIANG, LocalDate.of(2025, 6, 30))).isTrue();
        assertThat(agencies.isValidOn(DemoData.OLD_SCIENCE_BAC_GIANG, LocalDate.of(2025, 7, 1))).isFalse();
        assertThat(agencies.isValidOn(DemoAgency.CODE, LocalDate.of(2025, 6, 30))).isFalse();
        assertThat(agencies.isValidOn(DemoAgency.CODE, LocalDate.of(2025, 7, 1))).isTrue();
        assertThat(agencies.isValidOn(new AgencyCode("000.00.00.H99"), LocalDate.of(2025, 7, 1))).isFalse();
    }

    @Test
    void everyDemoUserSignsInWithTheirRole() {
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put("admin", "ADMINISTRATOR");
        roles.put("tiepnhan", "DESK_OFFICER");
        roles.put("chuyenvien", "SPECIALIST");
        roles.put("truongphong", "UNIT_HEAD");
        roles.put("lanhdao", "LEADER");
        roles.put("kiemsoat", "CONTROL_OFFICER");
        roles.put("congdan", "APPLICANT");
        roles.put("doanhnghiep", "APPLICANT");
        roles.forEach((username, role) -> {
            Api.Response me = Api.at(port).as(username, DemoAgency.PASSWORD).get("/api/v1/users/me");
            assertThat(me.status()).as(username).isEqualTo(200);
            assertThat(me.json().get("roles").get(0).get("role").asString()).as(username).isEqualTo(role);
        });
        Api.Response desk = Api.at(port).as("tiepnhan", DemoAgency.PASSWORD).get("/api/v1/users/me");
        assertThat(desk.json().get("roles").get(0).get("agencyCode").asString()).isEqualTo(DemoAgency.CODE.value());
        assertThat(desk.json().get("roles").get(0).get("unitCode").asString()).isEqualTo(DemoAgency.ONE_STOP_UNIT);
    }

    @Test
    void theAgencyPageShowsTheTreeWithHistory() {
        Api.Response page = Api.at(port).as("tiepnhan", DemoAgency.PASSWORD).header("Accept", "text/html")
                .get("/quan-tri/co-quan");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Sở Khoa học và Công nghệ tỉnh Bắc Ninh", "Bộ phận Một cửa",
                "Sở Thông tin và Truyền thông tỉnh Bắc Giang", "Hết hiệu lực", "Tiền thân:")
                .doesNotContain("Thêm cơ quan");
        Api.Response asAdmin = Api.at(port).as("admin", DemoAgency.PASSWORD).header("Accept", "text/html")
                .get("/quan-tri/co-quan");
        assertThat(asAdmin.body()).contains("Thêm cơ quan", "Thêm đơn vị", "name=\"_csrf\"");
    }

    private Map<String, List<Map<String, Object>>> snapshot() {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        tables.put("agency", jdbc.sql("SELECT * FROM agency ORDER BY code").query().listOfRows());
        tables.put("agency_succession", jdbc.sql(
                "SELECT * FROM agency_succession ORDER BY successor_code, predecessor_code").query().listOfRows());
        tables.put("agency_unit", jdbc.sql("SELECT * FROM agency_unit ORDER BY agency_code, code").query().listOfRows());
        tables.put("user_account", jdbc.sql("SELECT * FROM user_account ORDER BY id").query().listOfRows());
        tables.put("user_role_grant", jdbc.sql("SELECT * FROM user_role_grant ORDER BY id").query().listOfRows());
        return tables;
    }
}

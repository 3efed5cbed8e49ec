package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.identity.DemoAgency.PASSWORD;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.support.Api;
import vn.motcua.support.IntegrationTest;

/** Each person's header offers what their roles open; a page their roles do not open says which roles do. */
@IntegrationTest
class RoleNavigationIntegrationTest {

    private static final String DESK = "Tiếp nhận</a>";
    private static final String QUEUE = "Hồ sơ cần xử lý</a>";
    private static final String MINE = "Hồ sơ của tôi</a>";
    private static final String REPORTS = "Báo cáo</a>";
    private static final String CATALOG_ADMIN = "Quản trị thủ tục</a>";
    private static final String AGENCIES = "Cơ quan</a>";
    private static final String SIGN_IN = "href=\"/login\"";

    @LocalServerPort
    int port;

    private String header(String username) {
        Api api = username == null ? Api.at(port) : Api.at(port).as(username, PASSWORD);
        Api.Response home = api.header("Accept", "text/html").get("/");
        assertThat(home.status()).isEqualTo(200);
        String page = home.body();
        return page.substring(page.indexOf("<nav"), page.indexOf("</nav>"));
    }

    @Test
    void aVisitorIsOfferedThePublicPagesAndSignIn() {
        assertThat(header(null)).contains("Thủ tục</a>", "Tra cứu hồ sơ</a>", SIGN_IN)
                .doesNotContain(DESK, QUEUE, MINE, REPORTS, CATALOG_ADMIN, AGENCIES, "Đăng xuất");
    }

    @Test
    void anApplicantSeesTheirOwnDossiersAndNoOfficeWork() {
        assertThat(header("congdan")).contains(MINE, "Nguyễn Văn An", "Đăng xuất")
                .doesNotContain(DESK, QUEUE, REPORTS, CATALOG_ADMIN, AGENCIES, SIGN_IN);
    }

    @Test
    void aDeskOfficerSeesIntakeTheQueueAndTheAgenciesButNotReportsOrCatalogAdministration() {
        assertThat(header("tiepnhan")).contains(DESK, QUEUE, AGENCIES)
                .doesNotContain(MINE, REPORTS, CATALOG_ADMIN, SIGN_IN);
    }

    @Test
    void aControlOfficerSeesReportsAndTheCatalogAdministrationButNotIntake() {
        assertThat(header("kiemsoat")).contains(QUEUE, REPORTS, CATALOG_ADMIN, AGENCIES)
                .doesNotContain(DESK, MINE, SIGN_IN);
    }

    @Test
    void anAdministratorSeesTheAdministrationPages() {
        assertThat(header("admin")).contains(CATALOG_ADMIN, AGENCIES, REPORTS).doesNotContain(DESK, SIGN_IN);
    }

    @Test
    void aPageTheRolesDoNotOpenIsAVietnamesePageNamingTheRolesThatDo() {
        Api citizen = Api.at(port).as("congdan", PASSWORD).header("Accept", "text/html");
        Api.Response intake = citizen.get("/mot-cua/tiep-nhan");
        assertThat(intake.status()).isEqualTo(403);
        assertThat(intake.contentType()).startsWith("text/html");
        assertThat(intake.body()).contains("Không có quyền", "Cán bộ một cửa", "Lãnh đạo cơ quan", "Đăng xuất")
                .doesNotContain(SIGN_IN);
        Api.Response agencies = citizen.get("/quan-tri/co-quan");
        assertThat(agencies.status()).isEqualTo(403);
        assertThat(agencies.body()).contains("Cán bộ một cửa", "Chuyên viên xử lý", "Quản trị hệ thống")
                .doesNotContain("Người nộp hồ sơ");
        assertThat(Api.at(port).as("tiepnhan", PASSWORD).header("Accept", "text/html").get("/quan-tri/thu-tuc")
                .body()).contains("Trang này dành cho", "Cán bộ kiểm soát TTHC");
    }
}

package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.identity.DemoAgency.PASSWORD;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final String REPORTS = "Báo cáo giải quyết TTHC</a>";
    private static final String CATALOG_ADMIN = "Quản trị thủ tục</a>";
    private static final String AGENCIES = "Cơ quan, đơn vị</a>";
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

    private static final Pattern HREF = Pattern.compile("<a [^>]*href=\"([^\"]+)\"");

    private static String group(String label) {
        return "<summary>" + label + "</summary>";
    }

    @Test
    void officersGetTheirLinksGroupedByWorkAndOnlyTheGroupsTheirRolesUse() {
        assertThat(header("tiepnhan")).contains(group("Hồ sơ"), group("Phản ánh, kiến nghị"), group("Quản trị"))
                .doesNotContain(group("Kiểm soát TTHC"), group("Báo cáo, chỉ số"));
        assertThat(header("chuyenvien")).contains(group("Hồ sơ"), group("Phản ánh, kiến nghị"), group("Quản trị"))
                .doesNotContain(group("Kiểm soát TTHC"), group("Báo cáo, chỉ số"), DESK, "Tiếp nhận phản ánh</a>");
        assertThat(header("lanhdao")).contains(group("Hồ sơ"), group("Kiểm soát TTHC"), group("Báo cáo, chỉ số"),
                DESK).doesNotContain(CATALOG_ADMIN);
        assertThat(header("kiemsoat")).contains(group("Hồ sơ"), group("Phản ánh, kiến nghị"), group("Kiểm soát TTHC"),
                group("Báo cáo, chỉ số"), group("Quản trị"), "Kế hoạch kiểm soát</a>");
        assertThat(header("congdan")).doesNotContain("<summary>", "<details");
        assertThat(header(null)).doesNotContain("<summary>", "<details");
    }

    @Test
    void theAccessKeysStayOnTheirPages() {
        String control = header("kiemsoat");
        assertThat(control).containsPattern("href=\"/ho-so\" accesskey=\"h\"")
                .containsPattern("href=\"/pakn\" accesskey=\"p\"")
                .containsPattern("href=\"/bang-dieu-khien\" accesskey=\"b\"")
                .containsPattern("href=\"/bao-cao\" accesskey=\"r\"")
                .containsPattern("href=\"/kiem-soat\" accesskey=\"k\"");
        assertThat(header("tiepnhan")).containsPattern("href=\"/mot-cua/tiep-nhan\" accesskey=\"n\"");
    }

    @Test
    void everyLinkOfEachDemoRolesHeaderOpensWithoutARefusal() {
        for (String username : new String[] {null, "congdan", "doanhnghiep", "tiepnhan", "chuyenvien", "truongphong",
                "lanhdao", "kiemsoat", "admin"}) {
            List<String> links = new ArrayList<>();
            Matcher href = HREF.matcher(header(username));
            while (href.find()) {
                links.add(href.group(1).replace("&amp;", "&"));
            }
            assertThat(links).as("links of %s", username).isNotEmpty();
            Api api = username == null ? Api.at(port) : Api.at(port).as(username, PASSWORD);
            for (String link : links) {
                assertThat(api.header("Accept", "text/html").get(link).status()).as("%s opens %s", username, link)
                        .isEqualTo(200);
            }
        }
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

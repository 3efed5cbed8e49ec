package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.identity.DemoAgency;
import vn.motcua.support.Api;
import vn.motcua.support.IntegrationTest;

/** The home page names the agency of {@code motcua.home-agency} with its contact, as the administrator keeps it. */
@IntegrationTest
class HomePageIntegrationTest {

    private static final String CONTACT_PATH = "/api/v1/agencies/" + DemoAgency.CODE + "/contact";
    private static final String DEMO_CONTACT = """
            {"address":"Số 10 đường Phù Đổng Thiên Vương, phường Kinh Bắc, tỉnh Bắc Ninh",
             "hotline":"0222 3000 000","email":"motcua.sokhcn@bacninh.example"}""";

    @LocalServerPort
    int port;

    private Api admin() {
        return Api.at(port).as("admin", DemoAgency.PASSWORD);
    }

    private String home() {
        Api.Response page = Api.at(port).header("Accept", "text/html").get("/");
        assertThat(page.status()).isEqualTo(200);
        return page.body();
    }

    @AfterEach
    void restoreDemoContact() {
        assertThat(admin().put(CONTACT_PATH, DEMO_CONTACT).status()).isEqualTo(200);
    }

    @Test
    void anyoneSeesTheAgencyItsContactItsOfficeHoursAndTheSearchFirst() {
        String page = home();

        assertThat(page).contains("Sở Khoa học và Công nghệ tỉnh Bắc Ninh",
                "Số 10 đường Phù Đổng Thiên Vương, phường Kinh Bắc, tỉnh Bắc Ninh", "0222 3000 000",
                "href=\"tel:02223000000\"", "07:30–11:30, 13:30–17:30",
                "href=\"/tra-cuu-ho-so\"", "href=\"/phan-anh-kien-nghi\"", "Nộp hồ sơ trực tuyến");
        assertThat(page.indexOf("id=\"procedure-search\""))
                .as("the procedure search comes before the shortcuts and the contact")
                .isPositive().isLessThan(page.indexOf("id=\"shortcut-submit\""))
                .isLessThan(page.indexOf("id=\"agency-contact\""));
        assertThat(page).containsPattern("<form id=\"procedure-search\"[^>]*action=\"/thu-tuc\"")
                .contains("name=\"q\"");
    }

    @Test
    void anEditThroughTheApiAppearsOnTheHomePage() {
        Api.Response saved = admin().put(CONTACT_PATH, """
                {"address":"Tầng 2, Trung tâm Phục vụ hành chính công tỉnh","hotline":"(0222) 3.812.345","email":""}""");

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("hotline").asString()).isEqualTo("(0222) 3.812.345");
        assertThat(saved.json().get("email").isNull()).as("a blank part is cleared").isTrue();
        assertThat(home()).contains("Tầng 2, Trung tâm Phục vụ hành chính công tỉnh", "(0222) 3.812.345")
                .doesNotContain("Phù Đổng Thiên Vương", "motcua.sokhcn@bacninh.example");
    }

    @Test
    void anEditOnTheAdministrationPageAppearsOnTheHomePage() {
        Api.Response posted = admin().header("Accept", "text/html").send("POST", "/quan-tri/co-quan/lien-he",
                "application/x-www-form-urlencoded", "agencyCode=" + DemoAgency.CODE
                        + "&address=" + URLEncoder.encode("Số 1 đường Lý Thái Tổ, phường Kinh Bắc", StandardCharsets.UTF_8)
                        + "&hotline=" + URLEncoder.encode("0222 3111 222", StandardCharsets.UTF_8) + "&email=");

        assertThat(posted.status()).isEqualTo(302);
        assertThat(home()).contains("Số 1 đường Lý Thái Tổ, phường Kinh Bắc", "0222 3111 222");
        assertThat(admin().header("Accept", "text/html").get("/quan-tri/co-quan").body())
                .contains("Số 1 đường Lý Thái Tổ, phường Kinh Bắc", "0222 3111 222");
    }

    @Test
    void aBadHotlineOrAnOutsiderChangesNothing() {
        Api.Response bad = admin().put(CONTACT_PATH, """
                {"address":"Địa chỉ khác","hotline":"gọi 1900 xxx"}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("hotline");

        Api.Response refused = Api.at(port).as("lanhdao", DemoAgency.PASSWORD).put(CONTACT_PATH, """
                {"address":"Địa chỉ khác","hotline":"0222 3999 111"}""");
        assertThat(refused.status()).isEqualTo(403);

        assertThat(home()).contains("Phù Đổng Thiên Vương").doesNotContain("Địa chỉ khác");
    }
}

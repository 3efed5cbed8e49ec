package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.identity.DemoAgency.PASSWORD;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;
import vn.motcua.support.DossierApi;

/** A leader checks the dossiers' audit trail from the header's menu and sees who read an applicant's data. */
class AuditTrailBrowserTest extends BrowserTest {

    @Test
    void aLeaderVerifiesTheTrailAndSeesWhoReadAnApplicantsData() {
        DossierApi api = new DossierApi(port);
        String code = api.desk().post("/api/v1/dossiers", DossierApi.newDossier(DossierApi.TEN_DAY_PROCEDURE,
                "POSTAL", true, "Người gửi qua bưu chính")).json().get("code").asString();
        assertThat(api.as("chuyenvien").get("/api/v1/dossiers/" + code).status()).isEqualTo(200);
        Page page = browser.loggedIn("lanhdao", PASSWORD);

        Browser.menu(page, "Quản trị", "Nhật ký kiểm toán");
        page.getByLabel("Cơ quan").selectOption(DossierApi.AGENCY);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Kiểm tra")).click();

        assertThat(page.locator("#verification").innerText()).contains("Toàn vẹn.");
        page.getByLabel("Mã hồ sơ").fill(code);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Lọc")).click();
        assertThat(page.locator("#accesses tbody tr").first().innerText())
                .contains("chuyenvien", code, "số định danh, điện thoại, thư điện tử, địa chỉ", "API");
        assertThat(Browser.accessibilityProblems(page)).isEmpty();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/audit-trail.png"))
                .setFullPage(true));
    }
}

package vn.motcua.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static vn.motcua.identity.DemoAgency.PASSWORD;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;

/** What a citizen and a control officer meet in the header, and a citizen who follows a desk officer's link. */
class RoleNavigationBrowserTest extends BrowserTest {

    @Test
    void aCitizenWhoOpensTheDeskIntakeIsToldWhichRolesItIsForAndIsNotOfferedSignIn() {
        Page citizen = browser.loggedIn("congdan", PASSWORD);
        citizen.navigate(browser.url("/mot-cua/tiep-nhan"));
        assertThat(citizen.locator("h1")).hasText("Không có quyền");
        assertThat(citizen.locator("main")).containsText("Cán bộ một cửa");
        assertThat(citizen.locator("nav")).containsText("Hồ sơ của tôi");
        assertThat(citizen.locator("nav")).not().containsText("Đăng nhập");
        assertThat(citizen.locator("nav")).not().containsText("Tiếp nhận");
        Browser.screenshot(citizen, "refused-desk-intake-citizen");
    }

    @Test
    void aControlOfficerOnAPhoneSeesTheControlAndReportLinks() {
        Page officer = browser.loggedIn("kiemsoat", PASSWORD);
        officer.setViewportSize(390, 844);
        officer.navigate(browser.url("/"));
        officer.locator("label.nav-toggle-label").click();
        assertThat(officer.locator("nav")).containsText("Quản trị thủ tục");
        assertThat(officer.locator("nav")).containsText("Báo cáo");
        assertThat(officer.locator("nav")).not().containsText("Tiếp nhận");
        Browser.screenshot(officer, "header-control-officer-phone");
    }
}

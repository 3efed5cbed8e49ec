package vn.motcua.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.identity.DemoAgency.PASSWORD;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;

/**
 * What people meet in the header: a citizen a few plain links, officers menus grouped by what they do, opened by
 * mouse, keyboard or finger, with the access keys still taking them to their pages.
 */
class RoleNavigationBrowserTest extends BrowserTest {

    private static Locator summary(Page page, String group) {
        return page.locator("nav.site-nav details.nav-group > summary", new Page.LocatorOptions().setHasText(group))
                .first();
    }

    @Test
    void aCitizenWhoOpensTheDeskIntakeIsToldWhichRolesItIsForAndIsNotOfferedSignIn() {
        Page citizen = browser.loggedIn("congdan", PASSWORD);
        citizen.navigate(browser.url("/mot-cua/tiep-nhan"));
        assertThat(citizen.locator("h1")).hasText("Không có quyền");
        assertThat(citizen.locator("main")).containsText("Cán bộ một cửa");
        assertThat(citizen.locator("nav")).containsText("Hồ sơ của tôi");
        assertThat(citizen.locator("nav")).not().containsText("Đăng nhập");
        assertThat(citizen.locator("nav")).not().containsText("Tiếp nhận");
        assertThat(citizen.locator("nav details")).hasCount(0);
        Browser.screenshot(citizen, "refused-desk-intake-citizen");
    }

    @Test
    void aControlOfficerOnAPhoneOpensTheMenuThenAGroupAndFollowsItsLink() {
        Page officer = browser.loggedIn("kiemsoat", PASSWORD);
        officer.setViewportSize(390, 844);
        officer.navigate(browser.url("/"));
        assertThat(summary(officer, "Quản trị")).not().isVisible();
        officer.locator("label.nav-toggle-label").click();
        assertThat(summary(officer, "Kiểm soát TTHC")).isVisible();
        assertThat(summary(officer, "Báo cáo, chỉ số")).isVisible();
        Locator catalogAdmin = officer.locator("nav").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Quản trị thủ tục"));
        assertThat(catalogAdmin).not().isVisible();
        summary(officer, "Quản trị").click();
        assertThat(catalogAdmin).isVisible();
        assertThat(officer.locator("nav")).not().containsText("Tiếp nhận hồ sơ");
        assertThat(Browser.fitsTheScreenWidth(officer)).isTrue();
        Browser.screenshot(officer, "header-control-officer-phone");
        catalogAdmin.click();
        officer.waitForURL(url -> url.endsWith("/quan-tri/thu-tuc"));
        assertThat(officer.locator("h1")).not().hasText("Không có quyền");
    }

    @Test
    void onAPhoneTheMenuOpensFromTheKeyboardToo() {
        Page leader = browser.loggedIn("lanhdao", PASSWORD);
        leader.setViewportSize(390, 844);
        leader.navigate(browser.url("/"));
        assertThat(summary(leader, "Hồ sơ")).not().isVisible();
        leader.locator("#nav-toggle").focus();
        leader.keyboard().press("Space");
        assertThat(summary(leader, "Hồ sơ")).isVisible();
        leader.keyboard().press("Tab");
        leader.keyboard().press("Tab");
        assertThat(summary(leader, "Hồ sơ")).isFocused();
        leader.keyboard().press("Enter");
        assertThat(leader.locator("details.nav-group[open] .nav-menu a").first()).isVisible();
    }

    @Test
    void aLeaderOpensTheReportsMenuWithTheKeyboardAndFollowsItsFirstLink() {
        Page leader = browser.loggedIn("lanhdao", PASSWORD);
        leader.navigate(browser.url("/"));
        summary(leader, "Báo cáo, chỉ số").focus();
        leader.keyboard().press("Enter");
        assertThat(leader.locator("details.nav-group[open] > summary")).hasText("Báo cáo, chỉ số");
        leader.keyboard().press("Tab");
        assertThat(leader.locator("details.nav-group[open] .nav-menu a").first()).isFocused();
        Browser.screenshot(leader, "header-leader-reports-menu");
        leader.keyboard().press("Enter");
        leader.waitForURL(url -> url.endsWith("/bang-dieu-khien"));
        assertThat(leader.locator("h1")).not().hasText("Không có quyền");
    }

    @Test
    void theAccessKeysOpenTheirPagesWithTheMenusClosed() {
        Page officer = browser.loggedIn("kiemsoat", PASSWORD);
        String[][] keys = {{"h", "/ho-so"}, {"p", "/pakn"}, {"b", "/bang-dieu-khien"}, {"r", "/bao-cao"},
                {"k", "/kiem-soat"}};
        for (String[] key : keys) {
            officer.navigate(browser.url("/thu-tuc"));
            Browser.accessKey(officer, key[0].charAt(0));
            officer.waitForURL(url -> url.endsWith(key[1]));
        }
        Page desk = browser.loggedIn("tiepnhan", PASSWORD);
        desk.navigate(browser.url("/thu-tuc"));
        Browser.accessKey(desk, 'n');
        desk.waitForURL(url -> url.endsWith("/mot-cua/tiep-nhan"));
        assertThat(desk.locator("h1")).hasText("Tiếp nhận hồ sơ");
    }
}

package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;

/** What a visitor meets first: the agency, the procedure search, the shortcuts, on a desktop and a phone. */
class HomePageBrowserTest extends BrowserTest {

    @Test
    void aVisitorSearchesProceduresFromTheHomePage() {
        Page page = browser.page("/");
        assertThat(page.locator("#agency-name").textContent()).isEqualTo("Sở Khoa học và Công nghệ tỉnh Bắc Ninh");
        assertThat(page.locator("#agency-hotline").textContent()).isEqualTo("0222 3000 000");
        Browser.screenshot(page, "home-desktop");

        page.getByLabel("Tìm thủ tục hành chính").fill("giấy chứng nhận");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Tìm kiếm")).click();
        page.waitForURL(url -> url.contains("/thu-tuc?"));
        assertThat(page.url()).contains("q=gi");
    }

    @Test
    void onAPhoneTheHomePageFitsTheScreen() {
        Page page = browser.page("/", true);
        assertThat(page.locator("#procedure-search").isVisible()).isTrue();
        assertThat(page.locator("#agency-address").textContent()).contains("Bắc Ninh");
        assertThat(Browser.fitsTheScreenWidth(page)).isTrue();
        Browser.screenshot(page, "home-phone");
    }
}

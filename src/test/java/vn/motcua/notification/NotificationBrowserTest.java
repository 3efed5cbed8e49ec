package vn.motcua.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;

/** The administrator's notifications page as a person uses it: menu, channels, a template previewed and saved. */
class NotificationBrowserTest extends BrowserTest {

    private static final String ADMIN_PASSWORD = "Demo@12345";

    @Test
    void theAdministratorPreviewsAnSmsTemplateWithoutDiacriticsAndSavesIt() {
        Page page = browser.loggedIn("admin", ADMIN_PASSWORD);
        Browser.menu(page, "Quản trị", "Thông báo cho người nộp");
        page.waitForURL(url -> url.endsWith("/quan-tri/thong-bao"));
        assertThat(page.locator("#kenh").innerText()).contains("Thư điện tử", "Chưa cấu hình", "--motcua.mail.host");
        assertThat(Browser.accessibilityProblems(page)).isEmpty();

        page.locator("summary", new Page.LocatorOptions().setHasText("Rút hồ sơ")).click();
        Locator sms = page.locator("#mau-withdrawn-sms");
        sms.getByLabel("Nội dung").fill("Đã ghi nhận yêu cầu rút hồ sơ {maHoSo} ngày {ngay}.");
        sms.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Xem trước")).click();
        assertThat(page.locator("#xem-truoc-withdrawn-sms").innerText())
                .contains("Da ghi nhan yeu cau rut ho so 000.00.22.H05-261207-0001", "1 tin SMS");
        assertThat(Browser.accessibilityProblems(page)).isEmpty();
        Browser.screenshot(page, "notification-admin-preview");

        Locator again = page.locator("#mau-withdrawn-sms");
        again.getByLabel("Nội dung").fill("Rút hồ sơ, xem www.example.vn");
        again.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu mẫu")).click();
        assertThat(page.locator("#loi-withdrawn-sms").innerText()).contains("{maHoSo}");

        page.locator("#mau-withdrawn-sms").getByLabel("Nội dung")
                .fill("Da ghi nhan yeu cau rut ho so {maHoSo} ngay {ngay}.");
        page.locator("#mau-withdrawn-sms").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Lưu mẫu")).click();
        assertThat(page.locator("#message").innerText()).contains("Đã lưu mẫu \"Rút hồ sơ\" – Tin nhắn SMS");
    }

    @Test
    void thePageFitsAPhone() {
        Page page = browser.page("/login", true);
        page.getByLabel("Tên đăng nhập").fill("admin");
        page.getByLabel("Mật khẩu").fill(ADMIN_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        page.waitForURL(url -> !url.contains("/login"));
        page.navigate(browser.url("/quan-tri/thong-bao"));
        page.locator("summary", new Page.LocatorOptions().setHasText("Tiếp nhận hồ sơ")).first().click();
        assertThat(Browser.fitsTheScreenWidth(page)).isTrue();
        Browser.screenshot(page, "notification-admin-phone");
    }
}

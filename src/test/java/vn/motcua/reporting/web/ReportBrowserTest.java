package vn.motcua.reporting.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import vn.motcua.identity.DemoAgency;
import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;

class ReportBrowserTest extends BrowserTest {

    @Test
    void aControlOfficerPicksAReportingQuarterWithTheKeyboardChecksTheTableAndDownloadsTheExportsAndOpensTheComposer() {
        Page page = browser.loggedIn("kiemsoat", DemoAgency.PASSWORD);
        Browser.menu(page, "Báo cáo, chỉ số", "Báo cáo giải quyết TTHC");
        assertThat(page.locator("h1")).hasText("Báo cáo tình hình, kết quả giải quyết TTHC");

        page.locator("#term").focus();
        page.locator("#term").selectOption("Q1");
        page.keyboard().press("Tab");
        assertThat(page.locator("#year")).isFocused();
        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().type("2026");
        page.keyboard().press("Tab");
        assertThat(page.locator("#periodType")).isFocused();
        page.locator("#periodType").selectOption("REPORTING");
        assertThat(page.locator("#from")).isHidden();
        page.locator("#year").press("Enter");

        page.waitForURL(url -> url.contains("term=Q1") && url.contains("year=2026"));
        assertThat(page.locator("#period-label")).containsText("Quý I năm 2026");
        assertThat(page.locator("#period-label")).containsText("từ ngày 15/12/2025 đến ngày 14/3/2026");
        assertThat(page.locator("#resolution tbody tr").last()).containsText("Tổng cộng");
        assertThat(page.locator("#checks li")).hasCount(5);
        assertThat(page.locator("#checks li.check-bad")).hasCount(0);
        assertThat(page.locator("#checks")).containsText("✓");
        Browser.screenshot(page, "report-quarter");

        Download xlsx = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Tải Excel (XLSX)")).click());
        org.assertj.core.api.Assertions.assertThat(xlsx.suggestedFilename()).endsWith(".xlsx");
        org.assertj.core.api.Assertions.assertThat(startsWithZip(xlsx)).as("an Office Open XML file").isTrue();

        page.locator("#periodic-link").click();
        assertThat(page.locator("h1")).hasText("Báo cáo định kỳ kiểm soát TTHC");
        assertThat(page.locator("#period-label")).containsText("Quý I năm 2026");
    }

    @Test
    void aLeaderSeesTheIndexChartsOnAPhoneAndFollowsAFigureToItsDossiers() {
        Page page = browser.loggedIn("lanhdao", DemoAgency.PASSWORD);
        page.navigate(browser.url("/bang-dieu-khien"));
        Page phone = browser.page("/login", true);
        phone.getByLabel("Tên đăng nhập").fill("lanhdao");
        phone.getByLabel("Mật khẩu").fill(DemoAgency.PASSWORD);
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        phone.waitForURL(url -> !url.contains("/login"));
        phone.navigate(browser.url("/bang-dieu-khien"));
        assertThat(phone.locator("#index-total")).isVisible();
        assertThat(phone.locator("#metrics")).containsText("Tiến độ giải quyết");
        phone.waitForFunction("() => document.getElementById('group-chart').chart"
                + " && document.getElementById('trend-chart').chart");
        org.assertj.core.api.Assertions.assertThat(Browser.fitsTheScreenWidth(phone)).isTrue();
        Browser.screenshot(phone, "dashboard-phone");

        Browser.screenshot(page, "dashboard");
        page.locator("#metric-ON_TIME_PROCESSING td.num a").nth(1).click();
        assertThat(page.locator("h1")).containsText("Mẫu số của chỉ tiêu 2.1");
        assertThat(page.locator("#entries")).isVisible();
        Browser.menu(page, "Báo cáo, chỉ số", "Báo cáo giải quyết TTHC");
        page.locator("#resolution tbody tr").last().locator("a").first().click();
        assertThat(page.locator("h1")).hasText("Số hồ sơ nhận giải quyết");
        assertThat(page.locator("#drill-field")).hasText("Tất cả lĩnh vực");
    }

    private static boolean startsWithZip(Download download) {
        try {
            byte[] bytes = Files.readAllBytes(download.path());
            return bytes.length > 2 && bytes[0] == 'P' && bytes[1] == 'K';
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

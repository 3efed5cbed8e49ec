package vn.motcua.periodic;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.motcua.identity.DemoAgency;
import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;

class PeriodicBrowserTest extends BrowserTest {

    @Test
    void aControlOfficerComposesAQuarterlyReportSavesItExportsItAndIssuesIt() throws IOException {
        Page page = browser.loggedIn("kiemsoat", DemoAgency.PASSWORD);
        page.navigate(browser.url("/bao-cao/dinh-ky"));
        assertThat(page.locator("h1")).hasText("Báo cáo định kỳ kiểm soát TTHC");

        // the previous quarter, picked with the keyboard
        page.locator("#kind").selectOption("QUARTER");
        page.locator("#year").focus();
        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().type("2025");
        page.keyboard().press("Tab");
        assertThat(page.locator("#term")).isFocused();
        page.locator("#term").selectOption("4");
        page.locator("#year").press("Enter");
        page.waitForURL(url -> url.contains("year=2025"));
        assertThat(page.locator("#period-label")).containsText("Quý IV năm 2025");
        assertThat(page.locator("#section-II\\.5")).containsText("Tổng số hồ sơ nhận giải quyết");
        assertThat(page.locator("#section-IV")).containsText("PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ I NĂM 2026");
        assertThat(page.locator("#checks li")).hasCount(5);

        // the narrative under a section and the assessment, saved with Ctrl+Enter
        page.locator("#n-II\\.7").fill("Bộ phận Một cửa bố trí thêm một công chức vào các ngày thứ Hai.");
        page.locator("#n-III\\.2").fill("Một số hồ sơ trực tuyến chưa đủ thành phần.");
        page.locator("#n-signerName").fill("Nguyễn Văn A");
        page.locator("#n-III\\.2").press("Control+Enter");
        assertThat(page.locator("#message")).hasText("Đã lưu dự thảo báo cáo.");
        assertThat(page.locator("#n-II\\.7")).hasValue("Bộ phận Một cửa bố trí thêm một công chức vào các ngày thứ Hai.");
        assertThat(page.locator("#draft-version")).containsText("Dự thảo");
        Browser.screenshot(page, "periodic-composer");

        Download draft = page.waitForDownload(() -> page.locator("#draft-docx").click());
        org.assertj.core.api.Assertions.assertThat(text(draft)).contains(
                "Bộ phận Một cửa bố trí thêm một công chức", "Một số hồ sơ trực tuyến chưa đủ thành phần.",
                "Nguyễn Văn A");

        page.locator("#issue-number").fill("05/BC-SKHCN");
        page.locator("#issue-date").fill("20/12/2025");
        page.locator("#issue-date").press("Enter");
        assertThat(page.locator("h1")).hasText("Báo cáo số 05/BC-SKHCN");
        assertThat(page.locator("#message")).containsText("Đã ban hành");
        Browser.screenshot(page, "periodic-issued");
        Download issued = page.waitForDownload(() -> page.locator("#issued-docx").click());
        org.assertj.core.api.Assertions.assertThat(text(issued)).contains("Số: 05/BC-SKHCN", "ngày 20 tháng 12 năm 2025");
    }

    @Test
    void aLeaderReadsTheReportOnAPhoneWithoutTheFormsThatWrite() {
        Page phone = browser.page("/login", true);
        phone.getByLabel("Tên đăng nhập").fill("lanhdao");
        phone.getByLabel("Mật khẩu").fill(DemoAgency.PASSWORD);
        phone.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        phone.waitForURL(url -> !url.contains("/login"));
        phone.navigate(browser.url("/bao-cao/dinh-ky"));
        assertThat(phone.locator("#section-II\\.5")).containsText("Tổng số hồ sơ nhận giải quyết");
        assertThat(phone.locator("#save-draft")).hasCount(0);
        assertThat(phone.locator("#issue")).hasCount(0);
        assertThat(phone.locator("#n-II\\.7")).isDisabled();
        org.assertj.core.api.Assertions.assertThat(Browser.fitsTheScreenWidth(phone)).isTrue();
        Browser.screenshot(phone, "periodic-phone");
    }

    private static String text(Download download) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(download.path()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }
}

package vn.motcua.control;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;
import vn.motcua.support.TestAgencies;

/** The control officer imports a communications spreadsheet on the page, sees the refused rows, then the records. */
class ControlBrowserTest extends BrowserTest {

    static final String AGENCY = "000.00.92.T06";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void theControlOfficerImportsCommunicationsAndSeesTheRows() throws IOException {
        Page page = browser.loggedIn(TestAgencies.OFFICER, TestAgencies.OFFICER_PASSWORD);
        Browser.menu(page, "Kiểm soát TTHC", "Danh sách kiểm soát");
        assertThat(page.locator("h1")).hasText("Kiểm soát thủ tục hành chính");
        page.navigate(browser.url("/kiem-soat?agency=" + AGENCY));
        page.locator("#list-tuyen-truyen").click();
        assertThat(page.locator("h1")).hasText("Tuyên truyền");
        // the hub's quarter comes along; an empty period shows every record
        assertThat(page.locator("#filter-period")).not().hasValue("");
        page.locator("#filter-period").fill("");
        page.locator("#filter-period").press("Enter");
        assertThat(page.locator("#period-label")).hasText("Tất cả các kỳ");
        assertThat(page.locator("#records tbody")).containsText("Chưa có bản ghi nào.");

        byte[] bad = ControlListsIntegrationTest.sheet(ControlListsIntegrationTest.HEADER, List.of(
                List.of(LocalDate.of(2024, 2, 1), "Tin, bài viết", "Bài giới thiệu TTHC mới", "Trang thông tin Sở",
                        "https://skhcn.example.vn/tthc", 120),
                List.of("30/02/2024", "Hội nghị, tập huấn", "Tập huấn kiểm soát TTHC", "", "", 45)));
        page.locator("#import-file").setInputFiles(new FilePayload("tuyen-truyen.xlsx", XLSX, bad));
        page.locator("#import-form button[type=submit]").press("Enter");
        assertThat(page.locator("#import-refused tbody tr")).hasCount(1);
        assertThat(page.locator("#import-refused tbody tr").first()).containsText("3");
        assertThat(page.locator("#import-refused tbody tr").first()).containsText("30/02/2024");
        assertThat(page.locator("#records tbody")).containsText("Chưa có bản ghi nào.");

        byte[] good = ControlListsIntegrationTest.sheet(ControlListsIntegrationTest.HEADER, List.of(
                List.of(LocalDate.of(2024, 2, 1), "Tin, bài viết", "Bài giới thiệu TTHC mới", "Trang thông tin Sở",
                        "https://skhcn.example.vn/tthc", 120),
                List.of("29/02/2024", "Hội nghị, tập huấn", "Tập huấn kiểm soát TTHC", "", "", 45)));
        page.locator("#import-file").setInputFiles(new FilePayload("tuyen-truyen.xlsx", XLSX, good));
        page.locator("#import-form button[type=submit]").click();
        assertThat(page.locator("#message")).containsText("Đã nhập 2 dòng");
        Locator rows = page.locator("#records tbody tr");
        assertThat(rows).hasCount(2);
        assertThat(rows.nth(0)).containsText("01/02/2024");
        assertThat(rows.nth(0)).containsText("Tin, bài viết");
        assertThat(rows.nth(0)).containsText("Bài giới thiệu TTHC mới");
        assertThat(rows.nth(1)).containsText("29/02/2024");
        assertThat(rows.nth(1)).containsText("Hội nghị, tập huấn");
        Browser.screenshot(page, "control-communications-imported");

        // the period filter keeps the records of the quarter (REPORTING 2024-Q1 = 15/12/2023 … 14/03/2024)
        page.locator("#filter-period").fill("2024-Q2");
        page.locator("#filter-period").press("Enter");
        assertThat(page.locator("#records tbody")).containsText("Chưa có bản ghi nào.");
        page.locator("#filter-period").fill("2024-Q1");
        page.locator("#filter-period").press("Enter");
        assertThat(page.locator("#records tbody tr")).hasCount(2);
    }

    @Test
    void theListPageFitsAPhoneAndARecordIsAddedWithTheKeyboard() {
        Page phone = browser.page("/login", true);
        phone.getByLabel("Tên đăng nhập").fill(TestAgencies.OFFICER);
        phone.getByLabel("Mật khẩu").fill(TestAgencies.OFFICER_PASSWORD);
        phone.getByLabel("Mật khẩu").press("Enter");
        phone.waitForURL(url -> !url.contains("/login"));
        phone.navigate(browser.url("/kiem-soat/van-ban-chi-dao?agency=" + AGENCY));
        phone.locator("#f-number").fill("15/KH-SKHCN");
        phone.locator("#f-date").fill("06/02/2024");
        phone.locator("#f-kind").selectOption("PLAN");
        phone.locator("#f-summary").fill("Kế hoạch kiểm soát TTHC năm 2024");
        phone.locator("#record-form button[type=submit]").press("Enter");
        assertThat(phone.locator("#message")).containsText("Đã thêm bản ghi");
        assertThat(phone.locator("#records tbody tr")).hasCount(1);
        assertThat(phone.locator("#records tbody tr").first()).containsText("06/02/2024");
        assertThat(phone.locator("#records tbody tr").first()).containsText("Kế hoạch");
        org.assertj.core.api.Assertions.assertThat(Browser.fitsTheScreenWidth(phone)).isTrue();
        Browser.screenshot(phone, "control-documents-phone");

        // edited: the form shows the date as dd/MM/yyyy; a date that does not exist is refused beside the field
        phone.locator("#records tbody tr").first().getByRole(AriaRole.LINK).click();
        assertThat(phone.locator("#f-date")).hasValue("06/02/2024");
        phone.locator("#f-date").fill("07/02/2024");
        phone.locator("#f-summary").fill("Kế hoạch kiểm soát TTHC năm 2024 (sửa đổi)");
        byte[] pdf = "%PDF-1.4\n15/KH-SKHCN\n%%EOF".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        phone.locator("#f-upload").setInputFiles(new FilePayload("ke-hoach.pdf", "application/pdf", pdf));
        phone.locator("#record-form button[type=submit]").press("Enter");
        assertThat(phone.locator("#message")).containsText("Đã lưu bản ghi");
        assertThat(phone.locator("#records tbody tr").first()).containsText("07/02/2024");
        Locator file = phone.locator("#records tbody tr").first().getByText("Tải tệp");
        assertThat(file).isVisible();
        com.microsoft.playwright.APIResponse download = phone.request().get(browser.url(file.getAttribute("href")));
        org.assertj.core.api.Assertions.assertThat(download.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(download.body()).isEqualTo(pdf);
        phone.locator("#f-number").fill("16/KH-SKHCN");
        phone.locator("#f-date").fill("31/02/2024");
        phone.locator("#f-kind").selectOption("PLAN");
        phone.locator("#f-summary").fill("Ngày sai");
        phone.locator("#record-form button[type=submit]").press("Enter");
        assertThat(phone.locator("#e-date")).containsText("không phải ngày hợp lệ");
        assertThat(phone.locator("#f-date")).hasValue("31/02/2024");
        assertThat(phone.locator("#records tbody tr")).hasCount(1);
    }
}

package vn.motcua.catalog;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import vn.motcua.identity.DemoAgency;
import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;

class CatalogBrowserTest extends BrowserTest {

    @Test
    void aCitizenSearchesWithoutDiacriticsAndOpensAProcedureWithItsParts() {
        Page page = browser.page("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thủ tục").setExact(true)).first().click();
        assertThat(page.locator("h1")).hasText("Thủ tục hành chính");

        page.locator("#q").fill("cap giay chung nhan doanh nghiep");
        page.locator("#search-form button[type=submit]").click();
        assertThat(page.locator("#results tbody tr").first())
                .containsText("Thủ tục cấp Giấy chứng nhận doanh nghiệp khoa học và công nghệ");
        Browser.screenshot(page, "catalog-search");

        page.locator("#results tbody tr").first().getByRole(AriaRole.LINK).click();
        assertThat(page.locator("h1")).hasText("Thủ tục cấp Giấy chứng nhận doanh nghiệp khoa học và công nghệ");
        assertThat(page.locator("#time-limit")).containsText("15 ngày kể từ ngày nhận được hồ sơ hợp lệ.");
        assertThat(page.locator("#parts")).containsText("Ủy ban nhân dân cấp tỉnh");
        assertThat(page.locator("#history")).containsText("Công bố mới");
        Browser.screenshot(page, "catalog-detail");
    }

    @Test
    void theCatalogFitsAPhoneScreen() {
        Page page = browser.page("/thu-tuc?q=1.014390", true);
        assertThat(page.locator("#results")).containsText("1.014390");
        org.assertj.core.api.Assertions.assertThat(Browser.fitsTheScreenWidth(page)).isTrue();
        Browser.screenshot(page, "catalog-phone");
    }

    @Test
    void theControlOfficerSeesImportDecisionsAndTheInternalProcedureEditor() {
        Page page = browser.loggedIn("kiemsoat", DemoAgency.PASSWORD);
        page.navigate(browser.url("/quan-tri/thu-tuc?agency=" + DemoAgency.CODE.value()));
        assertThat(page.locator("h1")).hasText("Quản trị danh mục thủ tục");
        assertThat(page.locator("#decisions")).isVisible();
        page.navigate(browser.url("/quan-tri/thu-tuc/quy-trinh?agency=" + DemoAgency.CODE.value()
                + "&code=1.014391"));
        assertThat(page.locator("h1")).hasText("Quy trình nội bộ");
        assertThat(page.locator("input[name=responsible]").first()).hasValue("Bộ phận Một cửa");
        Browser.screenshot(page, "catalog-internal-procedure");
    }

    @Test
    void aProcedurePageShowsItsPublishedComponentsAndNoneOfTheKeepersNotes() {
        Page page = browser.page("/thu-tuc/1.014394?agency=" + DemoAgency.CODE.value());
        assertThat(page.locator("#components li")).hasCount(4);
        assertThat(page.locator("#components")).containsText("Đơn đề nghị thành lập đơn vị trực thuộc ở nước ngoài");
        assertThat(page.locator("#components")).containsText("Mẫu số 02 Phụ lục I Nghị định 262/2025/NĐ-CP");
        assertThat(page.locator("#components")).containsText("Bắt buộc");
        assertThat(page.locator("#sets")).containsText("01 bộ");
        assertThat(page.locator("#parts")).containsText("262/2025/NĐ-CP ngày 14/10/2025");
        assertThat(page.locator("#provenance")).hasCount(0);
        assertThat(page.locator("#effective-from")).containsText("chưa ghi nhận quyết định công bố");
        Browser.screenshot(page, "catalog-detail-content");
    }

    @Test
    void theControlOfficerSeesWhereTheContentCameFrom() {
        Page page = browser.loggedIn("kiemsoat", DemoAgency.PASSWORD);
        page.navigate(browser.url("/thu-tuc/1.014461?agency=" + DemoAgency.CODE.value()));
        assertThat(page.locator("#provenance")).containsText("Nguồn nội dung và ghi chú nội bộ");
        assertThat(page.locator("#provenance")).containsText("Cổng DVC Long An");
        assertThat(page.locator("#provenance")).containsText("steps: (Long An)");
        assertThat(page.locator("#parts")).not().containsText("(Long An)");
        Browser.screenshot(page, "catalog-detail-provenance");
    }

    @Test
    void theControlOfficerImportsTheContentFileAgainAndNothingChanges() {
        Page page = browser.loggedIn("kiemsoat", DemoAgency.PASSWORD);
        page.navigate(browser.url("/quan-tri/thu-tuc?agency=" + DemoAgency.CODE.value()));
        page.locator("#content-file").setInputFiles(java.nio.file.Path.of("src/main/resources/catalog/so-khcn-2025-content.json"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nhập nội dung")).click();
        assertThat(page.locator("#content-summary")).containsText("Phiên bản mới: 0 · Không đổi: 27 · Từ chối: 0");
        assertThat(page.locator("#provenances tbody tr")).hasCount(27);
        assertThat(page.locator("#provenances")).containsText("Official Huế page");
        Browser.screenshot(page, "catalog-content-import");
    }
}

package vn.motcua.dossier;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;
import vn.motcua.support.DossierApi;

class DossierBrowserTest extends BrowserTest {

    @Test
    void aDeskDossierIsReceivedWithTheKeyboardWalkedThroughTheUnitAndReturnedThenTrackedPublicly() {
        Page desk = browser.loggedIn("tiepnhan", vn.motcua.identity.DemoAgency.PASSWORD);
        Browser.menu(desk, "Hồ sơ", "Tiếp nhận");
        assertThat(desk.locator("h1")).hasText("Tiếp nhận hồ sơ");
        assertThat(desk.locator("#procedure")).isFocused();
        desk.keyboard().type(DossierApi.TEN_DAY_PROCEDURE);
        desk.keyboard().press("Tab");
        assertThat(desk.locator("input[name=channel][value=DIRECT]")).isFocused();
        desk.keyboard().press("Tab");
        desk.keyboard().press("Tab");
        assertThat(desk.locator("#applicantName")).isFocused();
        desk.keyboard().type("Trần Thị Bình");
        desk.keyboard().press("Tab");
        desk.keyboard().type("001190012345");
        desk.keyboard().press("Tab");
        desk.keyboard().type("0987654321");
        assertThat(desk.locator("#receive")).isChecked();
        Browser.screenshot(desk, "dossier-intake");
        desk.keyboard().press("Enter");

        desk.waitForURL(url -> url.contains("/ho-so/000.00.22.H05-"));
        assertThat(desk.locator("#message")).containsText("Đã tiếp nhận hồ sơ");
        assertThat(desk.locator("#dossier-status")).hasText("Được tiếp nhận");
        assertThat(desk.locator("#forms")).containsText("Giấy tiếp nhận hồ sơ và hẹn trả kết quả");
        String code = desk.url().substring(desk.url().lastIndexOf('/') + 1);
        String secret = desk.locator("#lookup-secret").textContent().strip();
        assertThat(desk.locator("#transfer-unit")).isFocused();
        desk.locator("#transfer-unit").selectOption("QLCN");
        desk.locator("#action-transfer button[type=submit]").click();
        assertThat(desk.locator("#dossier-status")).hasText("Đang xử lý");
        Browser.screenshot(desk, "dossier-transferred");

        Page head = browser.loggedIn("truongphong", vn.motcua.identity.DemoAgency.PASSWORD);
        head.navigate(browser.url("/ho-so"));
        Browser.screenshot(head, "dossier-queue");
        head.locator("#queue").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName(code)).click();
        assertThat(head.locator("#assign-assignee")).isFocused();
        head.keyboard().type("chuyenvien");
        head.keyboard().press("Enter");
        assertThat(head.locator("#message")).containsText("Phân công xử lý");
        // assigning did the assignment step: the appraisal is under way
        assertThat(head.locator("#summary")).containsText("Thẩm định hồ sơ");
        assertThat(head.locator("#current-assignee")).containsText("Trần Văn Minh");

        DossierApi api = new DossierApi(port);
        JsonNode d = api.desk().get("/api/v1/dossiers/" + code).json();
        d = api.ok("chuyenvien", d, "complete-step", "{\"note\":\"Hồ sơ đủ điều kiện\"}");
        d = api.ok("truongphong", d, "complete-step", null);
        d = api.ok("lanhdao", d, "complete-step", null);
        api.ok("lanhdao", d, "complete-step", null);

        Page leader = browser.loggedIn("lanhdao", vn.motcua.identity.DemoAgency.PASSWORD);
        leader.navigate(browser.url("/ho-so/" + code));
        leader.locator("#action-resolve summary").click();
        leader.locator("#resolve-outcome").selectOption("GRANTED");
        leader.locator("#action-resolve button[type=submit]").click();
        assertThat(leader.locator("#dossier-status")).hasText("Đã xử lý xong");

        desk.reload();
        assertThat(desk.locator("#action-return-result")).hasAttribute("open", "open");
        desk.locator("#action-return-result button[type=submit]").click();
        assertThat(desk.locator("#dossier-status")).hasText("Đã trả kết quả");
        assertThat(desk.locator("#control-sheet tbody tr")).hasCount(6);
        Browser.screenshot(desk, "dossier-returned");

        Page citizen = browser.page("/", true);
        citizen.locator("label.nav-toggle-label").click();
        citizen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tra cứu hồ sơ").setExact(true)).first()
                .click();
        citizen.locator("#ma").fill(code);
        citizen.locator("#matracuu").fill("SAI23456");
        citizen.locator("#matracuu").press("Enter");
        assertThat(citizen.locator("#tracking-error")).containsText("Không tìm thấy hồ sơ");
        citizen.locator("#matracuu").fill(secret);
        citizen.locator("#matracuu").press("Enter");
        assertThat(citizen.locator("#tracking-status")).hasText("Đã trả kết quả");
        assertThat(citizen.locator("#tracking-result")).containsText("Trả kết quả");
        org.assertj.core.api.Assertions.assertThat(Browser.fitsTheScreenWidth(citizen)).isTrue();
        Browser.screenshot(citizen, "dossier-tracking-phone");
    }

    @Test
    void anApplicantSavesADraftComesBackUploadsAPdfAndSubmitsOnline() {
        Page page = browser.loggedIn("congdan", vn.motcua.identity.DemoAgency.PASSWORD);
        page.navigate(browser.url("/thu-tuc/" + DossierApi.ONLINE_PROCEDURE + "?agency=" + DossierApi.AGENCY));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nộp hồ sơ trực tuyến")).click();
        assertThat(page.locator("h1")).hasText("Nộp hồ sơ trực tuyến");
        assertThat(page.locator("#applicantName")).hasValue("Nguyễn Văn An");
        page.locator("#applicantIdNumber").fill("001085012345");
        page.locator("#applicantPhone").fill("0912345678");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu nháp")).click();
        assertThat(page.locator("#message")).containsText("Đã lưu nháp");

        page.navigate(browser.url("/"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hồ sơ của tôi")).click();
        page.locator("#drafts tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(DossierApi.ONLINE_PROCEDURE)).getByRole(AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Tiếp tục")).click();
        assertThat(page.locator("#applicantPhone")).hasValue("0912345678");
        page.locator("#file-0").setInputFiles(new FilePayload("don-de-nghi.pdf", "application/pdf",
                DossierApi.PDF.getBytes(StandardCharsets.US_ASCII)));
        Browser.screenshot(page, "dossier-online-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nộp hồ sơ")).click();

        assertThat(page.locator("#message")).containsText("Đã nộp hồ sơ thành công");
        String code = page.locator("#dossier-code").textContent().strip();
        String secret = page.locator("#lookup-secret").textContent().strip();
        org.assertj.core.api.Assertions.assertThat(code).matches("000\\.00\\.22\\.H05-\\d{6}-\\d{4}");
        org.assertj.core.api.Assertions.assertThat(secret).matches("[A-Z2-9]{8}");
        Browser.screenshot(page, "dossier-online-submitted");

        Page anyone = browser.page("/tra-cuu-ho-so?ma=" + code + "&matracuu=" + secret);
        assertThat(anyone.locator("#tracking-status")).containsText("Mới đăng ký");
    }

    @Test
    void theDeskTicksTheComponentsOnTheChecklistAndMayNotReceiveWithoutTheRequiredOnes() {
        Page desk = browser.loggedIn("tiepnhan", vn.motcua.identity.DemoAgency.PASSWORD);
        desk.navigate(browser.url("/mot-cua/tiep-nhan"));
        assertThat(desk.locator("#checklist")).isHidden();
        desk.locator("#procedure").fill("1.014394");
        assertThat(desk.locator("#checklist input[name=components]")).hasCount(4);
        assertThat(desk.locator("#checklist")).containsText("Mẫu số 02 Phụ lục I Nghị định 262/2025/NĐ-CP");
        desk.locator("#applicantName").fill("Viện Nghiên cứu Thử nghiệm");
        desk.locator("#checklist input[name=components]").nth(0).check();
        desk.locator("#checklist input[name=components]").nth(1).check();
        desk.locator("#intake-form button[type=submit]").click();

        assertThat(desk.locator("#form-error")).containsText("còn thiếu thành phần bắt buộc");
        assertThat(desk.locator("#form-error")).containsText("Cam kết thực hiện đầy đủ nghĩa vụ tài chính");
        assertThat(desk.locator("#checklist input[name=components]:checked")).hasCount(2);
        desk.locator("#checklist input[name=components]").nth(2).check();
        desk.locator("#checklist input[name=components]").nth(3).check();
        Browser.screenshot(desk, "dossier-intake-checklist");
        desk.locator("#intake-form button[type=submit]").click();
        desk.waitForURL(url -> url.contains("/ho-so/000.00.22.H05-"));
        assertThat(desk.locator("#message")).containsText("Đã tiếp nhận hồ sơ");
    }
}

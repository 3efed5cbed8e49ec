package vn.motcua.result;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.motcua.identity.DemoAgency;
import vn.motcua.result.internal.TestSignatures;
import vn.motcua.support.Api;
import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;
import vn.motcua.support.DossierApi;

class ResultBrowserTest extends BrowserTest {

    @Test
    void theLeaderUploadsAndSignsAResultOnTheDossierPageAndAnyoneVerifiesItOnXacThuc() throws Exception {
        DossierApi api = new DossierApi(port);
        JsonNode d = api.ok("tiepnhan", api.received(DossierApi.TEN_DAY_PROCEDURE), "transfer", "{\"unit\":\"QLCN\"}");
        String code = d.get("code").asString();

        Page leader = browser.loggedIn("lanhdao", DemoAgency.PASSWORD);
        leader.navigate(browser.url("/ho-so/" + code));
        assertThat(leader.locator("#results")).containsText("Chưa có kết quả điện tử");
        leader.locator("#result-title").fill("Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ");
        leader.locator("#result-number").fill("15/GCN-SKHCN");
        leader.locator("#result-file").setInputFiles(new FilePayload("giay-chung-nhan.pdf", "application/pdf",
                TestSignatures.resultPdf("GIẤY CHỨNG NHẬN ĐĂNG KÝ HOẠT ĐỘNG KH&CN")));
        leader.locator("#result-form button[type=submit]").click();
        assertThat(leader.locator("#message")).containsText(code + "-KQ1");
        assertThat(leader.locator("#result-" + code.replace(".", "\\.") + "-KQ1")).containsText("Chưa ký số");

        leader.locator("button.sign-result").click();
        assertThat(leader.locator("#message")).containsText("Đã ký số kết quả " + code + "-KQ1");
        assertThat(leader.locator("#results .signature-state")).containsText("Đã ký số: DEMO Phạm Quốc Hùng");
        assertThat(leader.locator("#results button.print-paper-copy")).hasText("In bản giấy");
        api.as("tiepnhan").post("/api/v1/dossiers/" + code + "/results/" + code + "-KQ1/paper-copy?copies=2", "");
        leader.reload();
        assertThat(leader.locator("#results .paper-copies")).containsText("Đã chuyển sang bản giấy 1 lần");
        Browser.screenshot(leader, "result-signed");

        byte[] signed = api.as("lanhdao").get("/api/v1/dossiers/" + code + "/results/" + code + "-KQ1").bytes();
        Path file = Files.createTempFile("ket-qua", ".pdf");
        Files.write(file, signed);
        Page anyone = browser.page("/xac-thuc", true);
        assertThat(anyone.locator("h1")).hasText("Xác thực văn bản điện tử có chữ ký số");
        anyone.locator("#verify-file").setInputFiles(file);
        anyone.locator("#verify-form button[type=submit]").click();
        assertThat(anyone.locator("#verdict")).containsText("còn nguyên vẹn");
        assertThat(anyone.locator(".signature .signer")).containsText("DEMO");
        assertThat(anyone.locator(".signature .timestamp")).containsText("DEMO TSA");
        assertThat(anyone.locator(".signature .level")).hasText("B-LT");
        assertThat(anyone.locator("#issued-here")).containsText(code + "-KQ1");
        org.assertj.core.api.Assertions.assertThat(Browser.fitsTheScreenWidth(anyone)).isTrue();
        Browser.screenshot(anyone, "result-verified-phone");
        Files.deleteIfExists(file);
        org.assertj.core.api.Assertions.assertThat(Api.at(port).get("/xac-thuc").status()).isEqualTo(200);

        // what the QR code of the signature block opens: the issued result, by its code
        Page scanned = browser.page("/xac-thuc?ma=" + code + "-KQ1", true);
        assertThat(scanned.locator("#published")).containsText("15/GCN-SKHCN");
        assertThat(scanned.locator("#published")).containsText("đã ký số");
        Browser.screenshot(scanned, "result-looked-up-phone");
        scanned.locator("#result-code").fill(code + "-KQ9");
        scanned.locator("#lookup-form button[type=submit]").click();
        assertThat(scanned.locator("#published")).containsText("Không có kết quả đã ký số nào mang mã");
    }

    @Test
    void theDeskScansTheComponentsOnTheDossierPageAndSeesTheDossierDigitised() {
        DossierApi api = new DossierApi(port);
        api.publishTestProcedure();
        String code = api.received(DossierApi.TEST_PROCEDURE).get("code").asString();

        Page desk = browser.loggedIn("tiepnhan", DemoAgency.PASSWORD);
        desk.navigate(browser.url("/ho-so/" + code));
        assertThat(desk.locator("#digitization-state")).hasText("Hồ sơ chưa được số hóa đầy đủ.");
        desk.locator("#upload-document").fill("Đơn đề nghị");
        desk.locator("#upload-file").setInputFiles(new FilePayload("don-de-nghi.pdf", "application/pdf",
                TestSignatures.resultPdf("ĐƠN ĐỀ NGHỊ")));
        desk.locator("#upload-form button[type=submit]").click();
        assertThat(desk.locator("#digitization .digitized-component").first().locator(".digitized-state"))
                .hasText("Đã số hóa (quét) tại Bộ phận Một cửa");

        desk.locator("#digitization-component").selectOption("Tài liệu khác");
        desk.locator("#digitization-state-select").selectOption("EXEMPT");
        desk.locator("#digitization-reason").fill("Thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư");
        desk.locator("#digitization-form button[type=submit]").click();
        assertThat(desk.locator("#message")).containsText("Hồ sơ đã được số hóa đầy đủ.");
        assertThat(desk.locator("#digitization-state")).hasText("Hồ sơ đã được số hóa đầy đủ.");
        assertThat(desk.locator("#digitization .digitized-component").nth(1).locator(".digitized-state"))
                .hasText("Không phải số hóa");
        Browser.screenshot(desk, "dossier-digitised");
    }

    @Test
    void theApplicantAttachesAResultFromTheirStoreInsteadOfUploadingTheComponentAgain() {
        DossierApi api = new DossierApi(port);
        api.publishTestProcedure();
        ResultApi results = new ResultApi(port);
        String earlier = results.withSignedResult("congdan");
        results.resolveGranted(earlier);
        String result = earlier + "-KQ1";

        Page citizen = browser.loggedIn("congdan", DemoAgency.PASSWORD);
        citizen.navigate(browser.url("/ho-so-cua-toi/ket-qua"));
        assertThat(citizen.locator("main")).containsText(result);
        citizen.navigate(browser.url("/nop-ho-so/" + DossierApi.AGENCY + "/" + DossierApi.TEST_PROCEDURE));
        citizen.locator("#applicantPhone").fill("0912345678");
        citizen.locator("#reuse-0").selectOption(result);
        Browser.screenshot(citizen, "submission-reusing-a-result");
        citizen.locator("button[value=submit]").click();
        assertThat(citizen.locator("#message")).containsText("Đã nộp hồ sơ thành công");
        String code = citizen.url().substring(citizen.url().lastIndexOf('/') + 1);

        Page desk = browser.loggedIn("tiepnhan", DemoAgency.PASSWORD);
        desk.navigate(browser.url("/ho-so/" + code));
        assertThat(desk.locator("#digitization .digitized-component").first().locator(".digitized-state"))
                .hasText("Nộp bản điện tử");
        assertThat(desk.locator("#digitization .reused-from")).containsText(result);
        Browser.screenshot(desk, "dossier-reusing-a-result");
    }
}

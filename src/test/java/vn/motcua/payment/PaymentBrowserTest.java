package vn.motcua.payment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.motcua.identity.DemoAgency;
import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;

class PaymentBrowserTest extends BrowserTest {

    @Test
    void aCitizenPaysTheFeeOnlineThroughThePlatformPageAndGetsTheReceipt() throws Exception {
        PaymentFixture f = new PaymentFixture(port);
        JsonNode d = f.awaitingPaymentOnline("Nguyễn Văn An");
        String code = d.get("code").asString();

        Page citizen = browser.loggedIn("congdan", DemoAgency.PASSWORD);
        citizen.navigate(browser.url("/ho-so-cua-toi/" + code));
        assertThat(citizen.locator("#payment")).containsText("500.000");
        org.assertj.core.api.Assertions.assertThat(Browser.accessibilityProblems(citizen)).isEmpty();
        citizen.locator("#pay-online").click();
        assertThat(citizen.locator("#message")).containsText("Đã mở giao dịch");
        assertThat(citizen.locator("#payments .payment-status")).hasText("Chờ thanh toán");
        org.assertj.core.api.Assertions.assertThat(Browser.accessibilityProblems(citizen)).isEmpty();
        Browser.screenshot(citizen, "payment-dossier-pending");

        citizen.locator("#continue-payment").click();
        assertThat(citizen.locator("h1")).hasText("Thanh toán phí, lệ phí");
        assertThat(citizen.locator(".amount")).hasText("500.000 đồng");
        Browser.screenshot(citizen, "payment-platform-page");
        citizen.getByText("Thanh toán", new Page.GetByTextOptions().setExact(true)).click();

        assertThat(citizen.locator("#payment-result")).containsText("Đã thanh toán thành công");
        assertThat(citizen.locator("#payment-status")).hasText("Đã thanh toán");
        assertThat(citizen.locator("#receipts .receipt-link")).containsText("BL26E");
        org.assertj.core.api.Assertions.assertThat(Browser.accessibilityProblems(citizen)).isEmpty();
        Browser.screenshot(citizen, "payment-returned");

        citizen.navigate(browser.url("/ho-so-cua-toi/" + code));
        assertThat(citizen.locator("#payment")).containsText("(đã nộp)");
        assertThat(citizen.locator("#pay-online")).hasCount(0);

        JsonNode payment = f.payments(code).get(0);
        org.assertj.core.api.Assertions.assertThat(payment.get("status").asString()).isEqualTo("PAID");
        byte[] pdf = f.api.as("congdan").get(payment.get("receipts").get(0).get("url").asString()).bytes();
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/e-receipt.pdf"), pdf);

        Page desk = browser.loggedIn("tiepnhan", DemoAgency.PASSWORD);
        desk.navigate(browser.url("/ho-so/" + code));
        desk.locator("#payments-link").click();
        assertThat(desk.locator("#payments .receipt-link")).containsText("BL26E");
        Browser.screenshot(desk, "payment-desk");
    }
}

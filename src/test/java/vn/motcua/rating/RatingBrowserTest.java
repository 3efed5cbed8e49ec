package vn.motcua.rating;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;
import vn.motcua.support.DossierApi;

class RatingBrowserTest extends BrowserTest {

    @Test
    void anApplicantRatesTheReturnedDossierOnAPhoneWithTheKeyboard() {
        DossierApi api = new DossierApi(port);
        JsonNode d = api.ok("tiepnhan", api.received(DossierApi.TEN_DAY_PROCEDURE), "transfer", "{\"unit\":\"QLCN\"}");
        d = api.ok("lanhdao", d, "resolve", "{\"outcome\":\"REFUSED\",\"reason\":\"Không đủ điều kiện\"}");
        d = api.ok("tiepnhan", d, "return-result", null);

        Page phone = browser.page("/tra-cuu-ho-so?ma=" + d.get("code").asString() + "&matracuu="
                + d.get("lookupSecret").asString(), true);
        assertThat(phone.locator("#tracking-status")).hasText("Đã trả kết quả");
        assertThat(phone.locator("#rating-form")).isVisible();
        phone.locator("#overall-SATISFIED").focus();
        phone.keyboard().press("Space");
        assertThat(phone.locator("#overall-SATISFIED")).isChecked();
        phone.locator("#rating-attitude").selectOption("VERY_SATISFIED");
        phone.locator("#rating-comment").fill("Cán bộ hướng dẫn rõ ràng.");
        org.assertj.core.api.Assertions.assertThat(Browser.fitsTheScreenWidth(phone)).isTrue();
        Browser.screenshot(phone, "rating-form-phone");
        phone.locator("#rating-form button[type=submit]").press("Enter");

        assertThat(phone.locator("#rating-result")).containsText("Hài lòng");
        assertThat(phone.locator("#rating-form")).hasCount(0);
        Browser.screenshot(phone, "rating-done-phone");
    }
}

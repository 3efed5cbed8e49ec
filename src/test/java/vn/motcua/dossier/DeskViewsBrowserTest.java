package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.motcua.identity.DemoAgency;
import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;
import vn.motcua.support.DossierApi;

/** The desk officer follows a dossier it handed to a processing unit. */
class DeskViewsBrowserTest extends BrowserTest {

    @Test
    void theDeskOfficerFindsATransferredDossierInTheProcessingView() {
        DossierApi api = new DossierApi(port);
        JsonNode d = api.received(DossierApi.TEN_DAY_PROCEDURE);
        String code = d.get("code").asString();
        api.ok("tiepnhan", d, "transfer", "{\"unit\":\"QLCN\"}");

        Page desk = browser.loggedIn("tiepnhan", DemoAgency.PASSWORD);
        desk.navigate(browser.url("/ho-so"));
        assertThat(desk.locator("#queue").textContent()).doesNotContain(code);

        desk.locator("#desk-views").getByText("Đang giải quyết").click();
        desk.waitForURL(url -> url.contains("view=desk-processing"));
        assertThat(desk.title()).startsWith("Hồ sơ cần xử lý");
        assertThat(desk.locator("#queue-count").textContent()).startsWith("Đang giải quyết: ");
        assertThat(desk.locator("#queue").textContent()).contains(code);
        Browser.screenshot(desk, "desk-processing-view");

        desk.locator("#queue").getByText(code).click();
        desk.waitForURL(url -> url.endsWith("/ho-so/" + code));
    }
}

package vn.motcua.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.identity.DemoAgency.PASSWORD;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Api;
import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;

/**
 * Dates are typed and shown day first (dd/mm/yyyy) even in a browser set to American English, whose date inputs
 * would read mm/dd/yyyy.
 */
class DayFirstDatesBrowserTest extends BrowserTest {

    @Test
    void aLeaderInAnAmericanBrowserTypesAReportRangeDayFirst() {
        Page leader = browser.loggedIn("lanhdao", PASSWORD, "en-US");
        leader.navigate(browser.url("/bao-cao"));
        leader.locator("#term").selectOption("RANGE");
        assertThat(leader.locator("#from")).hasAttribute("placeholder", "dd/mm/yyyy");
        leader.locator("#from").fill("01/03/2026");
        leader.locator("#to").fill("31/03/2026");
        Browser.screenshot(leader, "report-range-day-first");
        leader.locator("#period-picker button[type=submit]").click();
        assertThat(leader.locator("#period-label")).containsText("Từ ngày 1/3/2026 đến ngày 31/3/2026");
        assertThat(leader.locator("#from")).hasValue("01/03/2026");
        assertThat(leader.locator("#to")).hasValue("31/03/2026");
    }

    @Test
    void anAdministratorInAnAmericanBrowserAddsAnAgencyValidFromADayFirstDate() {
        Page admin = browser.loggedIn("admin", PASSWORD, "en-US");
        admin.navigate(browser.url("/quan-tri/co-quan"));
        assertThat(admin.locator("#validFrom")).hasValue(java.util.regex.Pattern.compile("\\d{2}/\\d{2}/\\d{4}"));
        admin.locator("#code").fill("000.00.00.H87");
        admin.locator("#name").fill("Cơ quan thử ngày");
        admin.locator("#validFrom").fill("02/07/2025");
        admin.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Thêm cơ quan")).click();
        assertThat(admin.locator("p.alert.ok")).containsText("000.00.00.H87");
        Api.Response agency = Api.at(port).as("admin", PASSWORD).get("/api/v1/agencies/000.00.00.H87");
        assertThat(agency.body()).contains("\"validFrom\":\"2025-07-02\"");
    }

    @Test
    void anAdministratorAddsAMakeUpDayDayFirstAndAWrongDateIsExplainedInVietnamese() {
        Page admin = browser.loggedIn("admin", PASSWORD, "en-US");
        admin.navigate(browser.url("/lich/nam/2033"));
        admin.locator("#date").fill("08/01/2033");
        admin.locator("#mname").fill("Làm bù cho ngày 28/01/2033");
        admin.locator("#mbasis").fill("Thông báo thử");
        admin.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Thêm ngày làm bù")).click();
        assertThat(admin.locator("p.alert.ok")).isVisible();
        assertThat(admin.locator("main")).containsText("08/01/2033");

        admin.locator("#from").fill("2033-02-30");
        admin.locator("#from").evaluate("el => el.removeAttribute('pattern')");
        admin.locator("#to").fill("03/02/2033");
        admin.locator("#name").fill("Nghỉ thử");
        admin.locator("#basis").fill("Thông báo thử");
        admin.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Thêm kỳ nghỉ")).click();
        assertThat(admin.locator("p.alert.error")).containsText("hãy nhập ngày dạng dd/mm/yyyy");
    }
}

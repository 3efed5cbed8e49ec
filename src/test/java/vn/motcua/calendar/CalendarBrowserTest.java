package vn.motcua.calendar;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;

class CalendarBrowserTest extends BrowserTest {

    @Test
    void anOfficerLogsInOpensTheCalendarAndComputesADeadlineAcrossTet() {
        Page page = browser.loggedIn("tiepnhan", "Demo@12345");
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Lịch làm việc")).first().click();
        assertThat(page.locator("h1")).hasText("Lịch làm việc");

        page.locator("#thang").fill("02/2024");
        page.locator(".month-picker button").click();
        assertThat(page.locator("#month-title")).hasText("Tháng 2 năm 2024");
        assertThat(page.locator("td[data-date='2024-02-12']")).hasClass(java.util.regex.Pattern.compile("\\boff\\b"));
        assertThat(page.locator("td[data-date='2024-02-12'] .reason")).hasText("Tết Nguyên đán");
        assertThat(page.locator("td[data-date='2024-02-10'] .lunar")).hasText("1/1");

        page.locator("#start").fill("07/02/2024 09:00");
        page.locator("#amount").fill("5");
        page.locator("#unit").selectOption("WORKING_DAY");
        page.locator("#due-form button").click();
        assertThat(page.locator("#due-result")).containsText("09:00 ngày 21/02/2024");
        Browser.screenshot(page, "calendar-month");
    }

    @Test
    void theCalendarFitsAPhoneScreen() {
        Page page = browser.page("/lich?thang=2026-02", true);
        assertThat(page.locator("#month-title")).hasText("Tháng 2 năm 2026");
        org.assertj.core.api.Assertions.assertThat(Browser.fitsTheScreenWidth(page)).isTrue();
        Browser.screenshot(page, "calendar-phone");
    }
}

package vn.motcua.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static vn.motcua.identity.DemoAgency.PASSWORD;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import vn.motcua.support.BrowserTest;

/**
 * The README's tour by role: each demo account signs in and opens the page its work starts from, with the demo's
 * dossier history (the same application as {@code DemoHistoryIntegrationTest}), and a screenshot of it is saved —
 * into {@code docs/tour} with {@code -Dmotcua.tour=docs/tour} (the committed images), otherwise into
 * {@code target/tour}.
 */
@TestPropertySource(properties = "motcua.demo.dossier-history=400")
class RoleTourBrowserTest extends BrowserTest {

    /** Where the tour's images go. */
    private static Path directory() {
        String configured = System.getProperty("motcua.tour");
        return Path.of(configured == null || configured.isBlank() ? "target/tour" : configured);
    }

    /**
     * Signs in as {@code user} (or visits, with {@code null}), opens {@code path}, checks its heading, opens the header
     * menu {@code group} if one is named, and saves the window (1280×800) as {@code name}.png.
     */
    private void tour(String name, String user, String path, String heading, String group) {
        Page page = user == null ? browser.page("/") : browser.loggedIn(user, PASSWORD);
        page.setViewportSize(1280, 800);
        page.navigate(browser.url(path));
        assertThat(page.locator("h1").first()).containsText(heading);
        if (group != null) {
            page.locator("nav.site-nav details.nav-group > summary", new Page.LocatorOptions().setHasText(group))
                    .first().click();
            assertThat(page.locator("details.nav-group[open] .nav-menu")).isVisible();
        }
        page.evaluate("() => document.fonts.ready");
        try {
            Files.createDirectories(directory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(directory().resolve(name + ".png")));
        page.context().close();
    }

    @Test
    void aCitizenStartsFromTheHomePageWithTheProcedureSearch() {
        tour("1-congdan", "congdan", "/", "Sở Khoa học và Công nghệ", null);
    }

    @Test
    void theDeskStartsFromTheIntakeForm() {
        tour("2-tiepnhan", "tiepnhan", "/mot-cua/tiep-nhan", "Tiếp nhận hồ sơ", "Hồ sơ");
    }

    @Test
    void aSpecialistStartsFromTheDossiersAssignedToThem() {
        tour("3-chuyenvien", "chuyenvien", "/ho-so?mine=1", "Hồ sơ cần xử lý", null);
    }

    @Test
    void aUnitHeadStartsFromTheUnitsDossiersInProgress() {
        tour("4-truongphong", "truongphong", "/ho-so?status=IN_PROGRESS", "Hồ sơ cần xử lý", null);
    }

    @Test
    void theLeaderStartsFromTheDashboard() {
        tour("5-lanhdao", "lanhdao", "/bang-dieu-khien", "Bảng điều khiển", null);
    }

    @Test
    void theControlOfficerStartsFromTheControlHub() {
        tour("6-kiemsoat", "kiemsoat", "/kiem-soat", "Kiểm soát thủ tục hành chính", "Kiểm soát TTHC");
    }

    @Test
    void theAdministratorStartsFromTheAgencies() {
        tour("7-admin", "admin", "/quan-tri/co-quan", "Cơ quan, đơn vị", "Quản trị");
    }
}

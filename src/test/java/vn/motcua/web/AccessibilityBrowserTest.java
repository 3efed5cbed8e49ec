package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.identity.DemoAgency;
import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;

/**
 * The pages people meet first and the desk's pages have no serious or critical accessibility violation that axe-core
 * finds (WCAG 2.1 A and AA rules): labels, names, contrast, structure.
 */
class AccessibilityBrowserTest extends BrowserTest {

    private static Map<String, List<String>> check(Page page, String... paths) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (String path : paths) {
            page.navigate(page.url().replaceFirst("(https?://[^/]+).*", "$1") + path);
            List<String> found = Browser.accessibilityProblems(page);
            if (!found.isEmpty()) {
                problems.put(path, found);
            }
        }
        return problems;
    }

    @Test
    void thePublicPagesHaveNoSeriousAccessibilityViolation() {
        Page page = browser.page("/");
        assertThat(check(page, "/", "/thu-tuc", "/tra-cuu-ho-so", "/phan-anh-kien-nghi", "/phan-anh-kien-nghi/gui",
                "/phan-anh-kien-nghi/tra-cuu", "/xac-thuc", "/lich", "/login")).isEmpty();
    }

    @Test
    void theDeskPagesHaveNoSeriousAccessibilityViolation() {
        Page page = browser.loggedIn("tiepnhan", DemoAgency.PASSWORD);
        assertThat(check(page, "/mot-cua/tiep-nhan", "/ho-so", "/ho-so?view=desk-processing", "/pakn",
                "/pakn/moi", "/tai-khoan")).isEmpty();
    }

    @Test
    void theConnectionAndPaymentAdministrationPagesHaveNoSeriousAccessibilityViolation() {
        Page page = browser.loggedIn("admin", DemoAgency.PASSWORD);
        assertThat(check(page, "/quan-tri/ket-noi", "/quan-tri/thanh-toan?thu-tuc=1.014390")).isEmpty();
    }
}

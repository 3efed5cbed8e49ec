package vn.motcua.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Base of the browser tests: the running application and one headless Chromium for the whole class. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    @LocalServerPort
    protected int port;

    protected Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = Browser.open(port);
    }

    /** Every page any browser test opened kept to the Content-Security-Policy: nothing it needed was refused. */
    @AfterAll
    void closeBrowser() {
        List<String> violations = browser.policyViolations();
        browser.close();
        assertThat(violations).as("Content-Security-Policy violations").isEmpty();
    }
}

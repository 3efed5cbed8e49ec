package vn.motcua.support;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Headless Debian Chromium driven by Playwright, one per test class. Playwright never downloads a browser here:
 * it uses {@code /usr/bin/chromium} (installed by {@code .ci/run}) or {@code $CHROMIUM_PATH}.
 */
public final class Browser implements AutoCloseable {

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    private final String base;
    /** What the browser refused under the Content-Security-Policy, on any page this browser opened. */
    private final List<String> policyViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

    private Browser(int port) {
        this.base = "http://localhost:" + port;
        this.playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable())
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    public static Browser open(int port) {
        return new Browser(port);
    }

    /** A fresh page (own cookies) at {@code path}, sized like a desktop or, with {@code phone}, a phone. */
    public Page page(String path, boolean phone) {
        com.microsoft.playwright.Browser.NewContextOptions options = new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh");
        options = phone ? options.setViewportSize(390, 844).setIsMobile(true) : options.setViewportSize(1280, 900);
        Page page = chromium.newContext(options).newPage();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                policyViolations.add(page.url() + ": " + message.text());
            }
        });
        page.setDefaultTimeout(15_000);
        page.navigate(base + path);
        return page;
    }

    public Page page(String path) {
        return page(path, false);
    }

    /** Logs in through the login form, as a person does. */
    public Page loggedIn(String username, String password) {
        Page page = page("/login");
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    /** The Content-Security-Policy violations the pages opened so far reported (none, when the pages are right). */
    public List<String> policyViolations() {
        return List.copyOf(policyViolations);
    }

    public String url(String path) {
        return base + path;
    }

    /** Whether the page fits the window's width, i.e. a phone user never scrolls sideways. */
    public static boolean fitsTheScreenWidth(Page page) {
        return Boolean.TRUE.equals(page.evaluate(
                "() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) <= window.innerWidth + 1"));
    }

    /** Saves a screenshot under target/screenshots for a person to look at. */
    public static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(Path.of("target/screenshots"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", name + ".png")).setFullPage(true));
    }

    private static Path executable() {
        String configured = System.getenv("CHROMIUM_PATH");
        return Path.of(configured != null && !configured.isBlank() ? configured : "/usr/bin/chromium");
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}

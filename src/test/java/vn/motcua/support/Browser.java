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
        return page(path, phone, "vi-VN");
    }

    /** A fresh page whose browser speaks {@code locale} (e.g. {@code en-US}, whose date inputs read mm/dd/yyyy). */
    public Page page(String path, boolean phone, String locale) {
        com.microsoft.playwright.Browser.NewContextOptions options = new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale(locale).setTimezoneId("Asia/Ho_Chi_Minh");
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
        return loggedIn(username, password, "vi-VN");
    }

    /** Logs in through the login form in a browser that speaks {@code locale}. */
    public Page loggedIn(String username, String password, String locale) {
        Page page = page("/login", false, locale);
        page.getByLabel("Tên đăng nhập").fill(username);
        page.getByLabel("Mật khẩu").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    /** Opens the header's menu {@code group} (a disclosure) and follows its link {@code link}, as a person clicks. */
    public static void menu(Page page, String group, String link) {
        page.locator("nav.site-nav details.nav-group > summary", new Page.LocatorOptions().setHasText(group)).first()
                .click();
        page.locator("nav.site-nav details.nav-group[open] .nav-menu").getByRole(
                com.microsoft.playwright.options.AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                        .setName(link).setExact(true)).click();
    }

    /**
     * Presses Alt+{@code key} as a keyboard sends it, so that Chromium follows the element with that access key.
     * (Playwright's {@code press("Alt+h")} sends the key without its text, which Chromium never takes for an access
     * key.)
     */
    public static void accessKey(Page page, char key) {
        com.microsoft.playwright.CDPSession cdp = page.context().newCDPSession(page);
        for (String type : new String[] {"keyDown", "keyUp"}) {
            com.google.gson.JsonObject event = new com.google.gson.JsonObject();
            event.addProperty("type", type);
            event.addProperty("modifiers", 1); // Alt
            event.addProperty("key", String.valueOf(key));
            event.addProperty("code", "Key" + Character.toUpperCase(key));
            event.addProperty("windowsVirtualKeyCode", (int) Character.toUpperCase(key));
            if (type.equals("keyDown")) {
                event.addProperty("text", String.valueOf(key));
                event.addProperty("unmodifiedText", String.valueOf(key));
            }
            cdp.send("Input.dispatchKeyEvent", event);
        }
        cdp.detach();
    }

    /** The Content-Security-Policy violations the pages opened so far reported (none, when the pages are right). */
    public List<String> policyViolations() {
        return List.copyOf(policyViolations);
    }

    public String url(String path) {
        return base + path;
    }

    /**
     * What axe-core (WCAG 2.1 A and AA rules) finds serious or critical on the page as it stands: one line per
     * violation, "impact rule: help — the elements". axe is evaluated through the debugging protocol, not loaded as a
     * script of the page, so the page's Content-Security-Policy is untouched.
     */
    public static List<String> accessibilityProblems(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
            page.evaluate(AXE);
        }
        String json = (String) page.evaluate("async () => JSON.stringify((await axe.run(document, {runOnly: {type: "
                + "'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})).violations)");
        List<String> problems = new java.util.ArrayList<>();
        for (tools.jackson.databind.JsonNode v : tools.jackson.databind.json.JsonMapper.builder().build().readTree(json)) {
            String impact = v.path("impact").asString();
            if (impact.equals("serious") || impact.equals("critical")) {
                List<String> targets = new java.util.ArrayList<>();
                v.path("nodes").forEach(n -> targets.add(n.path("target").toString()));
                problems.add(impact + " " + v.path("id").asString() + ": " + v.path("help").asString() + " — "
                        + String.join(", ", targets));
            }
        }
        return problems;
    }

    private static final String AXE = axeSource();

    private static String axeSource() {
        try (java.io.InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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

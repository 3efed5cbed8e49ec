package vn.motcua.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.motcua.cli.StandInIdentity;
import vn.motcua.identity.DemoAgency;
import vn.motcua.support.Api;
import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;
import vn.motcua.support.DossierApi;
import vn.motcua.support.TestAgencies;

/**
 * Citizens sign in with their national identity through two stand-in providers (VNeID and the national portal's
 * single sign-on, on their own ports, as motcua's {@code motcua.sso.*} flags name them), the real OpenID Connect flow
 * in Chromium: the submission form is filled from the identity, both providers reach one account by the identity
 * number, bad ID tokens are refused, and a procedure's minimum assurance level holds.
 */
class NationalSignInBrowserTest extends BrowserTest {

    /** The application's clock, once the context is up: the stand-ins date their ID tokens by it, as a provider would. */
    private static final AtomicReference<Clock> APP_CLOCK = new AtomicReference<>(Clock.systemUTC());
    private static final Clock SHARED = new Clock() {
        @Override
        public ZoneId getZone() {
            return APP_CLOCK.get().getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return APP_CLOCK.get().withZone(zone);
        }

        @Override
        public Instant instant() {
            return APP_CLOCK.get().instant();
        }
    };
    private static final StandInIdentity VNEID = StandInIdentity.start(0, "vneid", StandInIdentity.CLIENT_ID,
            StandInIdentity.CLIENT_SECRET, SHARED);
    private static final StandInIdentity DVCQG = StandInIdentity.start(0, "dvcqg", "motcua-dvcqg", "bi-mat-dvcqg",
            SHARED);

    private static final String VNEID_BUTTON = "Đăng nhập bằng tài khoản định danh điện tử (VNeID)";
    private static final String DVCQG_BUTTON = "Đăng nhập bằng tài khoản Cổng Dịch vụ công quốc gia";

    @Autowired
    Clock clock;

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry registry) {
        registry.add("motcua.sso.vneid.issuer-uri", VNEID::issuer);
        registry.add("motcua.sso.vneid.client-id", () -> StandInIdentity.CLIENT_ID);
        registry.add("motcua.sso.vneid.client-secret", () -> StandInIdentity.CLIENT_SECRET);
        registry.add("motcua.sso.dvcqg.issuer-uri", DVCQG::issuer);
        registry.add("motcua.sso.dvcqg.client-id", () -> "motcua-dvcqg");
        registry.add("motcua.sso.dvcqg.client-secret", () -> "bi-mat-dvcqg");
    }

    @BeforeAll
    void useTheApplicationsClock() {
        APP_CLOCK.set(clock);
    }

    @AfterAll
    static void stopProviders() {
        VNEID.close();
        DVCQG.close();
    }

    @Test
    void aCitizenSignsInWithVneidFindsTheFormFilledSubmitsAndReachesTheSameAccountThroughThePortal() {
        Page page = signIn(VNEID_BUTTON, "Nguyễn Văn An");
        Browser.screenshot(page, "national-sign-in-home");
        page.navigate(browser.url("/nop-ho-so/" + DossierApi.AGENCY + "/" + DossierApi.ONLINE_PROCEDURE));
        assertThat(page.locator("#identity-note")).containsText("VNeID, mức 2");
        assertThat(page.locator("#applicantName")).hasValue("Nguyễn Văn An");
        assertThat(page.locator("#applicantName")).not().isEditable();
        assertThat(page.locator("#applicantIdNumber")).hasValue("001085012345");
        assertThat(page.locator("#applicantIdNumber")).not().isEditable();
        assertThat(page.locator("#applicantBirthDate")).hasValue("12/03/1985");
        assertThat(page.locator("#applicantPhone")).hasValue("0912345678");
        assertThat(page.locator("#applicantEmail")).hasValue("an.nguyen@example.vn");
        assertThat(page.locator("#applicantAddress")).hasValue(
                "Số 12 đường Lý Thái Tổ, phường Kinh Bắc, tỉnh Bắc Ninh");
        // a changed read-only field is not taken: the identity's value stays
        page.locator("#applicantName").evaluate("e => { e.removeAttribute('readonly'); e.value = 'Người Khác'; }");
        page.locator("#file-0").setInputFiles(new FilePayload("don-de-nghi.pdf", "application/pdf",
                DossierApi.PDF.getBytes(StandardCharsets.US_ASCII)));
        Browser.screenshot(page, "national-sign-in-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nộp hồ sơ")).click();
        assertThat(page.locator("#message")).containsText("Đã nộp hồ sơ thành công");
        String code = page.locator("#dossier-code").textContent().strip();

        page.navigate(browser.url("/ho-so-cua-toi"));
        assertThat(page.locator("main")).containsText(code);

        JsonNode dossier = Api.at(port).as("admin", DemoAgency.PASSWORD).get("/api/v1/dossiers/" + code).json();
        assertThat(dossier.get("applicant").get("name").asString()).isEqualTo("Nguyễn Văn An");
        assertThat(dossier.get("applicant").get("idNumber").asString()).isEqualTo("001085012345");
        assertThat(dossier.get("applicant").get("identityProvider").asString()).isEqualTo("vneid");
        assertThat(dossier.get("applicant").get("assuranceLevel").asInt()).isEqualTo(2);
        DossierApi desk = new DossierApi(port);
        desk.ok("tiepnhan", dossier, "receive", null);
        String day = desk.desk().get("/api/v1/dossiers/" + code).json().get("receivedAt").asString().substring(0, 10);
        assertThat(Api.at(port).as(TestAgencies.OFFICER, TestAgencies.OFFICER_PASSWORD).get(
                "/api/v1/reports/dossier-resolution/dossiers?agency=" + DossierApi.AGENCY + "&from=" + day + "&to="
                        + day + "&figure=RECEIVED_IDENTIFIED").json().findValuesAsString("code"))
                .as("the ledger's figure behind the 766 metric 4.5b").contains(code);

        // the portal gives the same person another subject; the identity number leads to the same account
        Page again = signIn(DVCQG_BUTTON, "Nguyễn Văn An");
        again.navigate(browser.url("/ho-so-cua-toi"));
        assertThat(again.locator("main")).containsText(code);
        again.navigate(browser.url("/nop-ho-so/" + DossierApi.AGENCY + "/" + DossierApi.ONLINE_PROCEDURE));
        assertThat(again.locator("#identity-note")).containsText("Cổng Dịch vụ công quốc gia");
        assertThat(again.locator("#reuse")).containsText(code);
    }

    @Test
    void loggingOutEndsTheProvidersSessionToo() {
        Page page = signIn(VNEID_BUTTON, "Phạm Minh Đức");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng xuất")).click();
        page.waitForURL(url -> url.contains("/login?logout"));
        assertThat(page.locator("p.alert.info")).containsText("Bạn đã đăng xuất");
        // the provider forgot the person as well: signing in again asks whom to sign in as
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(VNEID_BUTTON)).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập là Phạm Minh Đức")))
                .isVisible();
    }

    @Test
    void anOrganisationsRepresentativeSubmitsForTheOrganisation() {
        Page page = signIn(VNEID_BUTTON, "Lê Hoàng Cường");
        page.navigate(browser.url("/nop-ho-so/" + DossierApi.AGENCY + "/" + DossierApi.ONLINE_PROCEDURE));
        assertThat(page.locator("#applicantName")).hasValue("Công ty TNHH Công nghệ Kinh Bắc");
        assertThat(page.locator("#applicantIdNumber")).hasValue("2301234567");
        assertThat(page.locator("#applicantType")).hasValue("ORGANIZATION");
        assertThat(page.locator("#applicantType")).isDisabled();
    }

    @Test
    void idTokensWithAWrongIssuerAudienceSignatureOrExpiryAreRefused() {
        for (StandInIdentity.Tamper tamper : new StandInIdentity.Tamper[] {StandInIdentity.Tamper.ISSUER,
                StandInIdentity.Tamper.AUDIENCE, StandInIdentity.Tamper.SIGNATURE, StandInIdentity.Tamper.EXPIRED}) {
            VNEID.tamper(tamper);
            try {
                Page page = browser.page("/login");
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(VNEID_BUTTON)).click();
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập là Phạm Minh Đức"))
                        .click();
                page.waitForURL(url -> url.contains("/login?loi-dinh-danh"));
                assertThat(page.locator("p.alert.error")).containsText(
                        "Không đăng nhập được bằng tài khoản định danh điện tử");
                page.navigate(browser.url("/ho-so-cua-toi"));
                assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
            } finally {
                VNEID.tamper(StandInIdentity.Tamper.NONE);
            }
        }
    }

    @Test
    void aProcedureAskingForLevelTwoRefusesACitizenSignedInAtLevelOne() {
        Api control = Api.at(port).as("admin", DemoAgency.PASSWORD);
        String setting = "/api/v1/procedures/" + DossierApi.ONLINE_PROCEDURE + "/assurance-level?agency="
                + DossierApi.AGENCY;
        assertThat(control.put(setting, "{\"level\":2}").status()).isEqualTo(200);
        try {
            Page page = signIn(VNEID_BUTTON, "Trần Thị Bình");
            page.navigate(browser.url("/thu-tuc/" + DossierApi.ONLINE_PROCEDURE + "?agency=" + DossierApi.AGENCY));
            assertThat(page.locator("#assurance-required")).containsText("mức 2 trở lên");
            page.navigate(browser.url("/nop-ho-so/" + DossierApi.AGENCY + "/" + DossierApi.ONLINE_PROCEDURE));
            assertThat(page.locator("#assurance-notice")).containsText("mức 2");
            page.locator("#file-0").setInputFiles(new FilePayload("don-de-nghi.pdf", "application/pdf",
                    DossierApi.PDF.getBytes(StandardCharsets.US_ASCII)));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nộp hồ sơ")).click();
            assertThat(page.locator("#form-error")).containsText("Thủ tục này chỉ nhận hồ sơ trực tuyến của người "
                    + "đăng nhập bằng tài khoản định danh điện tử mức 2 trở lên");
            assertThat(page.locator("#form-error")).containsText("mức 1");
            Browser.screenshot(page, "national-sign-in-level-refused");

            Page level2 = signIn(VNEID_BUTTON, "Phạm Minh Đức");
            level2.navigate(browser.url("/nop-ho-so/" + DossierApi.AGENCY + "/" + DossierApi.ONLINE_PROCEDURE));
            assertThat(level2.locator("#assurance-notice")).hasCount(0);
        } finally {
            control.put(setting, "{\"level\":0}");
        }
    }

    @Test
    void officersKeepThePasswordFormBesideTheProviders() {
        Page page = browser.page("/login");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(VNEID_BUTTON))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(DVCQG_BUTTON))).isVisible();
        Browser.screenshot(page, "national-sign-in-login");
        Page officer = browser.loggedIn("tiepnhan", DemoAgency.PASSWORD);
        assertThat(officer).not().hasURL(java.util.regex.Pattern.compile(".*/login.*"));

        Page admin = browser.loggedIn("admin", DemoAgency.PASSWORD);
        admin.navigate(browser.url("/quan-tri/dinh-danh"));
        assertThat(admin.locator("#sso-on")).containsText("bật");
        assertThat(admin.locator("#providers")).containsText(VNEID.issuer());
        assertThat(admin.locator("#providers")).containsText(DVCQG.issuer());
    }

    @Test
    void anOfficerLinksTheirIdentityOnTheAccountPageAndThenSignsInWithItInsteadOfThePassword() {
        Page officer = browser.loggedIn("tiepnhan", DemoAgency.PASSWORD);
        officer.locator("#account-link").click();
        assertThat(officer.locator("#identity-none")).isVisible();
        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Liên kết qua VNeID")).click();
        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập là Nguyễn Thị Thu Hà")).click();
        officer.waitForURL(url -> url.startsWith(browser.url("/")) && !url.contains("/login"));
        officer.navigate(browser.url("/tai-khoan"));
        assertThat(officer.locator("#identity-linked")).containsText("0271******12");
        Browser.screenshot(officer, "account-identity-linked");

        Page again = signIn(DVCQG_BUTTON, "Nguyễn Thị Thu Hà");
        again.navigate(browser.url("/tai-khoan"));
        assertThat(again.locator("#account")).containsText("tiepnhan");
        again.navigate(browser.url("/mot-cua/tiep-nhan"));
        assertThat(again.locator("h1")).isVisible();
        org.assertj.core.api.Assertions.assertThat(again.url()).as("the officer's own pages").contains("/mot-cua/tiep-nhan");

        Page other = browser.loggedIn("chuyenvien", DemoAgency.PASSWORD);
        other.navigate(browser.url("/tai-khoan"));
        other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Liên kết qua VNeID")).click();
        other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập là Nguyễn Thị Thu Hà")).click();
        assertThat(other.locator(".alert.error")).containsText("đã liên kết với một tài khoản khác");
    }

    @Test
    void thePortalsSignInIsAskedForItsAssuranceLevelAndVneidForNone() {
        Api.Response portal = Api.at(port).header("Accept", "text/html").get("/oauth2/authorization/dvcqg");
        org.assertj.core.api.Assertions.assertThat(portal.header("Location")).contains("acr_values=LoA1");
        Api.Response vneid = Api.at(port).header("Accept", "text/html").get("/oauth2/authorization/vneid");
        org.assertj.core.api.Assertions.assertThat(vneid.header("Location")).startsWith(VNEID.issuer())
                .doesNotContain("acr_values");
    }

    /** From motcua's login page through the provider's pick page back to motcua, signed in. */
    private Page signIn(String button, String person) {
        Page page = browser.page("/login");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(button)).click();
        assertThat(page.locator("h1")).containsText("giả lập");
        if (person.equals("Nguyễn Văn An") && button.equals(VNEID_BUTTON)) {
            Browser.screenshot(page, "national-sign-in-stand-in");
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập là " + person)).click();
        page.waitForURL(url -> url.startsWith(browser.url("/")) && !url.contains("/login"));
        return page;
    }
}

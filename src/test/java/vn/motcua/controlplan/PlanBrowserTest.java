package vn.motcua.controlplan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.identity.Agencies;
import vn.motcua.identity.Users;
import vn.motcua.support.Api;
import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;

/**
 * The control officer writes a plan's appendix with the keyboard (rows added, moved across sections and removed),
 * saves it, records progress with a directive document, a file and a text as evidence, and sees the counts.
 */
class PlanBrowserTest extends BrowserTest {

    @Autowired
    Agencies agencies;

    @Autowired
    Users users;

    @BeforeEach
    void seedAgencies() {
        PlanFixtures.ensure(agencies, users);
    }

    private static void type(Page page, String text) {
        page.keyboard().insertText(text);
    }

    @Test
    void thePlanTableIsEditedWithTheKeyboardAndProgressIsRecordedWithEvidence() {
        Api api = Api.at(port).as(PlanFixtures.OFFICER, PlanFixtures.PASSWORD);
        Api.Response document = api.post("/api/v1/control/documents", "{\"agencyCode\":\"" + PlanFixtures.QUANG_TRI
                + "\",\"number\":\"21/BC-SKHCN\",\"date\":\"2024-03-20\",\"kind\":\"REPORT\","
                + "\"summary\":\"Báo cáo rà soát quy định TTHC năm 2024\"}");
        org.assertj.core.api.Assertions.assertThat(document.status()).isEqualTo(201);
        long documentId = document.json().get("id").asLong();

        Page page = browser.loggedIn(PlanFixtures.OFFICER, PlanFixtures.PASSWORD);
        page.navigate(browser.url("/kiem-soat?agency=" + PlanFixtures.QUANG_TRI));
        page.locator("#control-plans-link").click();
        assertThat(page.locator("h1")).hasText("Kế hoạch kiểm soát thủ tục hành chính");
        page.navigate(browser.url("/kiem-soat/ke-hoach/moi?agency=" + PlanFixtures.QUANG_TRI + "&year=2024"));
        assertThat(page.locator("#plan-editor")).hasAttribute("data-loaded", "true");
        page.locator("#p-number").fill("45/KH-SKHCN");
        page.locator("#p-issuedOn").fill("07/03/2024");
        page.locator("#p-title").fill("Kiểm soát thủ tục hành chính và thực hiện cơ chế một cửa, một cửa liên thông năm 2024");
        page.locator("#p-signerTitle").fill("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC");
        page.locator("#p-signer").fill("Nguyễn Hữu Thắng");

        Keyboard keys = page.keyboard();
        Locator rows = page.locator("#plan-table tbody tr");
        // the first task of section I, field by field with Tab
        page.locator("#plan-table .t-content").first().focus();
        type(page, "Xây dựng, ban hành Kế hoạch kiểm soát TTHC năm 2024");
        keys.press("Tab");
        type(page, "Văn phòng Sở");
        keys.press("Tab");
        type(page, "Các phòng, đơn vị thuộc Sở; Sở Tư pháp");
        keys.press("Tab");
        type(page, "Kế hoạch được ban hành");
        keys.press("Tab");
        type(page, "Tháng 01/2024");
        // Alt+Enter: a new task below, its content focused
        keys.press("Alt+Enter");
        type(page, "Báo cáo tình hình, kết quả hoạt động kiểm soát TTHC");
        keys.press("Tab");
        type(page, "Văn phòng Sở");
        keys.press("Tab");
        keys.press("Tab");
        keys.press("Tab");
        type(page, "Ngày 15 hàng tháng");
        keys.press("Alt+Enter");
        type(page, "Kiểm tra công tác kiểm soát TTHC");
        keys.press("Tab");
        type(page, "Văn phòng Sở");
        keys.press("Tab");
        keys.press("Tab");
        keys.press("Tab");
        type(page, "Quý IV/2024");
        // Alt+↑ moves "Kiểm tra" above "Báo cáo"; the numbers follow
        keys.press("Alt+ArrowUp");
        assertThat(rows.nth(2).locator(".t-content")).hasValue("Kiểm tra công tác kiểm soát TTHC");
        assertThat(rows.nth(2).locator(".t-number")).hasText("2");
        assertThat(rows.nth(3).locator(".t-number")).hasText("3");
        // a row added by mistake is removed with Alt+Delete
        keys.press("Alt+Enter");
        assertThat(rows).hasCount(5);
        keys.press("Alt+Delete");
        assertThat(rows).hasCount(4);

        // section II from its button, reached with the keyboard
        page.locator("#add-section").focus();
        keys.press("Enter");
        assertThat(page.locator(".section-row .s-number").nth(1)).hasValue("II");
        type(page, "Rà soát, đánh giá quy định, thủ tục hành chính");
        keys.press("Alt+Enter");
        type(page, "Rà soát, đề xuất phương án đơn giản hóa TTHC nội bộ");
        keys.press("Tab");
        type(page, "Phòng Quản lý Khoa học");
        keys.press("Tab");
        type(page, "Văn phòng");
        keys.press("Tab");
        keys.press("Tab");
        type(page, "Trước 25/3/2024");
        // the report task moves down across the section row: it becomes section II's first task
        rows.nth(3).locator(".t-content").focus();
        keys.press("Alt+ArrowDown");
        assertThat(rows.nth(3).locator(".s-number")).hasValue("II");
        assertThat(rows.nth(4).locator(".t-content")).hasValue("Báo cáo tình hình, kết quả hoạt động kiểm soát TTHC");
        assertThat(rows.nth(4).locator(".t-number")).hasText("1");
        Browser.screenshot(page, "control-plan-editor");

        page.locator("#save-plan").focus();
        keys.press("Enter");
        page.waitForURL(Pattern.compile(".*/kiem-soat/ke-hoach/\\d+$"));
        assertThat(page.locator("h1")).hasText("Kế hoạch 45/KH-SKHCN");
        Locator items = page.locator("#items tbody tr");
        // I.1 (one), I.2 (one), II.1 (twelve monthly reports), II.2 (one)
        assertThat(items).hasCount(15);
        assertThat(items.nth(1)).containsText("Kiểm tra công tác kiểm soát TTHC");
        assertThat(items.nth(1)).containsText("31/12/2024");
        assertThat(items.nth(2)).containsText("II.1");
        assertThat(items.nth(14)).containsText("Trước 25/3/2024");
        assertThat(items.nth(14)).containsText("25/03/2024");

        // progress with evidence: a directive document, a file and a text
        page.locator("#asOf").fill("01/04/2024");
        page.locator("#asOf").press("Enter");
        // not done by then: I.1 (31/01), the reports of 15/01, 15/02, 15/03 and II.2 (25/03)
        assertThat(page.locator("#sum-overdue")).hasText("5");
        page.locator("#g-occurrence").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("II.2 — Rà soát, đề xuất phương án đơn giản hóa TTHC nội bộ — hạn 25/03/2024"));
        page.locator("#g-date").fill("20/03/2024");
        page.locator("#g-status").selectOption("DONE");
        page.locator("#g-note").fill("Đã gửi báo cáo UBND tỉnh");
        page.locator("#g-document").selectOption(String.valueOf(documentId));
        page.locator("#g-upload").setInputFiles(new FilePayload("bao-cao.pdf", "application/pdf",
                "%PDF-1.4\n21/BC-SKHCN\n%%EOF".getBytes(StandardCharsets.UTF_8)));
        page.locator("#g-text").fill("Công văn gửi Văn phòng UBND tỉnh");
        page.locator("#g-text").press("Enter");
        assertThat(page.locator("#message")).hasText("Đã ghi tiến độ.");
        Locator entry = page.locator("#entries tbody tr").first();
        assertThat(entry).containsText("20/03/2024");
        assertThat(entry).containsText("II.2");
        assertThat(entry).containsText("mã " + documentId);
        assertThat(entry).containsText("Tệp đã lưu");
        assertThat(entry).containsText("Công văn gửi Văn phòng UBND tỉnh");
        assertThat(page.locator("#sum-on-time")).hasText("1");
        assertThat(page.locator("#sum-overdue")).hasText("4");
        Browser.screenshot(page, "control-plan-progress");

        // a recurring task's occurrence without a date is refused beside the field
        page.locator("#g-occurrence").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("II.1 — Báo cáo tình hình, kết quả hoạt động kiểm soát TTHC — hạn 15/01/2024"));
        page.locator("#g-date").fill("");
        page.locator("#g-date").evaluate("e => e.removeAttribute('required')");
        page.locator("#g-date").press("Enter");
        assertThat(page.locator("#e-date")).containsText("Cần nêu ngày");

        // back in the editor the order is kept
        page.locator("#edit-link").click();
        assertThat(page.locator("#plan-editor")).hasAttribute("data-loaded", "true");
        assertThat(rows).hasCount(6);
        assertThat(rows.nth(4).locator(".t-content")).hasValue("Báo cáo tình hình, kết quả hoạt động kiểm soát TTHC");
        assertThat(rows.nth(1).locator(".t-coord")).hasValue("Các phòng, đơn vị thuộc Sở; Sở Tư pháp");

        // two editors of the same version: the second save is refused (412) and says so
        String editUrl = page.url();
        Page other = browser.loggedIn(PlanFixtures.OFFICER, PlanFixtures.PASSWORD);
        other.navigate(editUrl);
        assertThat(other.locator("#plan-editor")).hasAttribute("data-loaded", "true");
        rows.nth(2).locator(".t-time").fill("Quý III/2024");
        page.locator("#save-plan").click();
        page.waitForURL(Pattern.compile(".*/kiem-soat/ke-hoach/\\d+$"));
        assertThat(page.locator("#items tbody tr").nth(1)).containsText("30/09/2024");
        other.locator("#plan-table .t-note").first().fill("Sửa cùng lúc");
        other.locator("#save-plan").click();
        assertThat(other.locator("#plan-errors")).containsText("hãy tải lại");
        other.close();

        // the list shows the plan; a copy into 2025 opens in the editor
        page.navigate(browser.url("/kiem-soat/ke-hoach?agency=" + PlanFixtures.QUANG_TRI + "&year=2024"));
        String planId = editUrl.replaceAll(".*/ke-hoach/(\\d+)/sua$", "$1");
        Locator listed = page.locator("#plan-" + planId);
        assertThat(listed).containsText("45/KH-SKHCN");
        assertThat(listed).containsText("07/03/2024");
        listed.locator("button[type=submit]").press("Enter");
        assertThat(page.locator("#message")).containsText("sang năm 2025");
        assertThat(page.locator("#plan-editor")).hasAttribute("data-loaded", "true");
        assertThat(page.locator("#plan-table tbody tr").nth(2).locator(".t-time")).hasValue("Quý III/2025");
    }
}

package vn.motcua.feedback;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import vn.motcua.identity.DemoAgency;
import vn.motcua.support.Api;
import vn.motcua.support.Browser;
import vn.motcua.support.BrowserTest;

/** A citizen files a feedback on a phone and tracks it; the control officer and a specialist handle it in the pages. */
class FeedbackBrowserTest extends BrowserTest {

    @Test
    void aCitizenFilesAFeedbackOnAPhoneAnOfficerAnswersAndPublishesItAndTheCitizenRatesTheAnswer() {
        Page phone = browser.page("/phan-anh-kien-nghi/gui", true);
        phone.locator("#category").selectOption("2");
        phone.locator("#subject").fill("Đề nghị bỏ yêu cầu bản sao có chứng thực");
        phone.locator("#feedback-form button[type=submit]").click();
        assertThat(phone.locator("#form-error")).containsText("Điều 7");
        assertThat(phone.locator("#err-content")).isVisible();
        assertThat(phone.locator("#err-submitter-name")).isVisible();
        Browser.screenshot(phone, "feedback-form-refused-phone");

        phone.locator("#content").fill("Thủ tục cấp giấy chứng nhận doanh nghiệp khoa học và công nghệ yêu cầu bản sao "
                + "có chứng thực, trong khi cơ quan có thể tra cứu dữ liệu doanh nghiệp.");
        phone.locator("#name").fill("Nguyễn Thị Mai");
        phone.locator("#address").fill("Số 12 Ngô Gia Tự, phường Suối Hoa, Bắc Ninh");
        phone.locator("#phone").fill("0987654321");
        org.assertj.core.api.Assertions.assertThat(Browser.fitsTheScreenWidth(phone)).isTrue();
        phone.locator("#feedback-form button[type=submit]").click();
        assertThat(phone.locator("#submitted")).isVisible();
        String code = phone.locator("#submitted-code").textContent().strip();
        String secret = phone.locator("#submitted-secret").textContent().strip();
        Browser.screenshot(phone, "feedback-submitted-phone");
        phone.locator("a.button.primary").last().click();
        assertThat(phone.locator("#track-status")).hasText("Đã tiếp nhận, chờ phân loại");

        Page control = browser.loggedIn("kiemsoat", DemoAgency.PASSWORD);
        control.navigate(browser.url("/pakn"));
        assertThat(control.locator("#register")).containsText("Đề nghị bỏ yêu cầu bản sao có chứng thực");
        control.navigate(browser.url("/pakn/" + code));
        control.locator("summary:has-text('Phân loại')").click();
        control.locator("form[action$='/accept'] button").click();
        assertThat(control.locator("#action-ok")).containsText("Phân loại");
        control.locator("summary:has-text('Giao xử lý')").click();
        control.locator("#assign-unit").selectOption("QLCN");
        control.locator("#assign-assignee").fill("chuyenvien");
        control.locator("form[action$='/assign'] button").click();
        assertThat(control.locator("#status")).containsText("Đang xử lý");

        Page specialist = browser.loggedIn("chuyenvien", DemoAgency.PASSWORD);
        specialist.navigate(browser.url("/pakn/" + code));
        specialist.locator("summary:has-text('Ghi nhận kết quả')").click();
        specialist.locator("#answer-outcome").selectOption("RECOMMEND_AMENDMENT");
        specialist.locator("#answer-text").fill("Sở đã kiến nghị UBND tỉnh bỏ yêu cầu bản sao có chứng thực; cơ quan "
                + "tự khai thác dữ liệu đăng ký doanh nghiệp.");
        specialist.locator("#r-necessity").fill("Không cần thiết khi đã có dữ liệu");
        specialist.locator("form[action$='/answer'] button").click();
        assertThat(specialist.locator("#status")).containsText("chờ công khai");

        control.navigate(browser.url("/pakn/" + code));
        control.locator("summary:has-text('Công khai kết quả')").click();
        control.locator("form[action$='/publish'] button").click();
        assertThat(control.locator("#status")).containsText("Đã công khai");
        assertThat(control.locator("#history")).containsText("Trần Văn Minh");
        Browser.screenshot(control, "feedback-detail-published");

        phone.navigate(browser.url("/phan-anh-kien-nghi/tra-cuu?ma=" + code + "&matracuu=" + secret));
        assertThat(phone.locator("#track-answer")).containsText("bỏ yêu cầu bản sao");
        phone.locator("input[name=rating][value=SATISFIED]").check();
        phone.locator("#rating button[type=submit]").click();
        assertThat(phone.locator("#rating")).containsText("Bạn đã đánh giá: Hài lòng");
        Browser.screenshot(phone, "feedback-tracked-phone");

        phone.navigate(browser.url("/phan-anh-kien-nghi?q=ban%20sao%20co%20chung%20thuc"));
        assertThat(phone.locator("#answers-count")).not().hasText("0 kết quả đã công khai");
        assertThat(phone.locator("main")).containsText("Đề nghị bỏ yêu cầu bản sao có chứng thực");
        Browser.screenshot(phone, "feedback-answers-phone");
    }

    @Test
    void aCitizenSendsTheRequestedSupplementFromThePhone() {
        Api.Response created = Api.at(port).post("/api/v1/public/feedback", """
                {"agencyCode":"000.00.22.H05","kind":"REPORT","category":2,"subject":"Thiếu hướng dẫn nộp lệ phí",
                 "content":"Trang thủ tục không hướng dẫn cách nộp lệ phí khi nộp hồ sơ qua bưu chính.",
                 "submitter":{"type":"CITIZEN","name":"Phan Văn Tư","address":"Bắc Ninh","phone":"0909111222"}}""");
        String code = created.json().get("code").asString();
        String secret = created.json().get("lookupSecret").asString();
        Api officer = Api.at(port).as("kiemsoat", DemoAgency.PASSWORD);
        Api.Response requested = officer.header("If-Match", "\"1\"").post("/api/v1/feedback/" + code
                + "/actions/request-supplement", "{\"text\":\"Đề nghị cho biết tên thủ tục cụ thể\"}");
        org.assertj.core.api.Assertions.assertThat(requested.status()).isEqualTo(200);

        Page phone = browser.page("/phan-anh-kien-nghi/tra-cuu?ma=" + code + "&matracuu=" + secret, true);
        assertThat(phone.locator("#track-status")).hasText("Chờ người gửi bổ sung thông tin");
        phone.locator("#supplement-text").fill("Thủ tục cấp giấy phép tiến hành công việc bức xạ (1.014455).");
        phone.locator("#supplement button[type=submit]").click();
        assertThat(phone.locator(".alert.ok")).containsText("đã nhận thông tin bổ sung");
        assertThat(phone.locator("#track-status")).hasText("Đã tiếp nhận, chờ phân loại");
        assertThat(phone.locator("#supplement")).hasCount(0);
        Browser.screenshot(phone, "feedback-supplement-sent-phone");
    }
}

package vn.motcua.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.motcua.identity.DemoAgency;
import vn.motcua.support.Api;
import vn.motcua.support.IntegrationTest;

/** The officers' pages: intake of a phoned feedback with a typed receipt time, the register, and who is refused. */
@IntegrationTest
class FeedbackPagesIntegrationTest {

    @LocalServerPort
    int port;

    Api page(String user) {
        return Api.at(port).as(user, DemoAgency.PASSWORD).header("Accept", "text/html");
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    static Map<String, String> phoned(String receivedAt) {
        return Map.ofEntries(Map.entry("channel", "PHONE"), Map.entry("receivedAt", receivedAt),
                Map.entry("kind", "REPORT"), Map.entry("category", "1"), Map.entry("subject", "Gọi điện phản ánh"),
                Map.entry("content", "Người gọi phản ánh việc phải nộp bản sao giấy tờ đã có trong hồ sơ trước."),
                Map.entry("type", "CITIZEN"), Map.entry("name", "Lý Văn Gọi"), Map.entry("address", "Bắc Ninh"),
                Map.entry("phone", "0911222333"), Map.entry("key", "page-intake-" + receivedAt));
    }

    @Test
    void aDeskOfficerEntersAPhonedFeedbackWithItsReceiptTimeTypedDayFirst() {
        Api.Response posted = page("tiepnhan").send("POST", "/pakn/moi", "application/x-www-form-urlencoded",
                form(phoned("02/03/2026 08:30")));
        assertThat(posted.status()).as(posted.body()).isEqualTo(302);
        String location = posted.header("Location");
        assertThat(location).contains("/pakn/000.00.22.H05-PAKN26-");
        Api.Response detail = page("tiepnhan").get(location.substring(location.indexOf("/pakn/")));
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body()).contains("Gọi điện phản ánh", "Qua số điện thoại chuyên dùng", "08:30 02/03/2026");

        Api.Response refused = page("tiepnhan").send("POST", "/pakn/moi", "application/x-www-form-urlencoded",
                form(phoned("2026-03-02")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("ngày/tháng/năm giờ:phút", "Gọi điện phản ánh");
    }

    @Test
    void theRegisterOpensForOfficialsAndIsRefusedToApplicants() {
        Api.Response register = page("chuyenvien").get("/pakn");
        assertThat(register.status()).isEqualTo(200);
        assertThat(register.body()).contains("Sổ tiếp nhận phản ánh, kiến nghị", "id=\"register\"");
        assertThat(page("congdan").get("/pakn").status()).isEqualTo(403);
        assertThat(page("chuyenvien").get("/pakn/moi").status()).as("intake is for the desk and focal point")
                .isEqualTo(403);
        assertThat(Api.at(port).header("Accept", "text/html").get("/phan-anh-kien-nghi").status()).isEqualTo(200);
    }
}

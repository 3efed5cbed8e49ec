package vn.motcua.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.motcua.support.Api;
import vn.motcua.support.DossierApi;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.MutableClock;

/** The applicant rates a returned dossier on the public tracking page, without an account, as a browser posts it. */
@IntegrationTest
class RatingPagesIntegrationTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    /** An anonymous visitor with a session (cookie) and the CSRF token of the page they opened. */
    private record Visitor(Api api, String csrf) {}

    private Visitor open(String code, String secret) {
        Api.Response page = Api.at(port).header("Accept", "text/html")
                .get("/tra-cuu-ho-so?ma=" + code + "&matracuu=" + secret);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        Matcher csrf = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"").matcher(page.body());
        String cookie = page.header("Set-Cookie");
        Api api = Api.at(port).header("Accept", "text/html");
        if (cookie != null) {
            api = api.header("Cookie", cookie.split(";", 2)[0]);
        }
        return new Visitor(api, csrf.find() ? csrf.group(1) : null);
    }

    private static Api.Response post(Visitor visitor, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (visitor.csrf() != null) {
            all.put("_csrf", visitor.csrf());
        }
        return visitor.api().send("POST", "/tra-cuu-ho-so/danh-gia", FORM, all.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    @Test
    void theTrackingPageOffersTheRatingOnceTheResultIsReturnedAndRecordsItOrSaysWhyNot() {
        DossierApi api = new DossierApi(port);
        JsonNode d = api.ok("tiepnhan", api.received(DossierApi.TEN_DAY_PROCEDURE), "transfer", "{\"unit\":\"QLCN\"}");
        String code = d.get("code").asString();
        String secret = d.get("lookupSecret").asString();
        assertThat(open(code, secret).api().get("/tra-cuu-ho-so?ma=" + code + "&matracuu=" + secret).body())
                .as("no rating before the result is returned").doesNotContain("id=\"rating-form\"");
        Visitor early = open(code, secret);
        Api.Response tooEarly = post(early, Map.of("ma", code, "matracuu", secret, "overall", "SATISFIED"));
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.body()).contains("id=\"rating-error\"", "Chỉ đánh giá được sau khi đã nhận kết quả");

        d = api.ok("lanhdao", d, "resolve", "{\"outcome\":\"REFUSED\",\"reason\":\"Không đủ điều kiện\"}");
        api.ok("tiepnhan", d, "return-result", null);

        Visitor visitor = open(code, secret);
        String page = visitor.api().get("/tra-cuu-ho-so?ma=" + code + "&matracuu=" + secret).body();
        assertThat(page).contains("id=\"rating-form\"", "Rất hài lòng", "Chưa hài lòng", "Sự thuận tiện",
                "Thời gian giải quyết", "Thái độ của cán bộ", "Ý kiến khác");
        assertThat(visitor.csrf()).isNotNull();

        Api.Response forged = post(new Visitor(visitor.api(), null), Map.of("ma", code, "matracuu", secret,
                "overall", "SATISFIED"));
        assertThat(forged.status()).as("the form needs its CSRF token").isEqualTo(403);

        Api.Response missing = post(visitor, Map.of("ma", code, "matracuu", secret, "comment", "Nhanh"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("Hãy chọn mức đánh giá chung", "id=\"rating-form\"", "Nhanh");

        Api.Response wrong = post(visitor, Map.of("ma", code, "matracuu", "SAI23456", "overall", "SATISFIED"));
        assertThat(wrong.status()).isEqualTo(404);
        assertThat(wrong.body()).contains("Không tìm thấy hồ sơ");

        Api.Response rated = post(visitor, Map.of("ma", code, "matracuu", secret, "overall", "VERY_SATISFIED",
                "convenience", "SATISFIED", "timeliness", "", "attitude", "VERY_SATISFIED",
                "comment", "Cán bộ hướng dẫn tận tình"));
        assertThat(rated.status()).as(rated.body()).isEqualTo(200);
        assertThat(rated.body()).contains("id=\"rating-result\"", "Rất hài lòng", "09:00 09/03/2026",
                "id=\"tracking-status\"").doesNotContain("id=\"rating-form\"");

        clock.advance(Duration.ofDays(8));
        Api.Response late = post(visitor, Map.of("ma", code, "matracuu", secret, "overall", "NOT_SATISFIED"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body()).contains("Đã hết thời hạn 7 ngày");
    }
}

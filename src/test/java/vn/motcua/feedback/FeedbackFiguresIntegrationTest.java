package vn.motcua.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.motcua.support.Api;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.MutableClock;
import vn.motcua.support.TestAgencies;

/**
 * A quarter built by hand (2025-Q3, one agency of its own) and every figure counted from it: the report's feedback
 * figures and the two 766 metrics (§5.2 handled on time, §5.3 satisfaction), with what stands behind them.
 */
@IntegrationTest
class FeedbackFiguresIntegrationTest {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String AGENCY = "000.00.93.T02";

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    FeedbackFigures figures;

    Api officer() {
        return Api.at(port).as(TestAgencies.OFFICER, TestAgencies.OFFICER_PASSWORD);
    }

    void at(int month, int day) {
        clock.set(ZonedDateTime.of(2025, month, day, 10, 0, 0, 0, VIETNAM));
    }

    JsonNode received(String subject, int month, int day) {
        at(month, day);
        Api.Response r = officer().post("/api/v1/feedback", """
                {"agencyCode":"%s","kind":"REPORT","category":1,"subject":"%s","channel":"DESK",
                 "content":"Nội dung phản ánh về quy định hành chính, đủ rõ ràng để xử lý.",
                 "submitter":{"type":"CITIZEN","name":"Trần Văn C","address":"Thôn Đông, xã Tây"}}
                """.formatted(AGENCY, subject));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    JsonNode act(JsonNode f, String action, String json, int month, int day) {
        at(month, day);
        Api.Response r = officer().header("If-Match", "\"" + f.get("version").asInt() + "\"")
                .post("/api/v1/feedback/" + f.get("code").asString() + "/actions/" + action, json);
        assertThat(r.status()).as(action + ": " + r.body()).isEqualTo(200);
        return r.json();
    }

    static final String ANSWER = "{\"text\":\"Đã trả lời người gửi\",\"outcome\":\"EXPLAINED\"}";

    @Test
    void everyFigureOfAQuarterBuiltByHandAndTheTwoFeedbackMetricsOfTheIndex() {
        JsonNode f = received("F: trả lời tháng 5, công khai trong quý", 5, 5);
        f = act(act(f, "accept", "{}", 5, 6), "answer", ANSWER, 5, 20);
        JsonNode a = received("A: nhận trước quý, trả lời đúng hạn trong quý", 6, 20);
        a = act(act(a, "accept", "{}", 6, 23), "answer", ANSWER, 7, 3);
        act(a, "publish", "{\"channels\":[\"WEBSITE\"]}", 7, 7);
        act(f, "publish", "{\"channels\":[\"PORTAL\"]}", 9, 5);
        JsonNode b = received("B: trả lời quá hạn, chưa hài lòng", 7, 10);
        String secret = b.get("lookupSecret").asString();
        b = act(act(b, "accept", "{}", 7, 11), "answer", ANSWER, 8, 20);
        Api.Response rated = Api.at(port).post("/api/v1/public/feedback/" + b.get("code").asString() + "/rating",
                "{\"secret\":\"" + secret + "\",\"rating\":\"NOT_SATISFIED\"}");
        assertThat(rated.status()).as(rated.body()).isEqualTo(200);
        JsonNode c = received("C: không tiếp nhận đúng hạn", 8, 1);
        act(c, "reject", "{\"reason\":\"Là khiếu nại, không phải phản ánh về quy định\"}", 8, 4);
        JsonNode e = received("E: quá hạn cuối quý, trả lời sau quý", 9, 1);
        e = act(e, "accept", "{}", 9, 3);
        JsonNode d = received("D: đang xử lý trong hạn cuối quý", 9, 25);
        act(d, "accept", "{}", 9, 26);
        act(e, "answer", ANSWER, 10, 10);

        var from = LocalDate.of(2025, 7, 1).atStartOfDay(VIETNAM).toInstant();
        var to = LocalDate.of(2025, 10, 1).atStartOfDay(VIETNAM).toInstant();
        Map<FeedbackFigure, Long> counts = figures.counts(AGENCY, from, to);
        assertThat(counts).containsEntry(FeedbackFigure.RECEIVED, 4L)          // B C E D
                .containsEntry(FeedbackFigure.ACCEPTED, 3L)                    // B E D
                .containsEntry(FeedbackFigure.HANDLED, 3L)                     // A B C
                .containsEntry(FeedbackFigure.HANDLED_ON_TIME, 2L)             // A C
                .containsEntry(FeedbackFigure.PUBLISHED, 2L)                   // A F
                .containsEntry(FeedbackFigure.IN_PROGRESS, 2L)                 // E D
                .containsEntry(FeedbackFigure.IN_PROGRESS_OVERDUE, 1L)         // E
                .containsEntry(FeedbackFigure.IN_PROGRESS_WITHIN_TIME, 1L)     // D
                .containsEntry(FeedbackFigure.NOT_SATISFYING, 2L);             // B (late, not satisfied), E (late)
        assertThat(figures.records(AGENCY, from, to, FeedbackFigure.IN_PROGRESS_OVERDUE, 10))
                .extracting(Feedback::subject).containsExactly("E: quá hạn cuối quý, trả lời sau quý");

        Api.Response report = officer().get("/api/v1/reports/control-activities?agency=" + AGENCY
                + "&period=2025-Q3&periodType=CALENDAR");
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        JsonNode section = report.json().get("feedback");
        assertThat(section.get("received").asLong()).isEqualTo(4);
        assertThat(section.get("accepted").asLong()).isEqualTo(3);
        assertThat(section.get("handled").asLong()).isEqualTo(3);
        assertThat(section.get("handledOnTime").asLong()).isEqualTo(2);
        assertThat(section.get("published").asLong()).isEqualTo(2);
        assertThat(section.get("inProgress").asLong()).isEqualTo(2);
        assertThat(section.get("inProgressOverdue").asLong()).isEqualTo(1);
        Api.Response drill = officer().get("/api/v1/reports/control-activities/records?agency=" + AGENCY
                + "&period=2025-Q3&periodType=CALENDAR&figure=feedback.handledOnTime");
        assertThat(drill.status()).as(drill.body()).isEqualTo(200);
        assertThat(drill.body()).contains("A: nhận trước quý", "C: không tiếp nhận").doesNotContain("B: trả lời");
        assertThat(officer().get("/api/v1/reports/control-activities/records?agency=" + AGENCY
                + "&period=2025-Q3&figure=feedback.nothing").status()).isEqualTo(400);

        Api.Response index = officer().get("/api/v1/index/766?agency=" + AGENCY + "&period=2025-Q3&periodType=CALENDAR");
        assertThat(index.status()).as(index.body()).isEqualTo(200);
        JsonNode onTime = metric(index.json(), "PETITION_PROCESSING_ON_TIME");
        assertThat(onTime.get("available").asBoolean()).isTrue();
        assertThat(onTime.get("numerator").asLong()).isEqualTo(3);
        assertThat(onTime.get("denominator").asLong()).isEqualTo(5);
        assertThat(onTime.get("score").decimalValue()).isEqualByComparingTo("3.60");
        JsonNode satisfaction = metric(index.json(), "PETITION_HANDLING_SATISFACTION");
        assertThat(satisfaction.get("numerator").asLong()).isEqualTo(2);
        assertThat(satisfaction.get("denominator").asLong()).isEqualTo(4);
        assertThat(satisfaction.get("score").decimalValue()).isEqualByComparingTo("3.00");

        Api.Response explain = officer().get("/api/v1/index/766/explain?agency=" + AGENCY
                + "&period=2025-Q3&periodType=CALENDAR&metric=PETITION_HANDLING_SATISFACTION&part=numerator");
        assertThat(explain.status()).as(explain.body()).isEqualTo(200);
        assertThat(explain.body()).contains("C: không tiếp nhận đúng hạn", "D: đang xử lý trong hạn cuối quý")
                .doesNotContain("B: trả lời quá hạn");
    }

    private static JsonNode metric(JsonNode index, String code) {
        for (JsonNode group : index.get("groups")) {
            for (JsonNode metric : group.get("metrics")) {
                if (metric.get("code").asString().equals(code)) {
                    return metric;
                }
            }
        }
        throw new AssertionError("no metric " + code + " in " + index);
    }
}

package vn.motcua.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.motcua.identity.AgencyCode;
import vn.motcua.identity.DemoAgency;
import vn.motcua.identity.NewUser;
import vn.motcua.identity.Role;
import vn.motcua.identity.RoleGrant;
import vn.motcua.identity.Users;
import vn.motcua.support.Api;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.MutableClock;
import vn.motcua.support.TestAgencies;

/** The feedback register through the REST contract: intake, each action allowed and refused, deadlines, public side. */
@IntegrationTest
class FeedbackApiIntegrationTest {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    Users users;

    Api as(String user) {
        return Api.at(port).as(user, DemoAgency.PASSWORD);
    }

    static String body(String subject) {
        return """
                {"agencyCode":"000.00.22.H05","kind":"RECOMMENDATION","category":2,"subject":"%s",
                 "content":"Thành phần hồ sơ yêu cầu bản sao chứng thực giấy phép kinh doanh, trong khi cơ quan đã có dữ liệu.",
                 "procedureCode":"1.014390","dossierCode":null,
                 "submitter":{"type":"CITIZEN","name":"Nguyễn Văn Bình","address":"Số 5 Lý Thái Tổ, Bắc Ninh",
                              "phone":"0912345678","email":"binh@example.vn"}}
                """.formatted(subject);
    }

    JsonNode submitted(String subject) {
        Api.Response r = Api.at(port).post("/api/v1/public/feedback", body(subject));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    Api.Response act(String user, JsonNode f, String action, String json) {
        return as(user).header("If-Match", "\"" + f.get("version").asInt() + "\"")
                .post("/api/v1/feedback/" + f.get("code").asString() + "/actions/" + action, json == null ? "{}" : json);
    }

    JsonNode ok(String user, JsonNode f, String action, String json) {
        Api.Response r = act(user, f, action, json);
        assertThat(r.status()).as(action + ": " + r.body()).isEqualTo(200);
        return r.json();
    }

    JsonNode get(String code) {
        Api.Response r = as("kiemsoat").get("/api/v1/feedback/" + code);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void theNationalFormEntersTheRegisterWithACodeAndSecretAndReportsEveryMissingAcceptabilityField() {
        JsonNode created = submitted("Đề nghị bỏ bản sao giấy phép");
        assertThat(created.get("code").asString()).startsWith("000.00.22.H05-PAKN");
        assertThat(created.get("lookupSecret").asString()).hasSize(8);
        assertThat(created.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(created.get("receivedAt").asString()).isNotBlank();

        Api.Response bad = Api.at(port).post("/api/v1/public/feedback",
                "{\"agencyCode\":\"000.00.22.H05\",\"kind\":\"REPORT\",\"category\":9,\"subject\":\"\","
                        + "\"content\":\"ngắn\",\"submitter\":{\"type\":\"CITIZEN\",\"name\":\"\",\"address\":\"\"}}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        bad.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("category", "subject", "content", "submitter.name", "submitter.address");
        assertThat(bad.json().get("detail").asString()).contains("Điều 7");
    }

    @Test
    void aRetriedSubmissionWithTheSameIdempotencyKeyRegistersOnce() {
        Api api = Api.at(port).header("Idempotency-Key", "pakn-retry-1");
        Api.Response first = api.post("/api/v1/public/feedback", body("Gửi lại"));
        Api.Response again = api.post("/api/v1/public/feedback", body("Gửi lại"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.json().get("code").asString()).isEqualTo(first.json().get("code").asString());
        assertThat(again.json().get("lookupSecret").asString()).isEqualTo(first.json().get("lookupSecret").asString());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void aFeedbackWithinCompetenceIsAcceptedAssignedAnsweredPublishedAndRatedByItsSubmitter() {
        JsonNode created = submitted("Thời hạn cấp giấy chứng nhận quá dài");
        String code = created.get("code").asString();
        String secret = created.get("lookupSecret").asString();
        JsonNode f = get(code);
        assertThat(f.get("availableActions").toString()).contains("accept", "reject", "forward");

        f = ok("kiemsoat", f, "accept", null);
        assertThat(f.get("status").asString()).isEqualTo("ACCEPTED");
        f = ok("truongphong", f, "assign", "{\"unit\":\"QLCN\",\"assignee\":\"chuyenvien\"}");
        assertThat(f.get("assignee").asString()).isEqualTo("chuyenvien");
        f = ok("chuyenvien", f, "answer", """
                {"text":"Sở đã rà soát và kiến nghị UBND tỉnh rút ngắn thời hạn từ 15 xuống 10 ngày làm việc.",
                 "outcome":"RECOMMEND_AMENDMENT","review":{"NECESSITY":"Cần thiết","FEASIBILITY":"Khả thi"}}""");
        assertThat(f.get("status").asString()).isEqualTo("ANSWERED");
        assertThat(f.get("handledOnTime").asBoolean()).isTrue();
        assertThat(f.get("review").get("NECESSITY").asString()).isEqualTo("Cần thiết");
        f = ok("kiemsoat", f, "publish", "{\"channels\":[\"WEBSITE\",\"PORTAL\"]}");
        assertThat(f.get("status").asString()).isEqualTo("PUBLISHED");

        Api.Response tracked = Api.at(port).get("/api/v1/public/feedback/" + code + "?secret=" + secret);
        assertThat(tracked.status()).isEqualTo(200);
        assertThat(tracked.json().get("answer").asString()).contains("rút ngắn thời hạn");
        assertThat(tracked.body()).doesNotContain("chuyenvien").doesNotContain("kiemsoat");
        assertThat(Api.at(port).get("/api/v1/public/feedback/" + code + "?secret=WRONG234").status()).isEqualTo(404);

        Api.Response rated = Api.at(port).post("/api/v1/feedback/" + code + "/actions/rate",
                "{\"secret\":\"" + secret + "\",\"rating\":\"SATISFIED\",\"comment\":\"Trả lời rõ ràng\"}");
        assertThat(rated.status()).as(rated.body()).isEqualTo(200);
        assertThat(rated.json().get("rating").asString()).isEqualTo("SATISFIED");

        Api.Response answers = Api.at(port).get("/api/v1/public/feedback/answers?agency=000.00.22.H05&q=thoi%20han%20cap");
        assertThat(answers.status()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        answers.json().get("items").forEach(a -> codes.add(a.get("code").asString()));
        assertThat(codes).as("found without diacritics").contains(code);
        assertThat(answers.body()).doesNotContain("0912345678");

        Api.Response history = as("kiemsoat").get("/api/v1/feedback/" + code + "/history");
        List<String> actions = new ArrayList<>();
        history.json().forEach(e -> actions.add(e.get("action").asString()));
        assertThat(actions).containsExactly("received", "accept", "assign", "answer", "publish", "rate");
        JsonNode assign = history.json().get(2);
        assertThat(assign.get("actor").asString()).isEqualTo("truongphong");
        assertThat(assign.get("actorName").asString()).isEqualTo("Lê Thị Hồng Nhung");
        assertThat(assign.get("changes").get("status").get("before").asString()).isEqualTo("ACCEPTED");
        assertThat(assign.get("changes").get("status").get("after").asString()).isEqualTo("ASSIGNED");
    }

    @Test
    void aForbiddenTransitionIsAConflictAStaleVersionFailsAndAMissingVersionIsRequired() {
        JsonNode f = get(submitted("Xung đột").get("code").asString());
        assertThat(act("kiemsoat", f, "publish", "{\"channels\":[\"WEBSITE\"]}").status()).isEqualTo(409);
        JsonNode accepted = ok("kiemsoat", f, "accept", null);
        Api.Response stale = act("lanhdao", f, "reject", "{\"reason\":\"Không rõ nội dung\"}");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        Api.Response missing = as("kiemsoat").post("/api/v1/feedback/" + accepted.get("code").asString()
                + "/actions/assign", "{\"unit\":\"QLCN\"}");
        assertThat(missing.status()).isEqualTo(428);
        Api.Response noReason = act("kiemsoat", get(submitted("Thiếu lý do").get("code").asString()), "reject", "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
    }

    @Test
    void everyActionTheStatusDoesNotAllowIsAConflictAndChangesNothing() {
        JsonNode received = get(submitted("Chưa phân loại").get("code").asString());
        for (String action : List.of("assign", "answer", "publish", "receive-supplement")) {
            Api.Response refused = act("kiemsoat", received, action, "{\"unit\":\"QLCN\",\"text\":\"x\","
                    + "\"outcome\":\"EXPLAINED\",\"channels\":[\"WEBSITE\"]}");
            assertThat(refused.status()).as(action).isEqualTo(409);
            assertThat(refused.json().get("detail").asString()).contains("Đã tiếp nhận, chờ phân loại");
        }
        assertThat(get(received.get("code").asString()).get("version").asInt()).isEqualTo(received.get("version")
                .asInt());
        JsonNode rejected = ok("kiemsoat", received, "reject", "{\"reason\":\"Không phải quy định hành chính\"}");
        for (String action : List.of("accept", "reject", "forward", "request-supplement", "assign")) {
            assertThat(act("kiemsoat", rejected, action, "{\"reason\":\"x\",\"target\":\"y\",\"text\":\"z\","
                    + "\"unit\":\"QLCN\"}").status()).as(action + " after refusal").isEqualTo(409);
        }
        assertThat(act("kiemsoat", rejected, "no-such-action", "{}").status()).isEqualTo(404);
    }

    @Test
    void onlyTheAgencysOfficialsReadTheRegisterAndOnlyTheFocalPointClassifies() {
        JsonNode f = get(submitted("Quyền").get("code").asString());
        assertThat(as("congdan").get("/api/v1/feedback?agency=000.00.22.H05").status()).isEqualTo(403);
        if (users.find("pakn.khac").isEmpty()) {
            users.create(new NewUser("pakn.khac", "KhacCoQuan2026x", "Cán bộ cơ quan khác",
                    List.of(RoleGrant.of(Role.CONTROL_OFFICER, AgencyCode.parse(TestAgencies.CODES.get(0))))));
        }
        Api other = Api.at(port).as("pakn.khac", "KhacCoQuan2026x");
        assertThat(other.get("/api/v1/feedback/" + f.get("code").asString()).status()).isEqualTo(403);
        assertThat(other.get("/api/v1/feedback?agency=000.00.22.H05").status()).isEqualTo(403);
        assertThat(act("chuyenvien", f, "accept", null).status()).isEqualTo(403);
        assertThat(act("tiepnhan", f, "accept", null).status()).isEqualTo(403);
        Api.Response list = as("tiepnhan").get("/api/v1/feedback?agency=000.00.22.H05&status=RECEIVED&size=200");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(f.get("code").asString());
    }

    @Test
    void anOfficerEntersAPhonedFeedbackReceivedEarlierAndItsDeadlinesSkipTet() {
        clock.set(ZonedDateTime.of(2026, 2, 12, 10, 0, 0, 0, VIETNAM));
        Api.Response r = as("kiemsoat").post("/api/v1/feedback", body("Qua điện thoại").replace("\"dossierCode\":null",
                "\"dossierCode\":null,\"channel\":\"PHONE\",\"receivedAt\":\"2026-02-12T09:00:00+07:00\""));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode f = r.json();
        assertThat(f.get("channel").asString()).isEqualTo("PHONE");
        assertThat(f.get("lookupSecret").asString()).hasSize(8);
        assertThat(f.get("receivedBy").asString()).isEqualTo("kiemsoat");
        JsonNode due = f.get("deadlines");
        // Tết Bính Ngọ: 14–22/02/2026 off. Counting from the day after receipt: 13/02, then 23/02 onwards.
        assertThat(due.get("refusal").asString()).startsWith("2026-02-23");
        assertThat(due.get("forward").asString()).startsWith("2026-02-26");
        assertThat(due.get("handling").asString()).startsWith("2026-03-12");

        clock.set(ZonedDateTime.of(2026, 2, 24, 9, 0, 0, 0, VIETNAM));
        JsonNode rejected = ok("kiemsoat", get(f.get("code").asString()), "reject",
                "{\"reason\":\"Người gửi không cung cấp địa chỉ liên hệ thực\"}");
        assertThat(rejected.get("handledOnTime").asBoolean()).as("refused after 2 working days").isFalse();
    }

    @Test
    void aSupplementPausesTheQueueAndItsReceiptRestartsTheHandlingClock() {
        clock.set(ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, VIETNAM));
        JsonNode f = get(submitted("Bổ sung").get("code").asString());
        f = ok("kiemsoat", f, "request-supplement", "{\"text\":\"Đề nghị nêu rõ số quyết định đang áp dụng\"}");
        assertThat(f.get("status").asString()).isEqualTo("SUPPLEMENT_REQUESTED");
        assertThat(f.get("deadlines").get("stage").isNull()).isTrue();
        clock.advance(Duration.ofDays(10));
        f = ok("tiepnhan", f, "receive-supplement", "{\"note\":\"Người gửi bổ sung qua thư điện tử\"}");
        assertThat(f.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(f.get("deadlines").get("handling").asString()).as("15 working days from 12/03/2026")
                .startsWith("2026-04-02");
    }

    @Autowired
    List<org.springframework.boot.ApplicationRunner> runners;

    @Test
    void theDemoRegisterHoldsFeedbackInEveryStatusAndASecondStartAddsNothing() throws Exception {
        String all = "/api/v1/feedback?agency=000.00.22.H05&size=200";
        long before = as("kiemsoat").get(all).json().get("total").asLong();
        for (String status : List.of("RECEIVED", "SUPPLEMENT_REQUESTED", "ASSIGNED", "ANSWERED", "PUBLISHED", "REJECTED",
                "FORWARDED")) {
            assertThat(as("kiemsoat").get(all + "&status=" + status).json().get("total").asLong()).as(status)
                    .isPositive();
        }
        for (var runner : runners) {
            if (runner.getClass().getSimpleName().startsWith("FeedbackDemoData")) {
                runner.run(null);
            }
        }
        assertThat(as("kiemsoat").get(all).json().get("total").asLong()).isEqualTo(before);
        Api.Response answers = Api.at(port).get("/api/v1/public/feedback/answers?agency=000.00.22.H05&q=ban%20sao");
        assertThat(answers.json().get("total").asLong()).isPositive();
    }

    @Test
    void theSubmitterAnswersASupplementRequestWithTheSecretAndTheFeedbackGoesBackToWhereItWas() {
        JsonNode created = submitted("Bổ sung trực tuyến");
        String code = created.get("code").asString();
        String secret = created.get("lookupSecret").asString();
        JsonNode f = ok("kiemsoat", ok("kiemsoat", get(code), "accept", null), "request-supplement",
                "{\"text\":\"Đề nghị nêu số quyết định công bố thủ tục\"}");
        Api.Response tracked = Api.at(port).get("/api/v1/public/feedback/" + code + "?secret=" + secret);
        assertThat(tracked.json().get("supplementRequest").asString()).contains("số quyết định");
        Api.Response wrong = Api.at(port).post("/api/v1/public/feedback/" + code + "/supplement",
                "{\"secret\":\"WRONG234\",\"text\":\"Quyết định 1805/QĐ-UBND\"}");
        assertThat(wrong.status()).isEqualTo(404);
        Api.Response sent = Api.at(port).post("/api/v1/public/feedback/" + code + "/supplement",
                "{\"secret\":\"" + secret + "\",\"text\":\"Quyết định 1805/QĐ-UBND\"}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(get(code).get("status").asString()).isEqualTo("ACCEPTED");
        Api.Response again = Api.at(port).post("/api/v1/public/feedback/" + code + "/supplement",
                "{\"secret\":\"" + secret + "\",\"text\":\"Gửi lại\"}");
        assertThat(again.status()).as("nothing is awaited any more").isEqualTo(409);
        JsonNode history = as("kiemsoat").get("/api/v1/feedback/" + code + "/history").json();
        assertThat(history.get(history.size() - 1).get("note").asString()).contains("1805/QĐ-UBND");
        assertThat(history.get(history.size() - 1).get("actor").isNull()).isTrue();
    }

    @Test
    void aFeedbackOutsideCompetenceIsForwardedAndCountsAsHandled() {
        JsonNode f = get(submitted("Chuyển").get("code").asString());
        f = ok("lanhdao", f, "forward", "{\"target\":\"Sở Tư pháp tỉnh Bắc Ninh\",\"classification\":\"OUTSIDE_COMPETENCE\"}");
        assertThat(f.get("status").asString()).isEqualTo("FORWARDED");
        assertThat(f.get("handledOnTime").asBoolean()).isTrue();
        assertThat(f.get("availableActions")).isEmpty();
        Api.Response overdue = as("kiemsoat").get("/api/v1/feedback?overdue=true&size=200");
        assertThat(overdue.status()).isEqualTo(200);
        assertThat(overdue.body()).doesNotContain(f.get("code").asString());
    }
}

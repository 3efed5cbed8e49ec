package vn.motcua.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.motcua.support.Api;
import vn.motcua.support.DossierApi;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.MutableClock;

/**
 * Notifications end to end: the engine's change, the messages recorded and queued in its transaction, the outbox's
 * delivery over real SMTP (GreenMail) and real HTTP (the SMS brandname SOAP call) to stand-ins started here and
 * configured with the real flags, the dossier's detail, the templates API and the administrator's page. Runs in its
 * own application context (the channels are configured), so its database is its own.
 */
@IntegrationTest
class NotificationIntegrationTest {

    private static final int SMTP_PORT = freePort(2);
    private static final int SMS_PORT = freePort(1);
    private static final String ADMIN_PASSWORD = "Demo@12345";
    private static MailStandIn mail;
    private static SmsStandIn sms;

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry registry) {
        registry.add("motcua.mail.host", () -> "127.0.0.1");
        registry.add("motcua.mail.port", () -> Integer.toString(SMTP_PORT));
        registry.add("motcua.mail.from", () -> "motcua@so-khcn.example.vn");
        registry.add("motcua.sms.url", () -> "http://127.0.0.1:" + SMS_PORT + "/bulkSms/wsCpMt");
        registry.add("motcua.integration.outbox.first-retry", () -> "PT1S");
    }

    @BeforeAll
    static void startStandIns() throws IOException {
        mail = MailStandIn.start(SMTP_PORT);
        sms = SmsStandIn.start(SMS_PORT);
    }

    @AfterAll
    static void stopStandIns() {
        mail.close();
        sms.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Notifications notifications;

    @AfterEach
    void standInsRunAgain() throws IOException {
        if (sms == null) {
            sms = SmsStandIn.start(SMS_PORT);
        }
        if (mail == null) {
            mail = MailStandIn.start(SMTP_PORT);
        }
    }

    @Test
    void aDossierReceivedByPostForAnApplicantWithEmailAndPhoneGetsOneEmailAndOneSmsWithItsCode() {
        String email = unique("an") + "@example.vn";
        JsonNode dossier = register(email, "0912345678", null);
        String code = dossier.get("code").asString();

        await(() -> mailsTo(email).size() == 1 && smsWith(code).size() == 1);
        Map<String, Object> message = mailsTo(email).get(0);
        assertThat(message.get("subject")).isEqualTo("Hồ sơ " + code + " đã được tiếp nhận");
        assertThat((String) message.get("body")).contains(code, "Nguyễn Văn Nhận", "Ngày hẹn trả kết quả");
        assertThat(message.get("from")).asString().contains("motcua@so-khcn.example.vn");
        Map<String, Object> text = smsWith(code).get(0);
        assertThat(text.get("to")).isEqualTo("84912345678");
        assertThat((String) text.get("body")).startsWith("Ho so " + code + " da duoc tiep nhan").doesNotContain("ồ");

        await(() -> delivered(code) == 2);
        Api.Response detail = new DossierApi(port).desk().get("/api/v1/dossiers/" + code);
        assertThat(detail.status()).isEqualTo(200);
        JsonNode notifications = detail.json().get("notifications");
        assertThat(notifications).hasSize(2);
        assertThat(notifications.findValuesAsString("channel")).containsExactlyInAnyOrder("EMAIL", "SMS");
        assertThat(notifications.findValuesAsString("event")).containsOnly("RECEIVED");
        assertThat(notifications.findValuesAsString("state")).containsOnly("DELIVERED");
        assertThat(notifications.get(0).get("at").asString()).endsWith("+07:00");
        assertThat(jdbc.sql("SELECT legal_basis FROM notification WHERE code = :code LIMIT 1").param("code", code)
                .query(String.class).single()).contains("Thông báo dịch vụ công", code);
        assertThat(new DossierApi(port).desk().header("Accept", "text/html").get("/ho-so/" + code).body())
                .contains("Thông báo đã gửi người nộp", "Tin nhắn SMS", "Đã gửi");
    }

    @Test
    void anApplicantWhoGaveNeitherAnEmailNorAPhoneGetsNoMessage() {
        String code = register(null, null, null).get("code").asString();
        String witness = unique("chung") + "@example.vn";
        String witnessCode = register(witness, null, null).get("code").asString();

        await(() -> mailsTo(witness).size() == 1);
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE code = :code").param("code", code)
                .query(Long.class).single()).isZero();
        assertThat(mail.received()).noneSatisfy(m -> assertThat((String) m.get("body")).contains(code));
        assertThat(sms.received()).noneSatisfy(m -> assertThat((String) m.get("body")).contains(code));
        assertThat(smsWith(witnessCode)).as("no phone, no SMS").isEmpty();
    }

    @Test
    void theApplicantsChoiceOfEmailOnlySendsNoSmsToTheirPhone() {
        String email = unique("binh") + "@example.vn";
        String code = register(email, "0987654321", "[\"EMAIL\"]").get("code").asString();

        await(() -> mailsTo(email).size() == 1);
        assertThat(jdbc.sql("SELECT channel FROM notification WHERE code = :code").param("code", code)
                .query(String.class).list()).containsExactly("EMAIL");
        assertThat(smsWith(code)).isEmpty();
    }

    @Test
    void theDeskRecordsTheApplicantsChoiceOnTheIntakeForm() {
        String email = unique("giang") + "@example.vn";
        String form = "agency=" + DossierApi.AGENCY + "&procedure=" + DossierApi.TEN_DAY_PROCEDURE
                + "&channel=POSTAL&applicantType=CITIZEN&applicantName=L%C3%AA+V%C4%83n+Giang"
                + "&applicantPhone=0911222333&applicantEmail=" + email + "&resultDelivery=DESK&receive=on"
                + "&formToken=" + UUID.randomUUID() + "&noticesShown=on&notices=SMS&notices=ZALO";
        Api.Response registered = new DossierApi(port).desk().header("Accept", "text/html")
                .send("POST", "/mot-cua/tiep-nhan", "application/x-www-form-urlencoded", form);
        assertThat(registered.status()).as(registered.body()).isEqualTo(302);
        String code = registered.header("Location").replaceFirst(".*/ho-so/", "");

        await(() -> smsWith(code).size() == 1);
        assertThat(jdbc.sql("SELECT channels::text FROM notification_choice WHERE code = :code").param("code", code)
                .query(String.class).single()).isEqualTo("{SMS,ZALO}");
        assertThat(jdbc.sql("SELECT channel FROM notification WHERE code = :code").param("code", code)
                .query(String.class).list()).as("Zalo is not configured here, e-mail was not chosen")
                .containsExactly("SMS");
        assertThat(mailsTo(email)).isEmpty();
    }

    @Test
    void theApplicantChoosesTheChannelsOnTheOnlineFormAndIsToldWhenTheDeskReceivesTheDossier() {
        String email = unique("khanh") + "@example.vn";
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("formToken", UUID.randomUUID().toString());
        fields.put("agency", DossierApi.AGENCY);
        fields.put("procedure", DossierApi.ONLINE_PROCEDURE);
        fields.put("applicantType", "CITIZEN");
        fields.put("applicantName", "Đỗ Văn Khánh");
        fields.put("applicantPhone", "0903111222");
        fields.put("applicantEmail", email);
        fields.put("resultDelivery", "ONLINE");
        fields.put("noticesShown", "on");
        fields.put("notices", "EMAIL");
        fields.put("command", "submit");
        String boundary = "motcua-" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; "
                + "name=\"").append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file-0\"; "
                + "filename=\"don.pdf\"\r\nContent-Type: application/pdf\r\n\r\n").append(DossierApi.PDF)
                .append("\r\n--").append(boundary).append("--\r\n");
        Api.Response submitted = new DossierApi(port).as("congdan").header("Accept", "text/html")
                .send("POST", "/nop-ho-so", "multipart/form-data; boundary=" + boundary, body.toString());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(302);
        String code = submitted.header("Location").replaceFirst(".*/ho-so-cua-toi/", "");
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE code = :code").param("code", code)
                .query(Long.class).single()).as("nothing until the desk receives it").isZero();

        DossierApi api = new DossierApi(port);
        JsonNode dossier = api.desk().get("/api/v1/dossiers/" + code).json();
        api.ok("tiepnhan", dossier, "receive", "{}");
        await(() -> mailsTo(email).size() == 1);
        assertThat(mailsTo(email).get(0).get("subject")).isEqualTo("Hồ sơ " + code + " đã được tiếp nhận");
        assertThat(jdbc.sql("SELECT channel FROM notification WHERE code = :code").param("code", code)
                .query(String.class).list()).containsExactly("EMAIL");
    }

    @Test
    void aFeedbackSubmitterIsToldOfTheReceiptAndOfTheAnswerWithItsNumber() {
        String email = unique("hoa") + "@example.vn";
        Api.Response created = Api.at(port).post("/api/v1/public/feedback", """
                {"agencyCode":"%s","kind":"RECOMMENDATION","category":2,"subject":"Đề nghị bỏ bản sao chứng thực",
                 "content":"Thành phần hồ sơ yêu cầu bản sao chứng thực giấy phép, trong khi cơ quan đã có dữ liệu.",
                 "procedureCode":"1.014390",
                 "submitter":{"type":"CITIZEN","name":"Phạm Thị Hoa","address":"Bắc Ninh","email":"%s"}}
                """.formatted(DossierApi.AGENCY, email));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String number = created.json().get("code").asString();

        await(() -> mailsTo(email).size() == 1);
        assertThat(mailsTo(email).get(0).get("subject"))
                .isEqualTo("Phản ánh, kiến nghị số " + number + " đã được tiếp nhận");

        feedbackAction("kiemsoat", number, "accept", "{}");
        feedbackAction("truongphong", number, "assign", "{\"unit\":\"QLCN\",\"assignee\":\"chuyenvien\"}");
        feedbackAction("chuyenvien", number, "answer", """
                {"text":"Sở đã kiến nghị bỏ yêu cầu bản sao chứng thực.","outcome":"RECOMMEND_AMENDMENT",
                 "review":{"NECESSITY":"Cần thiết","FEASIBILITY":"Khả thi"}}""");
        await(() -> mailsTo(email).size() == 2);
        assertThat(mailsTo(email).get(1).get("subject"))
                .isEqualTo("Phản ánh, kiến nghị số " + number + " đã có kết quả xử lý");
    }

    private void feedbackAction(String user, String number, String action, String body) {
        Api api = new DossierApi(port).as(user);
        int version = api.get("/api/v1/feedback/" + number).json().get("version").asInt();
        Api.Response r = api.header("If-Match", "\"" + version + "\"")
                .post("/api/v1/feedback/" + number + "/actions/" + action, body);
        assertThat(r.status()).as(action + ": " + r.body()).isEqualTo(200);
    }

    @Test
    void aChannelChosenWithoutItsAddressIsRefusedAtRegistration() {
        Api.Response refused = new DossierApi(port).desk().post("/api/v1/dossiers",
                body(null, "0987654321", "[\"EMAIL\"]"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("chưa ghi địa chỉ thư điện tử");
    }

    @Test
    void whileTheSmsGatewayIsDownTheMessageWaitsAndArrivesOnceWhenItIsBack() throws IOException {
        sms.close();
        sms = null;
        String email = unique("cuong") + "@example.vn";
        String code = register(email, "0977000111", null).get("code").asString();

        await(() -> mailsTo(email).size() == 1);
        await(() -> attempts(code, "SMS") >= 1);
        assertThat(jdbc.sql("SELECT state FROM notification WHERE code = :code AND channel = 'SMS'")
                .param("code", code).query(String.class).single()).isEqualTo("PENDING");

        sms = SmsStandIn.start(SMS_PORT);
        clock.advance(Duration.ofMinutes(5));
        await(() -> smsWith(code).size() == 1 && delivered(code) == 2);
        assertThat(smsWith(code).get(0).get("repeated")).isEqualTo(false);
    }

    @Test
    void whileTheMailServerIsDownTheMessageWaitsAndArrivesOnceWhenItIsBack() throws IOException {
        mail.close();
        mail = null;
        String email = unique("em") + "@example.vn";
        String code = register(email, null, null).get("code").asString();

        await(() -> attempts(code, "EMAIL") >= 1);
        assertThat(jdbc.sql("SELECT last_answer FROM notification WHERE code = :code").param("code", code)
                .query(String.class).single()).contains("Không gửi được thư qua 127.0.0.1:" + SMTP_PORT);

        mail = MailStandIn.start(SMTP_PORT);
        clock.advance(Duration.ofMinutes(5));
        await(() -> mailsTo(email).size() == 1 && delivered(code) == 1);
    }

    @Test
    void anSmsThatTheRealValuesMakeTooLongIsRecordedAsFailedWithTheReasonAndTheRefusalGoesOn() {
        Api admin = Api.at(port).as("admin", ADMIN_PASSWORD);
        assertThat(admin.put("/api/v1/notification-templates/REFUSED/SMS",
                "{\"body\":\"Ho so {maHoSo} khong duoc tiep nhan. Ly do: {lyDo}\"}").status()).isEqualTo(200);
        String email = unique("lan") + "@example.vn";
        Api.Response created = new DossierApi(port).desk().post("/api/v1/dossiers",
                body(email, "0905666777", null).replace("\"receive\":true", "\"receive\":false"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String code = created.json().get("code").asString();

        String reason = "Hồ sơ không thuộc thẩm quyền giải quyết của Sở; " + "đề nghị nộp tại Ủy ban nhân dân cấp xã. "
                .repeat(8);
        JsonNode refused = new DossierApi(port).ok("tiepnhan", created.json(), "refuse",
                "{\"reason\":\"" + reason + "\"}");
        assertThat(refused.get("status").asString()).isEqualTo("NOT_ACCEPTED");
        assertThat(jdbc.sql("SELECT state || ' ' || last_answer FROM notification WHERE code = :code AND channel = 'SMS'")
                .param("code", code).query(String.class).single()).startsWith("FAILED Tin nhắn SMS dài")
                .contains("quá 2 tin");
        await(() -> mailsTo(email).stream().anyMatch(m -> ((String) m.get("body")).contains("đề nghị nộp tại")));
        assertThat(smsWith(code)).isEmpty();
    }

    @Test
    void theTemplatesAreForAdministratorsOnly() {
        Api admin = Api.at(port).as("admin", ADMIN_PASSWORD);
        Api.Response list = admin.get("/api/v1/notification-templates");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json()).hasSize(NotificationEvent.values().length * NotificationChannel.values().length);
        assertThat(list.body()).contains("RESULT_READY", "FEEDBACK_ANSWERED", "{maHoSo}");

        assertThat(new DossierApi(port).desk().get("/api/v1/notification-templates").status()).isEqualTo(403);
        assertThat(new DossierApi(port).desk().put("/api/v1/notification-templates", "[]").status()).isEqualTo(403);
        assertThat(Api.at(port).get("/api/v1/notification-templates").status()).isEqualTo(401);
    }

    @Test
    void theSeededTemplatesPassTheRulesTheyAreSavedBy() {
        Api admin = Api.at(port).as("admin", ADMIN_PASSWORD);
        Api.Response list = admin.get("/api/v1/notification-templates");
        Api.Response saved = admin.put("/api/v1/notification-templates", list.body());
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    @Test
    void anAdministratorSavesAnSmsTemplateWhoseDiacriticsAreStrippedWhenSent() {
        Api admin = Api.at(port).as("admin", ADMIN_PASSWORD);
        Api.Response saved = admin.put("/api/v1/notification-templates", """
                [{"event":"WITHDRAWN","channel":"SMS","body":"Đã ghi nhận yêu cầu rút hồ sơ {maHoSo} ngày {ngay}.",
                  "active":true}]""");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).contains("Đã ghi nhận yêu cầu rút hồ sơ {maHoSo}");

        Api.Response preview = admin.post("/api/v1/notification-templates/preview", """
                {"event":"WITHDRAWN","channel":"SMS","body":"Đã ghi nhận yêu cầu rút hồ sơ {maHoSo} ngày {ngay}."}""");
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json().get("body").asString())
                .isEqualTo("Da ghi nhan yeu cau rut ho so 000.00.22.H05-261207-0001 ngay 07/12/2026.");
        assertThat(preview.json().get("segments").asInt()).isEqualTo(1);
    }

    @Test
    void aTemplateThatBreaksAChannelsRuleIsRefusedWithTheReason() {
        Api admin = Api.at(port).as("admin", ADMIN_PASSWORD);
        Api.Response link = admin.put("/api/v1/notification-templates/RESULT_READY/SMS",
                "{\"body\":\"Ho so {maHoSo} da co ket qua, xem tai https://dichvucong.gov.vn\"}");
        assertThat(link.status()).isEqualTo(400);
        assertThat(link.body()).contains("không được chứa đường liên kết");
        Api.Response noCode = admin.put("/api/v1/notification-templates/RESULT_READY/EMAIL",
                "{\"subject\":\"Có kết quả\",\"body\":\"Hồ sơ của ông/bà đã có kết quả.\"}");
        assertThat(noCode.status()).isEqualTo(400);
        assertThat(noCode.body()).contains("{maHoSo}");
        Api.Response tooLong = admin.put("/api/v1/notification-templates/RESULT_READY/SMS",
                "{\"body\":\"Ho so {maHoSo} " + "da co ket qua. ".repeat(25) + "\"}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("quá 2 tin");
        // nothing was saved
        assertThat(admin.get("/api/v1/notification-templates").body()).doesNotContain("dichvucong.gov.vn");
    }

    @Test
    void theAdministratorsPageListsTemplatesChannelsAndRecentMessages() {
        String email = unique("dung") + "@example.vn";
        String code = register(email, null, null).get("code").asString();
        await(() -> delivered(code) == 1);

        Api.Response page = Api.at(port).as("admin", ADMIN_PASSWORD).get("/quan-tri/thong-bao");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Thông báo cho người nộp", "Mẫu thông báo", "Trả kết quả",
                "SMTP 127.0.0.1:" + SMTP_PORT, code, "Đã gửi", email.substring(0, 2) + "***@example.vn")
                .as("addresses are masked in the list").doesNotContain(email);
        assertThat(new DossierApi(port).desk().get("/quan-tri/thong-bao").status()).isEqualTo(403);
    }

    @Test
    void anOfficialWithAnAddressGetsADailyDigestOfTheOverdueDossiersOfTheirQueueOnce() {
        String email = unique("tiepnhan") + "@so-khcn.example.vn";
        Api admin = Api.at(port).as("admin", ADMIN_PASSWORD).header("Accept", "text/html");
        String form = "application/x-www-form-urlencoded";
        assertThat(admin.send("POST", "/quan-tri/thong-bao/can-bo", form, "username=tiepnhan&email=" + email)
                .status()).isEqualTo(302);
        admin.send("POST", "/quan-tri/thong-bao/can-bo", form, "username=congdan&email=x@example.vn");
        assertThat(admin.get("/quan-tri/thong-bao").body()).contains(email).doesNotContain("x@example.vn");
        String code = register(null, null, null).get("code").asString();

        clock.advance(Duration.ofDays(40));
        assertThat(admin.send("POST", "/quan-tri/thong-bao/tong-hop", form, "").status()).isEqualTo(302);
        await(() -> mailsTo(email).size() == 1);
        Map<String, Object> digest = mailsTo(email).get(0);
        assertThat((String) digest.get("subject")).startsWith("Hồ sơ quá hạn, sắp đến hạn trong hàng đợi của bạn");
        assertThat((String) digest.get("body")).contains("Quá hạn", code, "Nguyễn Văn Nhận");

        assertThat(notifications.sendDigestNow()).as("one digest a day: the day's is queued already").isFalse();
        String today = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                .toString();
        assertThat(jdbc.sql("SELECT count(*) FROM job_once WHERE kind = 'notification.digest.day' AND key = :day")
                .param("day", today).query(Long.class).single()).isEqualTo(1);
    }

    // helpers

    private JsonNode register(String email, String phone, String channels) {
        Api.Response created = new DossierApi(port).desk().post("/api/v1/dossiers", body(email, phone, channels));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private static String body(String email, String phone, String channels) {
        return """
                {"agencyCode":"%s","procedureCode":"%s","channel":"POSTAL","receive":true,%s
                 "applicant":{"type":"CITIZEN","name":"Nguyễn Văn Nhận","idNumber":"001085012345",
                              "address":"Bắc Ninh"%s%s}}
                """.formatted(DossierApi.AGENCY, DossierApi.TEN_DAY_PROCEDURE,
                channels == null ? "" : "\"noticeChannels\":" + channels + ",",
                email == null ? "" : ",\"email\":\"" + email + "\"", phone == null ? "" : ",\"phone\":\"" + phone + "\"");
    }

    private static List<Map<String, Object>> mailsTo(String email) {
        MailStandIn server = mail;
        return server == null ? List.of() : server.received().stream().filter(m -> email.equals(m.get("to"))).toList();
    }

    private static List<Map<String, Object>> smsWith(String code) {
        SmsStandIn gateway = sms;
        return gateway == null ? List.of()
                : gateway.received().stream().filter(m -> ((String) m.get("body")).contains(code)).toList();
    }

    private long delivered(String code) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE code = :code AND state = 'DELIVERED'")
                .param("code", code).query(Long.class).single();
    }

    private int attempts(String code, String channel) {
        return jdbc.sql("SELECT coalesce(max(attempts), 0) FROM notification WHERE code = :code AND channel = :channel")
                .param("code", code).param("channel", channel).query(Integer.class).single();
    }

    private static String unique(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void await(BooleanSupplier condition) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not within 20 seconds");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** A free port whose {@code count − 1} successors are free too. */
    private static int freePort(int count) {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (ServerSocket socket = new ServerSocket(0)) {
                int port = socket.getLocalPort();
                boolean free = true;
                for (int next = 1; next < count && free; next++) {
                    try (ServerSocket other = new ServerSocket(port + next)) {
                        free = other.getLocalPort() == port + next;
                    } catch (IOException e) {
                        free = false;
                    }
                }
                if (free) {
                    return port;
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("no free ports");
    }
}

package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.motcua.support.Api;
import vn.motcua.support.DossierApi;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.MutableClock;

/** Each legal transition through the API: allowed where the law allows it, refused with a reason where not. */
@IntegrationTest
class DossierTransitionsIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    private DossierApi api() {
        return new DossierApi(port);
    }

    private void at(String time) {
        clock.set(ZonedDateTime.parse(time + "+07:00[Asia/Ho_Chi_Minh]"));
    }

    private JsonNode inProgress(DossierApi api) {
        return api.ok("tiepnhan", api.received(DossierApi.TEN_DAY_PROCEDURE), "transfer", "{\"unit\":\"QLCN\"}");
    }

    private JsonNode submittedOnline(DossierApi api) {
        Api.Response created = api.as("congdan").post("/api/v1/dossiers",
                DossierApi.newDossier(DossierApi.ONLINE_PROCEDURE, "ONLINE", false, "Nguyễn Văn An"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(created.json().get("nationalStatus").asInt()).isEqualTo(1);
        assertThat(created.json().get("receivedAt").isNull()).isTrue();
        return created.json();
    }

    @Test
    void anOnlineDossierWaitsForTheDeskAndItsClockStartsWhenTheDeskReceivesIt() {
        DossierApi api = api();
        JsonNode d = submittedOnline(api);
        at("2026-03-03T14:00:00");
        d = api.ok("tiepnhan", d, "receive", null);
        assertThat(d.get("receivedAt").asString()).isEqualTo("2026-03-03T14:00:00+07:00");
        assertThat(d.get("dueAt").asString()).as("\"15 ngày\" counted as working days by default")
                .isEqualTo("2026-03-24T14:00:00+07:00");
    }

    @Test
    void aReasonGivenWithAnActionThatNeedsNoneIsStillRecordedWithItsEvent() {
        DossierApi api = api();
        JsonNode d = api.ok("tiepnhan", api.received(DossierApi.TEN_DAY_PROCEDURE), "transfer",
                "{\"unit\":\"QLCN\",\"reason\":\" Hồ sơ ưu tiên \"}");
        JsonNode history = api.desk().get("/api/v1/dossiers/" + d.get("code").asString() + "/history").json();
        JsonNode transfer = history.get(history.size() - 1);
        assertThat(transfer.get("type").asString()).isEqualTo("transfer");
        assertThat(transfer.get("reason").asString()).isEqualTo("Hồ sơ ưu tiên");
    }

    @Test
    void eachPersonIsOfferedOnlyTheActionsTheirRoleAllowsOnTheDossiersStatus() {
        DossierApi api = api();
        String path = "/api/v1/dossiers/" + inProgress(api).get("code").asString();
        assertThat(api.as("truongphong").get(path).json().get("availableActions").toString())
                .contains("\"assign\"", "\"resolve\"").doesNotContain("\"stop\"", "\"withdraw\"");
        assertThat(api.as("tiepnhan").get(path).json().get("availableActions").toString())
                .contains("\"stop\"").doesNotContain("\"assign\"", "\"resolve\"");
        assertThat(api.as("kiemsoat").get(path).json().get("availableActions")).as("a control officer reads only")
                .isEmpty();
    }

    @Test
    void anApplicantCannotReceiveHisOwnDossierNorSubmitAtTheDesk() {
        DossierApi api = api();
        Api.Response desk = api.as("congdan").post("/api/v1/dossiers",
                DossierApi.newDossier(DossierApi.TEN_DAY_PROCEDURE, "DIRECT", true, "Nguyễn Văn An"));
        assertThat(desk.status()).isEqualTo(403);
        JsonNode d = submittedOnline(api);
        assertThat(api.act("congdan", d, "receive", null).status()).isEqualTo(403);
    }

    @Test
    void aProcedureWithoutOnlineServiceRefusesAnOnlineDossier() {
        Api.Response refused = api().as("congdan").post("/api/v1/dossiers",
                DossierApi.newDossier(DossierApi.TEN_DAY_PROCEDURE, "ONLINE", false, "Nguyễn Văn An"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("chưa cung cấp dịch vụ công trực tuyến");
    }

    @Test
    void theDeskAsksOnceForEveryGapBeforeReceiptThenReceivesOrRefuses() {
        DossierApi api = api();
        JsonNode d = submittedOnline(api);
        assertThat(api.act("tiepnhan", d, "request-completion", "{\"reason\":\"Thiếu giấy tờ\"}").status())
                .as("the gaps must be listed").isEqualTo(400);
        d = api.ok("tiepnhan", d, "request-completion",
                "{\"reason\":\"Hồ sơ chưa đầy đủ\",\"items\":[\"Bản sao Giấy chứng nhận đăng ký doanh nghiệp\","
                        + "\"Báo cáo tài chính năm gần nhất\"]}");
        assertThat(d.get("status").asString()).isEqualTo("INTAKE_SUPPLEMENT");
        d = api.ok("congdan", d, "resubmit", null);
        assertThat(d.get("status").asString()).isEqualTo("SUBMITTED");
        Api.Response second = api.act("tiepnhan", d, "request-completion",
                "{\"reason\":\"Còn thiếu\",\"items\":[\"Bản chính\"]}");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("detail").asString()).contains("chỉ được yêu cầu 1 lần");
        assertThat(api.act("tiepnhan", d, "refuse", null).status()).as("a refusal needs its reason").isEqualTo(400);
        d = api.ok("tiepnhan", d, "refuse", "{\"reason\":\"Không thuộc thẩm quyền của Sở\"}");
        assertThat(d.get("status").asString()).isEqualTo("NOT_ACCEPTED");
        assertThat(d.get("nationalStatus").asInt()).isEqualTo(3);
        assertThat(api.act("tiepnhan", d, "receive", null).status()).isEqualTo(409);
    }

    @Test
    void aSupplementDuringProcessingStopsTheClockRestartsItFromZeroAndIsAllowedOnlyOnce() {
        DossierApi api = api();
        JsonNode d = inProgress(api);
        at("2026-03-03T10:00:00");
        d = api.ok("truongphong", d, "request-supplement",
                "{\"reason\":\"Thiếu thuyết minh\",\"items\":[\"Thuyết minh nhiệm vụ có chữ ký\"]}");
        assertThat(d.get("status").asString()).isEqualTo("SUPPLEMENT_REQUESTED");
        assertThat(d.get("nationalStatus").asInt()).isEqualTo(5);
        at("2026-03-09T08:00:00");
        d = api.ok("tiepnhan", d, "receive-supplement", null);
        assertThat(d.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(d.get("originalDueAt").asString()).as("the first due date is kept")
                .isEqualTo("2026-03-16T09:00:00+07:00");
        assertThat(d.get("dueAt").asString()).as("10 working days again from the complete supplement")
                .isEqualTo("2026-03-23T08:00:00+07:00");
        Api.Response again = api.act("truongphong", d, "request-supplement",
                "{\"reason\":\"Thiếu nữa\",\"items\":[\"Bản sao\"]}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("chỉ được yêu cầu bổ sung 1 lần");
    }

    @Test
    void aSupplementRequestAfterThreeWorkingDaysFromReceiptIsRefused() {
        DossierApi api = api();
        JsonNode d = inProgress(api);
        at("2026-03-05T09:30:00");
        Api.Response late = api.act("truongphong", d, "request-supplement",
                "{\"reason\":\"Thiếu\",\"items\":[\"Bản sao\"]}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("detail").asString()).contains("Đã quá 3 ngày làm việc");
    }

    @Test
    void anExtensionIsGrantedOnceAtLeastOneWorkingDayBeforeTheDueDateAndCountsTheDossierLate() {
        DossierApi api = api();
        JsonNode d = inProgress(api);
        String body = "{\"reason\":\"Cần thêm thời gian thẩm định thực tế\",\"newDueAt\":\"2026-03-20T16:00:00+07:00\"}";
        assertThat(api.act("chuyenvien", d, "extend", body).status()).as("the unit head or leader extends")
                .isEqualTo(403);
        at("2026-03-13T09:00:00");
        d = api.ok("truongphong", d, "extend", body);
        assertThat(d.get("dueAt").asString()).isEqualTo("2026-03-20T16:00:00+07:00");
        assertThat(d.get("deadlineDueAt").asString()).isEqualTo("2026-03-16T09:00:00+07:00");
        assertThat(d.get("extended").asBoolean()).isTrue();
        Api.Response twice = api.act("truongphong", d, "extend",
                "{\"reason\":\"Lần nữa\",\"newDueAt\":\"2026-03-27T16:00:00+07:00\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("detail").asString()).contains("một lần");
        JsonNode history = api.desk().get("/api/v1/dossiers/" + d.get("code").asString() + "/history").json();
        JsonNode extension = history.get(history.size() - 1);
        assertThat(extension.get("before").get("dueAt").asString()).isEqualTo("2026-03-16T02:00:00Z");
        assertThat(extension.get("reason").asString()).isEqualTo("Cần thêm thời gian thẩm định thực tế");
    }

    @Test
    void anExtensionAskedLessThanOneWorkingDayBeforeTheDueDateIsRefused() {
        DossierApi api = api();
        JsonNode d = inProgress(api);
        at("2026-03-13T09:01:00");
        Api.Response late = api.act("truongphong", d, "extend",
                "{\"reason\":\"Chậm\",\"newDueAt\":\"2026-03-20T16:00:00+07:00\"}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("detail").asString()).contains("chậm nhất 1 ngày làm việc trước ngày hẹn trả");
    }

    @Test
    void paymentSuspendsNothingButMovesTheDossierToAwaitingPaymentAndBack() {
        DossierApi api = api();
        JsonNode d = inProgress(api);
        d = api.ok("chuyenvien", d, "request-payment", "{\"amountVnd\":500000,\"note\":\"Lệ phí cấp giấy\"}");
        assertThat(d.get("status").asString()).isEqualTo("AWAITING_PAYMENT");
        assertThat(d.get("nationalStatus").asInt()).isEqualTo(6);
        assertThat(d.get("feesPaid").asBoolean()).isFalse();
        d = api.ok("tiepnhan", d, "confirm-payment", "{\"paidOnline\":true}");
        assertThat(d.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(d.get("feesPaid").asBoolean()).isTrue();
        assertThat(d.get("fees").get(0).get("paidOnline").asBoolean()).isTrue();
    }

    @Test
    void aWithdrawalEndsProcessingAndTheDeskIssuesTheStopNotice() {
        DossierApi api = api();
        JsonNode d = inProgress(api);
        d = api.ok("tiepnhan", d, "withdraw", "{\"reason\":\"Công dân có đơn xin rút hồ sơ\"}");
        assertThat(d.get("status").asString()).isEqualTo("WITHDRAWAL_REQUESTED");
        assertThat(d.get("nationalStatus").asInt()).isEqualTo(7);
        assertThat(d.get("finishedAt").isNull()).isFalse();
        d = api.ok("tiepnhan", d, "stop", "{\"reason\":\"Dừng theo đề nghị của công dân\"}");
        assertThat(d.get("status").asString()).isEqualTo("STOPPED");
        assertThat(d.get("nationalStatus").asInt()).isEqualTo(8);
        assertThat(api.act("lanhdao", d, "resolve", "{\"outcome\":\"GRANTED\"}").status()).isEqualTo(409);
    }

    @Test
    void aResultCannotBeGrantedBeforeTheInternalProcedureIsWalkedButARefusalWithReasonsCan() {
        DossierApi api = api();
        JsonNode d = inProgress(api);
        Api.Response early = api.act("lanhdao", d, "resolve", "{\"outcome\":\"GRANTED\"}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asString()).contains("chưa đi hết các bước");
        assertThat(api.act("lanhdao", d, "resolve", "{\"outcome\":\"REFUSED\"}").status()).isEqualTo(400);
        d = api.ok("lanhdao", d, "resolve", "{\"outcome\":\"REFUSED\",\"reason\":\"Không đáp ứng điều kiện\"}");
        assertThat(d.get("outcome").asString()).isEqualTo("REFUSED");
        assertThat(d.get("status").asString()).isEqualTo("RESOLVED");
    }

    @Test
    void aStepReturnedWithAReasonRestartsThePreviousStep() {
        DossierApi api = api();
        JsonNode d = inProgress(api);
        d = api.ok("truongphong", d, "complete-step", "{\"assignee\":\"chuyenvien\"}");
        assertThat(d.get("currentStepName").asString()).isEqualTo("Thẩm định hồ sơ, dự thảo kết quả");
        assertThat(api.act("chuyenvien", d, "return-step", null).status()).isEqualTo(400);
        d = api.ok("chuyenvien", d, "return-step", "{\"reason\":\"Phân công nhầm chuyên viên\"}");
        assertThat(d.get("currentStepName").asString()).isEqualTo("Phân công xử lý");
        JsonNode sheet = api.desk().get("/api/v1/dossiers/" + d.get("code").asString() + "/control-sheet").json();
        assertThat(sheet.get(2).get("outcome").asString()).isEqualTo("RETURNED");
        assertThat(sheet.get(2).get("note").asString()).isEqualTo("Phân công nhầm chuyên viên");
    }

    @Test
    void aConsultationHasItsOwnDeadlineAndMustBeClosedBeforeTheStepMovesOn() {
        DossierApi api = api();
        JsonNode d = inProgress(api);
        assertThat(api.act("truongphong", d, "consult", "{\"target\":\"Sở Tài chính\"}").status()).isEqualTo(400);
        d = api.ok("truongphong", d, "consult", "{\"target\":\"Sở Tài chính\",\"workingHours\":16}");
        assertThat(d.get("stage").asString()).isEqualTo("CONSULTING");
        assertThat(api.act("truongphong", d, "hand-off", "{\"target\":\"Sở Nội vụ\",\"workingHours\":8}").status())
                .isEqualTo(409);
        d = api.ok("truongphong", d, "complete-step", "{\"note\":\"Sở Tài chính thống nhất\"}");
        assertThat(d.get("stage").asString()).isEqualTo("PROCESSING");
        JsonNode sheet = api.desk().get("/api/v1/dossiers/" + d.get("code").asString() + "/control-sheet").json();
        JsonNode consultation = sheet.get(sheet.size() - 1);
        assertThat(consultation.get("kind").asString()).isEqualTo("CONSULTATION");
        assertThat(consultation.get("dueAt").asString()).isEqualTo("2026-03-04T09:00:00+07:00");
    }

    @Test
    void aDossierReceivedBeforeTetIsDueAfterTheTetDaysOff() {
        DossierApi api = api();
        api.publishTestProcedure();
        at("2026-02-12T09:00:00");
        Api.Response created = api.desk().post("/api/v1/dossiers",
                DossierApi.newDossier(DossierApi.TEST_PROCEDURE, "DIRECT", true, "Trần Thị Bình"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("code").asString()).contains("-260212-");
        assertThat(created.json().get("dueAt").asString()).as("14–22/02/2026 are days off for Tết Bính Ngọ")
                .isEqualTo("2026-03-05T09:00:00+07:00");
    }

    @Test
    void aMakeUpSaturdayCountsAsAWorkingDayAndTheNationalDayBreakDoesNot() {
        at("2026-08-21T09:00:00");
        JsonNode d = api().received(DossierApi.TEN_DAY_PROCEDURE);
        assertThat(d.get("dueAt").asString()).as("Sat 22/8 is worked; 29/8–2/9 are off")
                .isEqualTo("2026-09-08T09:00:00+07:00");
    }

    @Test
    void anOnlineDossierMissingAMandatoryDocumentCannotBeReceivedUntilItIsUploaded() {
        DossierApi api = api();
        api.publishTestProcedure();
        Api.Response created = api.as("congdan").post("/api/v1/dossiers",
                DossierApi.newDossier(DossierApi.TEST_PROCEDURE, "ONLINE", false, "Trần Thị Bình"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode d = created.json();
        Api.Response refused = api.act("tiepnhan", d, "receive", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("Đơn đề nghị");
        String code = d.get("code").asString();
        Api.Response script = api.as("congdan").upload("/api/v1/dossiers/" + code + "/documents", "1", "don.pdf",
                "<script>alert(1)</script>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(script.status()).as("the type is read from the bytes, not the name").isEqualTo(400);
        assertThat(script.json().get("detail").asString()).contains("không thuộc định dạng được chấp nhận");
        Api.Response uploaded = api.as("congdan").upload("/api/v1/dossiers/" + code + "/documents", "1", "don.pdf",
                "%PDF-1.4\n%âãÏÓ\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        assertThat(uploaded.json().get(0).get("documentName").asString()).isEqualTo("Đơn đề nghị");
        d = api.ok("tiepnhan", d, "receive", null);
        assertThat(d.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(d.get("digitized").asBoolean()).isTrue();
    }

    @Test
    void aPaperDossierReceivedAfterThreePmIsDueAtTheDeskForTransferTheNextWorkingMorning() {
        at("2026-03-06T15:30:00");
        JsonNode d = api().received(DossierApi.TEN_DAY_PROCEDURE);
        assertThat(d.get("stepDueAt").asString()).as("Friday 15:30 → Monday's morning window")
                .isEqualTo("2026-03-09T11:30:00+07:00");
    }
}

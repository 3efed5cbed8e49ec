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

@IntegrationTest
class DossierLifecycleIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    private DossierApi api() {
        return new DossierApi(port);
    }

    @Test
    void aDeskDossierWalksFromReceiptThroughTheInternalProcedureToTheReturnedResult() {
        DossierApi api = api();
        JsonNode d = api.received(DossierApi.TEN_DAY_PROCEDURE);
        assertThat(d.get("code").asString()).matches("000\\.00\\.22\\.H05-260302-\\d{4}");
        assertThat(d.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(d.get("nationalStatus").asInt()).isEqualTo(2);
        assertThat(d.get("receivedAt").asString()).isEqualTo("2026-03-02T09:00:00+07:00");
        assertThat(d.get("dueAt").asString()).as("10 working days of 8 hours from Monday 09:00")
                .isEqualTo("2026-03-16T09:00:00+07:00");
        assertThat(d.get("lookupSecret").asString()).matches("[A-Z2-9]{8}");
        assertThat(d.get("currentStepName").asString()).as("the reply names the desk's step as a read does")
                .isNotBlank().isEqualTo(api.desk().get("/api/v1/dossiers/" + d.get("code").asString()).json()
                        .get("currentStepName").asString());

        clock.set(ZonedDateTime.parse("2026-03-02T10:00:00+07:00[Asia/Ho_Chi_Minh]"));
        d = api.ok("tiepnhan", d, "transfer", "{\"unit\":\"QLCN\"}");
        assertThat(d.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(d.get("nationalStatus").asInt()).isEqualTo(4);
        assertThat(d.get("currentStepName").asString()).isEqualTo("Phân công xử lý");
        d = api.ok("truongphong", d, "assign", "{\"assignee\":\"chuyenvien\"}");
        assertThat(d.get("currentStepName").asString()).as("assigning did the assignment step")
                .isEqualTo("Thẩm định hồ sơ, dự thảo kết quả");
        d = api.ok("chuyenvien", d, "complete-step", "{\"note\":\"Hồ sơ đủ điều kiện\"}");
        d = api.ok("truongphong", d, "complete-step", null);
        d = api.ok("lanhdao", d, "complete-step", null);
        d = api.ok("lanhdao", d, "complete-step", null);
        assertThat(d.get("stage").asString()).isEqualTo("READY_TO_ISSUE");
        clock.set(ZonedDateTime.parse("2026-03-05T15:00:00+07:00[Asia/Ho_Chi_Minh]"));
        d = api.ok("lanhdao", d, "resolve", "{\"outcome\":\"GRANTED\"}");
        assertThat(d.get("status").asString()).isEqualTo("RESOLVED");
        assertThat(d.get("timeliness").asString()).isEqualTo("EARLY");
        d = api.ok("tiepnhan", d, "return-result", "{\"delivery\":\"DESK\"}");
        assertThat(d.get("status").asString()).isEqualTo("RETURNED");
        assertThat(d.get("nationalStatus").asInt()).isEqualTo(10);

        String code = d.get("code").asString();
        JsonNode history = api.desk().get("/api/v1/dossiers/" + code + "/history").json();
        assertThat(history.findValuesAsString("type")).containsExactly("created", "receive", "transfer", "assign",
                "complete-step", "complete-step", "complete-step", "complete-step", "resolve",
                "return-result");
        assertThat(history.get(2).get("before").get("status").asString()).isEqualTo("RECEIVED");
        assertThat(history.get(2).get("after").get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(history.get(2).get("actor").asString()).isEqualTo("tiepnhan");

        JsonNode sheet = api.desk().get("/api/v1/dossiers/" + code + "/control-sheet").json();
        assertThat(sheet).hasSize(6);
        assertThat(sheet.get(0).get("timeliness").asString()).as("transferred on the day of receipt").isEqualTo("ON_TIME");

        JsonNode tracking = Api.at(port).get("/api/v1/public/dossiers/" + code + "?secret="
                + d.get("lookupSecret").asString()).json();
        assertThat(tracking.get("status").asString()).isEqualTo("RETURNED");
        assertThat(tracking.has("applicant")).isFalse();
        assertThat(tracking.get("steps").findValuesAsString("label")).contains("Tiếp nhận hồ sơ", "Trả kết quả");
        assertThat(Api.at(port).get("/api/v1/public/dossiers/" + code + "?secret=WRONG123").status()).isEqualTo(404);
    }

    @Test
    void aForbiddenTransitionIsRefusedWith409SayingWhyInVietnamese() {
        DossierApi api = api();
        JsonNode d = api.received(DossierApi.TEN_DAY_PROCEDURE);
        Api.Response refused = api.act("tiepnhan", d, "return-result", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("Trả kết quả").contains("Được tiếp nhận");
    }

    @Test
    void aStaleVersionGets412AndAMissingOneGets428() {
        DossierApi api = api();
        JsonNode d = api.received(DossierApi.TEN_DAY_PROCEDURE);
        api.ok("tiepnhan", d, "transfer", "{\"unit\":\"QLCN\"}");
        Api.Response stale = api.act("truongphong", d, "assign", "{\"assignee\":\"chuyenvien\"}");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("detail").asString()).contains("đã được cập nhật");
        Api.Response missing = api.as("truongphong").post("/api/v1/dossiers/" + d.get("code").asString()
                + "/actions/assign", "{\"assignee\":\"chuyenvien\"}");
        assertThat(missing.status()).isEqualTo(428);
    }
}

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

/**
 * A request wrong in two ways gets the answer it always got: an unknown dossier, a stale version, a forbidden caller
 * or a rule of the dossier is reported before a missing field of the body; a malformed value before anything.
 */
@IntegrationTest
class ActionPrecedenceIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    private DossierApi api() {
        return new DossierApi(port);
    }

    @Test
    void aMissingReasonIsReportedAfterTheDossierTheVersionAndTheCaller() {
        DossierApi api = api();
        JsonNode d = api.ok("tiepnhan", api.received(DossierApi.TEN_DAY_PROCEDURE), "transfer",
                "{\"unit\":\"QLCN\"}");
        String code = d.get("code").asString();
        int version = d.get("version").asInt();
        assertThat(api.act("lanhdao", "KHONG-CO", version, "stop", null).status()).isEqualTo(404);
        assertThat(api.act("lanhdao", code, version - 1, "stop", null).status()).isEqualTo(412);
        assertThat(api.act("truongphong", code, version, "stop", null).status()).as("the desk or the leader stops")
                .isEqualTo(403);
        assertThat(api.act("tiepnhan", code, version, "refuse", null).status()).as("not allowed in progress")
                .isEqualTo(409);
        Api.Response missing = api.act("lanhdao", code, version, "stop", null);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
    }

    @Test
    void theOnceOnlyRuleAnswersASecondSupplementRequestEvenWithoutItsItems() {
        DossierApi api = api();
        JsonNode d = api.ok("tiepnhan", api.received(DossierApi.TEN_DAY_PROCEDURE), "transfer",
                "{\"unit\":\"QLCN\"}");
        clock.set(ZonedDateTime.parse("2026-03-03T10:00:00+07:00[Asia/Ho_Chi_Minh]"));
        d = api.ok("truongphong", d, "request-supplement", "{\"reason\":\"Thiếu\",\"items\":[\"Bản sao\"]}");
        d = api.ok("tiepnhan", d, "receive-supplement", null);
        Api.Response again = api.act("truongphong", d, "request-supplement", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("chỉ được yêu cầu bổ sung 1 lần");
    }

    @Test
    void aMalformedValueIsRefusedWhateverTheAction() {
        DossierApi api = api();
        JsonNode d = api.received(DossierApi.TEN_DAY_PROCEDURE);
        Api.Response malformed = api.act("tiepnhan", d, "transfer", "{\"unit\":\"QLCN\",\"outcome\":\"MAYBE\"}");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("errors").get(0).get("field").asString()).isEqualTo("outcome");
    }
}

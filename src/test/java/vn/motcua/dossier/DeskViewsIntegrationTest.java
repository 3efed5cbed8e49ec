package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.motcua.identity.DemoAgency;
import vn.motcua.support.Api;
import vn.motcua.support.DossierApi;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.MutableClock;

/** The one-stop desk keeps sight of the dossiers it received after handing them to a processing unit. */
@IntegrationTest
class DeskViewsIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    private DossierApi api() {
        return new DossierApi(port);
    }

    /**
     * Other tests receive many dossiers on the test clock's day; this class receives its own on days nobody else
     * uses, and every list is narrowed to that day's receipts.
     */
    private String day = "";

    private void receiveOn(int month, int dayOfMonth) {
        clock.set(ZonedDateTime.of(2026, month, dayOfMonth, 9, 0, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh")));
        String iso = String.format("2026-%02d-%02d", month, dayOfMonth);
        day = "from=" + iso + "&to=" + iso + "&";
    }

    private JsonNode codes(String query) {
        Api.Response page = api().desk().get("/api/v1/dossiers?size=100&" + day + query);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json();
    }

    private boolean lists(String query, String code) {
        JsonNode page = codes(query);
        return page.get("items").findValuesAsString("code").contains(code);
    }

    @Test
    void theDeskFindsATransferredDossierInProcessingAResolvedOneReadyAndAReturnedOneReturnedToday() {
        receiveOn(7, 15);
        DossierApi api = api();
        JsonNode d = api.received(DossierApi.TEN_DAY_PROCEDURE);
        String code = d.get("code").asString();
        assertThat(lists("", code)).as("waiting at the desk: in the desk's own queue").isTrue();

        d = api.ok("tiepnhan", d, "transfer", "{\"unit\":\"QLCN\"}");
        assertThat(lists("", code)).as("after the transfer the desk's own queue no longer has it").isFalse();
        assertThat(lists("view=desk-processing", code)).isTrue();
        assertThat(lists("view=desk-ready", code)).isFalse();
        JsonNode item = codes("view=desk-processing").get("items").findParents("code").stream()
                .filter(n -> n.get("code").asString().equals(code)).findFirst().orElseThrow();
        assertThat(item.get("currentUnit").asString()).as("the JSON fields stay as they were").isEqualTo("QLCN");

        d = api.ok("truongphong", d, "assign", "{\"assignee\":\"chuyenvien\"}");
        while (!"READY_TO_ISSUE".equals(d.get("stage").asString())) {
            d = api.ok("lanhdao", d, "complete-step", null);
        }
        d = api.ok("lanhdao", d, "resolve", "{\"outcome\":\"GRANTED\"}");
        assertThat(lists("view=desk-processing", code)).isFalse();
        assertThat(lists("view=desk-ready", code)).isTrue();
        assertThat(lists("view=desk-ready&status=RESOLVED", code)).as("filters narrow a view").isTrue();
        assertThat(lists("view=desk-ready&channel=ONLINE", code)).isFalse();

        d = api.ok("tiepnhan", d, "return-result", "{\"delivery\":\"DESK\"}");
        assertThat(lists("view=desk-ready", code)).isFalse();
        assertThat(lists("view=desk-returned-today", code)).isTrue();
        assertThat(lists("", code)).isFalse();

        String page = api.desk().header("Accept", "text/html").get("/ho-so?view=desk-returned-today").body();
        assertThat(page).contains("<title>Hồ sơ cần xử lý", code, "Đã trả kết quả hôm nay: ");
    }

    @Test
    void aDossierWaitingForTheApplicantsSupplementIsInTheSupplementView() {
        receiveOn(7, 16);
        DossierApi api = api();
        JsonNode d = api.received(DossierApi.TEN_DAY_PROCEDURE);
        d = api.ok("tiepnhan", d, "transfer", "{\"unit\":\"QLCN\"}");
        d = api.ok("truongphong", d, "assign", "{\"assignee\":\"chuyenvien\"}");
        d = api.ok("chuyenvien", d, "request-supplement",
                "{\"reason\":\"Thiếu bản sao giấy chứng nhận\",\"items\":[\"Bản sao giấy chứng nhận\"]}");
        String code = d.get("code").asString();

        assertThat(lists("view=desk-supplement", code)).isTrue();
        assertThat(lists("view=desk-processing", code)).isFalse();
    }

    @Test
    void anUnknownViewIs400AndASpecialistCannotUseTheDesksViews() {
        Api.Response unknown = api().desk().get("/api/v1/dossiers?view=desk-everything");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("desk-processing", "desk-returned-today");

        Api.Response refused = Api.at(port).as("chuyenvien", DemoAgency.PASSWORD)
                .get("/api/v1/dossiers?view=desk-processing");
        assertThat(refused.status()).isEqualTo(403);
    }
}

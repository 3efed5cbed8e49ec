package vn.motcua.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.ContentProvenance;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.catalog.TimeLimitUnit;
import vn.motcua.support.Api;
import vn.motcua.support.DossierApi;
import vn.motcua.support.IntegrationTest;

/**
 * The national TTHC database pull (over real HTTP to the stand-in's {@code CSDLTTHC} calls) into catalog drafts of
 * the demo agency, and the daily reconciliation with the portal ({@code TraCuuHoSo}); the paid-online flag of the
 * portal message from the payment records.
 */
@IntegrationTest
class NationalServicesIntegrationTest extends PortalStandInContext {

    private static final String AGENCY = DossierApi.AGENCY;

    @LocalServerPort
    int port;
    @Autowired
    Catalog catalog;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPullDraftsEachChangedNationalProcedureWithItsProvenanceNeverPublishesAndPullingTwiceDraftsNothing() {
        Api admin = Api.at(port).as("admin", "Demo@12345");
        ProcedureVersion inForce = catalog.current(AGENCY, "1.014393");

        Api.Response first = admin.post("/api/v1/catalog/national-sync", "");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        JsonNode pull = first.json();
        assertThat(pull.get("errors")).as(pull.toString()).isEmpty();
        assertThat(pull.get("listed").asInt()).isEqualTo(4);
        assertThat(pull.get("created").asInt()).as("1.014434 is new to the agency, in its field").isEqualTo(1);
        assertThat(pull.get("changed").asInt()).as("the three demo procedures as the national database states them")
                .isEqualTo(3);

        ProcedureVersion fresh = last("1.014434");
        assertThat(fresh.source()).isEqualTo(ProcedureVersion.Source.DRAFT);
        assertThat(fresh.name()).isEqualTo("Thủ tục công nhận tổ chức thúc đẩy kinh doanh hỗ trợ khởi nghiệp sáng tạo");
        assertThat(fresh.content().timeLimit().amount()).isEqualByComparingTo("20");
        assertThat(fresh.content().timeLimit().unit()).isEqualTo(TimeLimitUnit.WORKING_DAY);
        assertThat(fresh.content().documents()).extracting(d -> d.name()).containsExactly("Văn bản đề nghị công nhận");

        ProcedureVersion draft = last("1.014393");
        assertThat(draft.source()).isEqualTo(ProcedureVersion.Source.DRAFT);
        assertThat(draft.version()).isGreaterThan(inForce.version());
        assertThat(draft.content().timeLimit().amount()).isEqualByComparingTo("30");
        assertThat(draft.content().onlineLevel()).as("not stated nationally: the catalog's")
                .isEqualTo(inForce.content().onlineLevel());
        assertThat(catalog.current(AGENCY, "1.014393").version()).as("a draft is never in force by itself")
                .isEqualTo(inForce.version());
        ContentProvenance provenance = catalog.provenance(AGENCY, "1.014393", draft.version(), "admin")
                .orElseThrow().provenance();
        assertThat(provenance.notes()).isEqualTo("CSDL quốc gia");
        assertThat(provenance.sources()).singleElement()
                .satisfies(s -> assertThat(s.site()).isEqualTo("CSDL quốc gia về thủ tục hành chính"));
        assertThat(portal.received()).anySatisfy(c -> assertThat(c.get("path")).isEqualTo("/CSDLTTHC/LayThuTuc"));

        int drafts = drafts();
        Api.Response second = admin.post("/api/v1/catalog/national-sync", "");
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().get("created").asInt()).isZero();
        assertThat(second.json().get("changed").asInt()).isZero();
        assertThat(second.json().get("unchanged").asInt()).isEqualTo(4);
        assertThat(drafts()).as("pulling twice makes no second draft").isEqualTo(drafts);

        // the national database changes one procedure: one new draft
        Map<String, Object> changed = portal.procedure("1.014393");
        changed.remove("NGAYCAPNHAT");
        changed.put("TENTTHC", "Công nhận trung tâm nghiên cứu và phát triển (sửa đổi)");
        portal.publishProcedure(changed);
        Api.Response third = admin.post("/api/v1/catalog/national-sync", "");
        assertThat(third.json().get("changed").asInt()).as(third.body()).isEqualTo(1);
        assertThat(last("1.014393").name()).isEqualTo("Công nhận trung tâm nghiên cứu và phát triển (sửa đổi)");
        assertThat(last("1.014393").version()).isEqualTo(draft.version() + 1);

        Api.Response list = admin.get("/api/v1/catalog/national-sync");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().size()).isGreaterThanOrEqualTo(3);
        assertThat(admin.get("/quan-tri/ket-noi").body()).contains("Danh mục TTHC từ CSDL quốc gia", "lan-keo-danh-muc",
                "Kéo thay đổi ngay");
        assertThat(Api.at(port).as("kiemsoat", "Demo@12345").post("/api/v1/catalog/national-sync", "").status())
                .isEqualTo(403);
    }

    @Test
    void aDossierWhoseDeliveryThePortalLostIsSentAgainWithItsStepsAndAStaleOneGetsItsStatus() {
        DossierApi api = new DossierApi(port);
        String lost = postal(api).get("code").asString();
        JsonNode staleDossier = postal(api);
        String stale = staleDossier.get("code").asString();
        await(() -> synced(lost) && synced(stale));

        portal.forget(lost);
        portal.forget(stale);
        // the portal holds the second at an older status than the one delivered
        portal.publishDossier(Map.of("MaHoSo", stale, "TrangThaiHoSo", 1));

        Api admin = Api.at(port).as("admin", "Demo@12345");
        Api.Response run = admin.post("/api/v1/integrations/portal-reconciliation", "");
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        JsonNode result = run.json();
        assertThat(result.get("missing").asInt()).as(result.toString()).isGreaterThanOrEqualTo(1);
        assertThat(result.get("stale").asInt()).as(result.toString()).isGreaterThanOrEqualTo(1);
        assertThat(result.get("differences").toString()).contains(lost, stale);

        // the fields, then the steps (two calls of one delivery)
        await(() -> !steps(lost).isEmpty() && Integer.valueOf(2).equals(status(stale)));
        assertThat(status(lost)).isEqualTo(2);
        assertThat(steps(lost)).as("the lost dossier's progress is sent again, once").hasSize(1);
        assertThat(steps(stale)).as("a stale dossier gets its fields, not its steps again").isEmpty();

        await(() -> jdbc.sql("SELECT count(*) FROM integration_outbox WHERE ordering_key IN (:a, :b) "
                + "AND state <> 'DELIVERED'").param("a", lost).param("b", stale).query(Long.class).single() == 0);
        JsonNode again = admin.post("/api/v1/integrations/portal-reconciliation", "").json();
        assertThat(again.get("differences").toString()).doesNotContain(lost).doesNotContain(stale);
        assertThat(admin.get("/quan-tri/ket-noi").body()).contains("Đối soát hằng ngày với Cổng", "lan-doi-soat");
    }

    @Test
    void thePortalMessageSaysPaidOnlineOnceAnOnlinePaymentOfTheDossierIsPaid() {
        DossierApi api = new DossierApi(port);
        JsonNode d = postal(api);
        String code = d.get("code").asString();
        await(() -> synced(code));
        assertThat(lastBody(code)).containsEntry("DuocThanhToanTrucTuyen", 0);

        jdbc.sql("""
                INSERT INTO payment (reference, dossier_code, agency_code, method, status, amount_vnd, payer_name,
                                     created_by, created_at, paid_at, settled_by)
                VALUES (:ref, :code, :agency, 'ONLINE', 'PAID', 200000, 'Nguyễn Văn An', 'test', now(), now(), 'IPN')
                """).param("ref", "TEST-" + code).param("code", code).param("agency", AGENCY).update();
        api.ok("tiepnhan", d, "transfer", "{\"unit\":\"QLCN\"}");
        await(() -> Integer.valueOf(4).equals(lastBody(code).get("TrangThaiHoSo")));
        assertThat(lastBody(code)).containsEntry("DuocThanhToanTrucTuyen", 1);
    }

    private static JsonNode postal(DossierApi api) {
        Api.Response created = api.desk().post("/api/v1/dossiers",
                DossierApi.newDossier(DossierApi.TEN_DAY_PROCEDURE, "POSTAL", true, "Nguyễn Văn An"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private boolean synced(String code) {
        return jdbc.sql("SELECT count(*) FROM integration_outbox WHERE ordering_key = :code AND state = 'DELIVERED'")
                .param("code", code).query(Long.class).single() > 0
                && jdbc.sql("SELECT count(*) FROM integration_outbox WHERE ordering_key = :code AND state <> 'DELIVERED'")
                .param("code", code).query(Long.class).single() == 0;
    }

    private ProcedureVersion last(String code) {
        List<ProcedureVersion> versions = catalog.versions(AGENCY, code);
        return versions.get(versions.size() - 1);
    }

    private int drafts() {
        return jdbc.sql("SELECT count(*) FROM national_catalog_item WHERE outcome <> 'UNCHANGED'")
                .query(Integer.class).single();
    }

    private static Integer status(String code) {
        Map<String, Object> held = portal.dossier(code);
        return held == null ? null : (Integer) held.get("TrangThaiHoSo");
    }

    private static List<Object> steps(String code) {
        Map<String, Object> held = portal.dossier(code);
        return held == null ? List.of() : new ArrayList<>((List<?>) held.getOrDefault("TienDo", List.of()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> lastBody(String code) {
        Map<String, Object> last = Map.of();
        for (Map<String, Object> call : portal.received()) {
            Map<String, Object> body = (Map<String, Object>) call.get("body");
            if ("/SynsTTHCC/DongBoHoSoMC".equals(call.get("path")) && code.equals(body.get("MaHoSo"))) {
                last = body;
            }
        }
        return last;
    }

    private static void await(BooleanSupplier condition) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("Not within 20 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}

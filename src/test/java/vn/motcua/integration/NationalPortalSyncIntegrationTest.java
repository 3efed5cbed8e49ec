package vn.motcua.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import vn.motcua.dossierimport.HistoryFile;
import vn.motcua.platform.JobHandler;
import vn.motcua.support.Api;
import vn.motcua.support.DossierApi;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.MutableClock;
import vn.motcua.support.TestAgencies;

/**
 * The dossier sync with the national portal end to end: the engine's change, the outbox row in its transaction, the
 * job queue's delivery over real HTTP to a {@link NationalPortalStandIn} started here, the record of the sync. Runs in
 * the application context of {@link PortalStandInContext} (the portal url is configured), apart from the other tests.
 */
@IntegrationTest
class NationalPortalSyncIntegrationTest extends PortalStandInContext {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void portalRunsAgain() throws IOException {
        if (portal == null) {
            portal = NationalPortalStandIn.start(PORTAL_PORT);
        }
        jobWorkers().start();
    }

    @Test
    void aDossierReceivedAtTheDeskReachesThePortalWithStatus2AndEachLaterChangeInOrder() {
        DossierApi api = new DossierApi(port);
        JsonNode d = api.received(DossierApi.TEN_DAY_PROCEDURE);
        String code = d.get("code").asString();

        awaitCalls(code, 2);
        List<Map<String, Object>> first = calls(code);
        assertThat(first.get(0).get("path")).isEqualTo("/SynsTTHCC/DongBoHoSoMC");
        assertThat(query(first.get(0)).get("isUpdating")).isEqualTo("false");
        assertThat(body(first.get(0))).containsEntry("TrangThaiHoSo", 2).containsEntry("KenhThucHien", 1)
                .containsEntry("MaTTHC", DossierApi.TEN_DAY_PROCEDURE).containsEntry("ChuHoSo", "Nguyễn Văn An")
                .containsKeys("NgayTiepNhan", "NgayHenTra", "NgayNopHoSo", "DinhDanhCHS");
        assertThat((String) body(first.get(0)).get("NgayHenTra")).matches("\\d{14}");
        assertThat(first.get(1).get("path")).isEqualTo("/SynsTTHCC/CapNhatTienDoHoSoMC");

        d = api.ok("tiepnhan", d, "transfer", "{\"unit\":\"QLCN\"}");
        d = api.ok("truongphong", d, "assign", "{\"assignee\":\"chuyenvien\"}");
        awaitAllDelivered(code, 3);
        List<Map<String, Object>> all = calls(code);
        // the two later changes go one by one, or merged into one delivery when both were pending at once
        assertThat(all.stream().filter(c -> c.get("path").equals("/SynsTTHCC/DongBoHoSoMC"))
                .map(c -> body(c).get("TrangThaiHoSo")).toList()).isIn(List.of(2, 4, 4), List.of(2, 4));
        assertThat(all.stream().filter(c -> c.get("path").equals("/SynsTTHCC/CapNhatTienDoHoSoMC"))
                .flatMap(c -> steps(c).stream()).map(s -> s.get("NoiDungXuLy")).toList())
                .containsExactly("Tiếp nhận hồ sơ (Trực tiếp tại Bộ phận Một cửa)",
                        "Chuyển hồ sơ đến phòng chuyên môn", "Phân công xử lý");
        assertThat(all).allSatisfy(c -> assertThat(c.get("repeated")).isEqualTo(false));

        assertThat(jdbc.sql("SELECT last_status_code FROM dossier_sync WHERE dossier_code = :code")
                .param("code", code).query(Integer.class).single()).isEqualTo(4);
        Api.Response outbox = Api.at(port).as("admin", "Demo@12345").get("/api/v1/integrations/outbox?state=DELIVERED&target=dvcqg");
        assertThat(outbox.status()).isEqualTo(200);
        assertThat(outbox.body()).contains(code);
    }

    @Test
    void whatChangedWhileThePortalWasDownArrivesOnceAndInOrderWhenItIsBack() throws IOException {
        portal.close();
        portal = null;
        DossierApi api = new DossierApi(port);
        JsonNode a = api.received(DossierApi.TEN_DAY_PROCEDURE);
        String codeA = a.get("code").asString();
        api.ok("tiepnhan", a, "transfer", "{\"unit\":\"QLCN\"}");
        String codeB = api.received(DossierApi.TEN_DAY_PROCEDURE).get("code").asString();
        await(() -> attempts(codeA) >= 1 && attempts(codeB) >= 1);
        assertThat(jdbc.sql("SELECT last_answer FROM integration_outbox WHERE ordering_key = :code ORDER BY id LIMIT 1")
                .param("code", codeA).query(String.class).single()).contains("Không kết nối được Cổng");

        portal = NationalPortalStandIn.start(PORTAL_PORT);
        clock.advance(Duration.ofMinutes(5));
        awaitAllDelivered(codeA, 2);
        awaitAllDelivered(codeB, 1);
        // the two changes of A waited together: one delivery, the latest fields (still an add) and both steps
        assertThat(calls(codeA).stream().map(c -> c.get("path") + " " + stateOf(c)).toList()).containsExactly(
                "/SynsTTHCC/DongBoHoSoMC 4", "/SynsTTHCC/CapNhatTienDoHoSoMC 2,4");
        assertThat(query(calls(codeA).get(0)).get("isUpdating")).isEqualTo("false");
        assertThat(calls(codeB).stream().map(c -> c.get("path") + " " + stateOf(c)).toList()).containsExactly(
                "/SynsTTHCC/DongBoHoSoMC 2", "/SynsTTHCC/CapNhatTienDoHoSoMC 2");
        assertThat(portal.received()).allSatisfy(c -> assertThat(c.get("repeated")).isEqualTo(false));
        assertThat(portal.received().stream().map(c -> c.get("idempotencyKey")).distinct().count())
                .isEqualTo(portal.received().size());
    }

    @Test
    void aMessageLeftPendingByACrashBetweenCommitAndDeliveryIsDelivered() {
        SmartLifecycle workers = jobWorkers();
        workers.stop();
        DossierApi api = new DossierApi(port);
        String code = api.received(DossierApi.TEN_DAY_PROCEDURE).get("code").asString();
        assertThat(jdbc.sql("SELECT count(*) FROM integration_outbox WHERE ordering_key = :code AND state = 'PENDING'")
                .param("code", code).query(Long.class).single()).as("committed with the dossier").isEqualTo(1);
        assertThat(calls(code)).isEmpty();

        workers.start();
        awaitCalls(code, 2);
        assertThat(body(calls(code).get(0))).containsEntry("TrangThaiHoSo", 2);
    }

    @Test
    void aMessageFailedAfterTheLastAttemptIsListedForTheAdministratorAndSentAgainOnRetry() throws IOException {
        portal.close();
        portal = null;
        DossierApi api = new DossierApi(port);
        JsonNode d = api.received(DossierApi.TEN_DAY_PROCEDURE);
        String code = d.get("code").asString();
        for (int attempt = 1; attempt <= 3; attempt++) {
            int expected = attempt;
            await(() -> attempts(code) >= expected);
            clock.advance(Duration.ofMinutes(5));
        }
        await(() -> "FAILED".equals(state(code)));
        // a later change of the dossier waits behind the failed message
        api.ok("tiepnhan", d, "transfer", "{\"unit\":\"QLCN\"}");

        Api admin = Api.at(port).as("admin", "Demo@12345");
        Api.Response failed = admin.get("/api/v1/integrations/outbox?state=FAILED&target=dvcqg");
        assertThat(failed.status()).isEqualTo(200);
        JsonNode entry = null;
        for (JsonNode e : failed.json()) {
            if (code.equals(e.get("orderingKey").asString())) {
                entry = e;
            }
        }
        assertThat(entry).as(failed.body()).isNotNull();
        assertThat(entry.get("attempts").asInt()).isEqualTo(3);
        assertThat(entry.get("lastAnswer").asString()).contains("Không kết nối được Cổng");
        assertThat(Api.at(port).as("tiepnhan", "Demo@12345").get("/api/v1/integrations/outbox").status())
                .isEqualTo(403);
        assertThat(admin.get("/api/v1/integrations/outbox?state=NOPE").status()).isEqualTo(400);
        assertThat(admin.get("/quan-tri/ket-noi").body()).contains("Gửi không thành công", code);
        Api.Response health = admin.get("/actuator/health");
        assertThat(health.status()).as("a failing partner degrades, the instance keeps serving").isEqualTo(200);
        assertThat(health.json().at("/components/nationalPortal/status").asString()).isEqualTo("DEGRADED");
        assertThat(health.json().at("/components/nationalPortal/details/failed").asLong()).isPositive();

        portal = NationalPortalStandIn.start(PORTAL_PORT);
        Api.Response retried = admin.post("/api/v1/integrations/outbox/" + entry.get("id").asLong() + "/retry", "");
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(admin.post("/api/v1/integrations/outbox/" + entry.get("id").asLong() + "/retry", "").status())
                .isEqualTo(409);
        awaitAllDelivered(code, 2);
        // sent again, the failed message goes with the change that waited behind it, in order
        assertThat(calls(code).stream().map(c -> c.get("path") + " " + stateOf(c)).toList()).containsExactly(
                "/SynsTTHCC/DongBoHoSoMC 4", "/SynsTTHCC/CapNhatTienDoHoSoMC 2,4");
    }

    @Test
    void changesOfOneDossierQueuedTogetherReachThePortalAsOneUpdateAndOneProgressCallWithEveryStepInOrder() {
        SmartLifecycle workers = jobWorkers();
        workers.stop();
        DossierApi api = new DossierApi(port);
        JsonNode d = api.received(DossierApi.TEN_DAY_PROCEDURE);
        String code = d.get("code").asString();
        d = api.ok("tiepnhan", d, "transfer", "{\"unit\":\"QLCN\"}");
        api.ok("truongphong", d, "assign", "{\"assignee\":\"chuyenvien\"}");
        List<Long> ids = messages(code);
        assertThat(ids).hasSize(3);
        assertThat(calls(code)).isEmpty();

        workers.start();
        awaitAllDelivered(code, 3);

        List<Map<String, Object>> calls = calls(code);
        assertThat(calls.stream().map(c -> c.get("path") + " " + stateOf(c)).toList()).containsExactly(
                "/SynsTTHCC/DongBoHoSoMC 4", "/SynsTTHCC/CapNhatTienDoHoSoMC 2,4,4");
        assertThat(query(calls.get(0)).get("isUpdating")).as("the registration stays an add").isEqualTo("false");
        assertThat(body(calls.get(0))).containsEntry("DonViXuLy", "QLCN").containsKeys("NgayTiepNhan", "NgayHenTra");
        assertThat(steps(calls.get(1)).stream().map(s -> s.get("NoiDungXuLy")).toList()).containsExactly(
                "Tiếp nhận hồ sơ (Trực tiếp tại Bộ phận Một cửa)", "Chuyển hồ sơ đến phòng chuyên môn",
                "Phân công xử lý");
        String headKey = jdbc.sql("SELECT idempotency_key FROM integration_outbox WHERE id = :id")
                .param("id", ids.get(0)).query(String.class).single();
        assertThat(calls.get(0).get("idempotencyKey")).isEqualTo(headKey + ":upto:" + ids.get(2));
        assertThat(jdbc.sql("SELECT count(*) FROM job WHERE kind = 'integration.outbox.deliver' AND payload IN (:ids)")
                .param("ids", ids.stream().map(String::valueOf).toList()).query(Long.class).single())
                .as("no job of the merged messages is left").isZero();
        assertThat(jdbc.sql("SELECT last_status_code, messages FROM dossier_sync WHERE dossier_code = :code")
                .param("code", code).query((rs, n) -> rs.getInt(1) + "/" + rs.getInt(2)).single()).isEqualTo("4/3");
        Api.Response outbox = Api.at(port).as("admin", "Demo@12345")
                .get("/api/v1/integrations/outbox?state=DELIVERED&target=dvcqg");
        for (long id : ids) {
            assertThat(outbox.body()).contains("\"id\":" + id + ",");
        }
    }

    @Test
    void aCrashAfterThePortalTookAMergedDeliveryResendsTheSameBatchWithTheSameKeysThoughAnotherChangeJoined() {
        SmartLifecycle workers = jobWorkers();
        workers.stop();
        DossierApi api = new DossierApi(port);
        JsonNode d = api.received(DossierApi.TEN_DAY_PROCEDURE);
        String code = d.get("code").asString();
        d = api.ok("tiepnhan", d, "transfer", "{\"unit\":\"QLCN\"}");
        long head = messages(code).get(0);

        // the job delivers, the portal takes it, and the process dies before the commit
        JobHandler deliver = context.getBeansOfType(JobHandler.class).values().stream()
                .filter(h -> h.kind().equals("integration.outbox.deliver")).findFirst().orElseThrow();
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(status -> {
            deliver.run(Long.toString(head));
            status.setRollbackOnly();
        });
        List<Map<String, Object>> first = calls(code);
        assertThat(first.stream().map(c -> c.get("path") + " " + stateOf(c)).toList()).containsExactly(
                "/SynsTTHCC/DongBoHoSoMC 4", "/SynsTTHCC/CapNhatTienDoHoSoMC 2,4");
        assertThat(delivered(code)).isZero();

        api.ok("truongphong", d, "assign", "{\"assignee\":\"chuyenvien\"}");
        workers.start();
        awaitAllDelivered(code, 3);

        List<Map<String, Object>> all = calls(code);
        assertThat(all).hasSize(6);
        for (int i = 0; i < 2; i++) {
            assertThat(all.get(2 + i).get("idempotencyKey")).isEqualTo(first.get(i).get("idempotencyKey"));
            assertThat(all.get(2 + i).get("body")).isEqualTo(first.get(i).get("body"));
            assertThat(all.get(2 + i).get("repeated")).as("the portal drops the repeat").isEqualTo(true);
        }
        assertThat(all.subList(4, 6).stream().map(c -> c.get("path") + " " + stateOf(c)).toList()).containsExactly(
                "/SynsTTHCC/DongBoHoSoMC 4", "/SynsTTHCC/CapNhatTienDoHoSoMC 4");
        assertThat(all.subList(4, 6)).allSatisfy(c -> assertThat(c.get("repeated")).isEqualTo(false));
        assertThat(portal.dossier(code).get("TienDo")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .hasSize(3);
    }

    @Test
    void theSyncMetricIsComputedWhenThePortalIsConfigured() {
        DossierApi api = new DossierApi(port);
        String code = api.received(DossierApi.TEN_DAY_PROCEDURE).get("code").asString();
        awaitCalls(code, 2);
        await(() -> jdbc.sql("SELECT count(*) FROM dossier_sync WHERE dossier_code = :code").param("code", code)
                .query(Long.class).single() == 1);
        Api.Response index = Api.at(port).as("lanhdao", "Demo@12345")
                .get("/api/v1/index/766?agency=" + DossierApi.AGENCY + "&period=2026-M03");
        assertThat(index.status()).as(index.body()).isEqualTo(200);
        JsonNode metric = null;
        for (JsonNode group : index.json().findValues("metrics")) {
            for (JsonNode m : group) {
                if ("DOSSIER_SYNC".equals(m.path("code").asString())) {
                    metric = m;
                }
            }
        }
        assertThat(metric).as(index.body()).isNotNull();
        assertThat(metric.get("available").asBoolean()).as(metric.toString()).isTrue();
        assertThat(metric.get("numerator").asLong()).isPositive();
    }

    @Test
    void thePortalForwardsAnOnlineDossierWithAServiceTokenWithinItsScopeAndOnlyOnce() {
        Api admin = Api.at(port).as("admin", "Demo@12345");
        Api.Response created = admin.post("/api/v1/service-tokens", """
                {"name":"Cổng DVCQG","agencyCode":"%s","roles":["DESK_OFFICER"],"expiresInDays":30}
                """.formatted(DossierApi.AGENCY));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String token = created.json().get("token").asString();
        long id = created.json().get("id").asLong();
        assertThat(token).startsWith("mc_");
        assertThat(admin.get("/api/v1/service-tokens").body()).contains("Cổng DVCQG").doesNotContain(token);

        Api portalClient = Api.at(port).header("Authorization", "Bearer " + token);
        String online = DossierApi.newDossier(DossierApi.ONLINE_PROCEDURE, "ONLINE", false, "Trần Thị Bình");
        Api.Response first = portalClient.header("Idempotency-Key", "dvcqg-000123").post("/api/v1/dossiers", online);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        Api.Response again = portalClient.header("Idempotency-Key", "dvcqg-000123").post("/api/v1/dossiers", online);
        assertThat(again.status()).as(again.body()).isIn(200, 201);
        assertThat(again.json().get("code").asString()).isEqualTo(first.json().get("code").asString());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(jdbc.sql("SELECT last_used_at IS NOT NULL FROM service_token WHERE id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
        String code = first.json().get("code").asString();

        // the token's scope: its agency and roles only
        Api.Response otherAgency = portalClient.post("/api/v1/dossiers", online.replace(DossierApi.AGENCY,
                TestAgencies.CODES.get(0)));
        assertThat(otherAgency.status()).as(otherAgency.body()).isEqualTo(403);
        assertThat(portalClient.get("/api/v1/integrations/outbox").status()).isEqualTo(403);
        assertThat(admin.post("/api/v1/service-tokens", """
                {"name":"x","agencyCode":"%s","roles":["ADMINISTRATOR"],"expiresInDays":30}
                """.formatted(DossierApi.AGENCY)).status()).isEqualTo(400);

        // Basic keeps working beside tokens; a wrong token is refused
        assertThat(admin.get("/api/v1/service-tokens").status()).isEqualTo(200);
        assertThat(Api.at(port).header("Authorization", "Bearer mc_wrong").get("/api/v1/dossiers/" + code).status())
                .isEqualTo(401);

        // expiry, then revocation
        clock.advance(Duration.ofDays(31));
        assertThat(portalClient.get("/api/v1/dossiers/" + code).status()).isEqualTo(401);
        clock.advance(Duration.ofDays(-31));
        assertThat(portalClient.get("/api/v1/dossiers/" + code).status()).isEqualTo(200);
        assertThat(admin.delete("/api/v1/service-tokens/" + id).status()).isEqualTo(200);
        assertThat(portalClient.get("/api/v1/dossiers/" + code).status()).isEqualTo(401);
        assertThat(admin.delete("/api/v1/service-tokens/999999").status()).isEqualTo(404);

        // the administrator's page lists the tokens and creates one
        assertThat(admin.get("/quan-tri/ket-noi").body()).contains("Tài khoản dịch vụ", "dich-vu-" + id, "Đã thu hồi")
                .doesNotContain(token);
        Api.Response page = admin.send("POST", "/quan-tri/ket-noi/tai-khoan", "application/x-www-form-urlencoded",
                "name=H%E1%BB%87+th%E1%BB%91ng+th%E1%BB%AD&agencyCode=" + DossierApi.AGENCY
                        + "&roles=SPECIALIST&days=7");
        assertThat(page.status()).isEqualTo(302);
        assertThat(admin.get("/api/v1/service-tokens").body()).contains("Hệ thống thử", "SPECIALIST");
    }

    @Test
    void anImportOfHistoricalDossiersWithRatingsSendsNothingToThePortal() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM integration_outbox").query(Long.class).single();
        StringBuilder file = new StringBuilder();
        HistoryFile.Written written = new HistoryFile(DossierApi.AGENCY, List.of(DossierApi.TEN_DAY_PROCEDURE),
                List.of(), List.of(new HistoryFile.Unit("QLCN", "chuyenvien", "truongphong")), 19L).withRatings()
                .write(file, 200, LocalDate.of(2025, 1, 2), LocalDate.of(2025, 6, 30));
        Api.Response imported = Api.at(port).as("admin", "Demo@12345")
                .send("POST", "/api/v1/dossiers/import", "application/x-ndjson", file.toString());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("accepted").asLong()).isEqualTo(written.lines());
        assertThat(jdbc.sql("SELECT count(*) FROM dossier_rating").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM integration_outbox").query(Long.class).single())
                .as("historical imports are not sent").isEqualTo(before);
    }

    private SmartLifecycle jobWorkers() {
        return context.getBean("jobWorkers", SmartLifecycle.class);
    }

    private int attempts(String code) {
        return jdbc.sql("SELECT coalesce(max(attempts), 0) FROM integration_outbox WHERE ordering_key = :code")
                .param("code", code).query(Integer.class).single();
    }

    private String state(String code) {
        return jdbc.sql("SELECT state FROM integration_outbox WHERE ordering_key = :code ORDER BY id LIMIT 1")
                .param("code", code).query(String.class).single();
    }

    private static List<Map<String, Object>> calls(String code) {
        return portal == null ? List.of() : portal.received().stream()
                .filter(c -> code.equals(body(c).get("MaHoSo"))).toList();
    }

    private static void awaitCalls(String code, int count) {
        await(() -> calls(code).size() >= count);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Map<String, Object> call) {
        return (Map<String, Object>) call.get("body");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> query(Map<String, Object> call) {
        return (Map<String, String>) call.get("query");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Map<String, Object> call) {
        return (List<Map<String, Object>>) body(call).get("TienDo");
    }

    /** The dossier's status sent, or the statuses of the progress steps sent, comma-separated. */
    private static Object stateOf(Map<String, Object> call) {
        return call.get("path").equals("/SynsTTHCC/DongBoHoSoMC") ? body(call).get("TrangThaiHoSo")
                : String.join(",", steps(call).stream().map(s -> String.valueOf(s.get("TrangThai"))).toList());
    }

    private List<Long> messages(String code) {
        return jdbc.sql("SELECT id FROM integration_outbox WHERE ordering_key = :code ORDER BY id")
                .param("code", code).query(Long.class).list();
    }

    private long delivered(String code) {
        return jdbc.sql("SELECT count(*) FROM integration_outbox WHERE ordering_key = :code AND state = 'DELIVERED'")
                .param("code", code).query(Long.class).single();
    }

    /** Waits until the dossier's {@code count} messages are delivered (their calls are all made by then). */
    private void awaitAllDelivered(String code, int count) {
        await(() -> messages(code).size() == count && delivered(code) == count);
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

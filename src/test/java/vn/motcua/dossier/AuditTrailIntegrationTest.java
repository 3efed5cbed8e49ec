package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import vn.motcua.support.Api;
import vn.motcua.support.DossierApi;
import vn.motcua.support.IntegrationTest;

/**
 * The audit trail finds what was changed directly in the database: an edited event at its step, a removed one by its
 * orphaned successor, and a rewrite that recomputed the chain by the daily anchor it no longer matches; officers'
 * readings of applicants' personal data are logged. Each tampering is undone before the test ends, so the shared
 * database stays intact for the other tests.
 */
@IntegrationTest
class AuditTrailIntegrationTest {

    private static final String VERIFY = "/api/v1/audit/verify?agency=" + DossierApi.AGENCY;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    private DossierApi api() {
        return new DossierApi(port);
    }

    /** Runs {@code sql} as someone with database access would, the table's triggers bypassed. */
    private void tamper(String sql, Map<String, ?> params) {
        tx.executeWithoutResult(status -> {
            jdbc.sql("SET LOCAL session_replication_role = replica").update();
            jdbc.sql(sql).params(params).update();
        });
    }

    /** Recomputes the dossier's whole chain in SQL, as someone who knows the digest function would. */
    private void rechain(long dossier) {
        int events = jdbc.sql("SELECT max(seq) FROM dossier_event WHERE dossier_id = :dossier")
                .param("dossier", dossier).query(Integer.class).single();
        for (int seq = 1; seq <= events; seq++) {
            tamper("""
                    UPDATE dossier_event e SET hash = dossier_event_digest((SELECT p.hash FROM dossier_event p
                            WHERE p.dossier_id = e.dossier_id AND p.seq = e.seq - 1), e)
                    WHERE dossier_id = :dossier AND seq = :seq""", Map.of("dossier", dossier, "seq", seq));
        }
    }

    private long dossierId(String code) {
        return jdbc.sql("SELECT id FROM dossier WHERE code = :code").param("code", code).query(Long.class).single();
    }

    /**
     * A dossier received by post: two history events (registered, received), kept out of the direct-intake and unit
     * queues other tests page through.
     */
    private JsonNode postal() {
        Api.Response created = api().desk().post("/api/v1/dossiers", DossierApi.newDossier(
                DossierApi.TEN_DAY_PROCEDURE, "POSTAL", true, "Người gửi qua bưu chính"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private JsonNode verify() {
        Api.Response response = api().as("lanhdao").get(VERIFY);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> brokenCodes(JsonNode verification) {
        return verification.get("breaks").valueStream().map(b -> b.get("dossierCode").asString()).toList();
    }

    @Test
    void historyWrittenThroughTheApplicationVerifiesIntact() {
        postal();

        JsonNode verification = verify();

        assertThat(verification.get("intact").asBoolean()).as(verification.toString()).isTrue();
        assertThat(verification.get("events").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(verification.get("agencies").get(0).asString()).isEqualTo(DossierApi.AGENCY);
    }

    @Test
    void anEventEditedInTheDatabaseIsFoundAtItsStep() {
        JsonNode d = postal();
        String code = d.get("code").asString();
        Map<String, Object> step = Map.of("dossier", dossierId(code), "seq", 2);
        String actor = jdbc.sql("SELECT actor FROM dossier_event WHERE dossier_id = :dossier AND seq = :seq")
                .params(step).query(String.class).single();

        tamper("UPDATE dossier_event SET actor = 'nguoi-khac' WHERE dossier_id = :dossier AND seq = :seq", step);
        try {
            JsonNode verification = verify();
            assertThat(verification.get("intact").asBoolean()).isFalse();
            JsonNode broken = verification.get("breaks").valueStream()
                    .filter(b -> b.get("dossierCode").asString().equals(code)).findFirst().orElseThrow();
            assertThat(broken.get("seq").asInt()).isEqualTo(2);
            assertThat(broken.get("problem").asString()).isEqualTo("CHANGED");
        } finally {
            tamper("UPDATE dossier_event SET actor = :actor WHERE dossier_id = :dossier AND seq = :seq",
                    Map.of("actor", actor, "dossier", step.get("dossier"), "seq", 2));
        }
        assertThat(verify().get("intact").asBoolean()).isTrue();
    }

    @Test
    void aRemovedEventLeavesItsSuccessorWithoutPredecessor() {
        JsonNode d = postal();
        String code = d.get("code").asString();
        long dossier = dossierId(code);
        long first = jdbc.sql("SELECT id FROM dossier_event WHERE dossier_id = :dossier AND seq = 1")
                .param("dossier", dossier).query(Long.class).single();
        tamper("CREATE TEMP TABLE removed_event ON COMMIT PRESERVE ROWS AS SELECT * FROM dossier_event WHERE id = :id",
                Map.of("id", first));
        tamper("DELETE FROM dossier_event WHERE id = :id", Map.of("id", first));
        try {
            JsonNode verification = verify();
            assertThat(brokenCodes(verification)).contains(code);
            JsonNode broken = verification.get("breaks").valueStream()
                    .filter(b -> b.get("dossierCode").asString().equals(code)).findFirst().orElseThrow();
            assertThat(broken.get("seq").asInt()).isEqualTo(2);
            assertThat(broken.get("problem").asString()).isEqualTo("MISSING_PREDECESSOR");
        } finally {
            tamper("INSERT INTO dossier_event SELECT * FROM removed_event", Map.of());
            tamper("DROP TABLE removed_event", Map.of());
        }
        assertThat(verify().get("intact").asBoolean()).isTrue();
    }

    @Test
    void aRewriteWithItsChainRecomputedNoLongerMatchesItsDailyAnchor() {
        DossierApi api = api();
        JsonNode d = postal();
        String code = d.get("code").asString();
        Api.Response anchored = api.as("admin").post("/api/v1/audit/anchors", "");
        assertThat(anchored.status()).as(anchored.body()).isEqualTo(201);
        assertThat(anchored.json().get("lastEventId").asLong()).isPositive();
        assertThat(verify().get("unanchoredEvents").asLong()).isZero();
        Map<String, Object> step = Map.of("dossier", dossierId(code), "seq", 1);
        String actor = jdbc.sql("SELECT actor FROM dossier_event WHERE dossier_id = :dossier AND seq = :seq")
                .params(step).query(String.class).single();

        tamper("UPDATE dossier_event SET actor = 'nguoi-khac' WHERE dossier_id = :dossier AND seq = :seq", step);
        rechain(dossierId(code));
        try {
            JsonNode verification = verify();
            assertThat(brokenCodes(verification)).as("the chain itself was recomputed").doesNotContain(code);
            assertThat(verification.get("intact").asBoolean()).isFalse();
            assertThat(verification.get("anchorBreaks").get(0).get("problem").asString())
                    .isEqualTo("EVENTS_CHANGED");
        } finally {
            tamper("UPDATE dossier_event SET actor = :actor WHERE dossier_id = :dossier AND seq = :seq",
                    Map.of("actor", actor, "dossier", step.get("dossier"), "seq", 1));
            rechain(dossierId(code));
        }
        assertThat(verify().get("intact").asBoolean()).isTrue();
    }

    @Test
    void onlyLeadersControlOfficersAndAdministratorsVerifyAndOnlyTheirAgencies() {
        assertThat(api().desk().get(VERIFY).status()).isEqualTo(403);
        assertThat(api().as("lanhdao").get("/api/v1/audit/verify?agency=000.00.97.T01").status()).isEqualTo(403);
        assertThat(api().as("admin").get("/api/v1/audit/verify").status()).isEqualTo(200);
        assertThat(api().desk().post("/api/v1/audit/anchors", "").status()).isEqualTo(403);
    }

    @Test
    void anOfficerReadingAnApplicantsDataIsLoggedAndTheApplicantReadingTheirOwnIsNot() {
        DossierApi api = api();
        String code = postal().get("code").asString();

        assertThat(api.as("chuyenvien").get("/api/v1/dossiers/" + code).status()).isEqualTo(200);

        Api.Response log = api.as("lanhdao").get("/api/v1/audit/personal-data?subject=" + code);
        assertThat(log.status()).as(log.body()).isEqualTo(200);
        assertThat(log.json().valueStream().map(a -> a.get("actor").asString()).toList())
                .containsExactly("chuyenvien");
        JsonNode access = log.json().get(0);
        assertThat(access.get("fields").valueStream().map(JsonNode::asString).toList())
                .containsExactly("idNumber", "phone", "email", "address");
        assertThat(access.get("channel").asString()).isEqualTo("API");
        assertThat(api.desk().get("/api/v1/audit/personal-data").status()).isEqualTo(403);
    }
}

package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.motcua.identity.DemoAgency;
import vn.motcua.support.Api;
import vn.motcua.support.DossierApi;
import vn.motcua.support.IntegrationTest;

/** Operators read Prometheus metrics and the parts of the health; nobody else does. */
@IntegrationTest
class ObservabilityIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void administratorsScrapeRequestsPoolQueueBacklogAndOverdueWork() {
        Api admin = Api.at(port).as("admin", DemoAgency.PASSWORD).header("Accept", "text/plain");
        admin.get("/api/v1/procedures?agency=" + DemoAgency.CODE.value()); // at least one request timed
        new DossierApi(port).received(DossierApi.TEN_DAY_PROCEDURE); // at least one action counted
        Api.Response metrics = admin.get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("motcua_jobs_pending", "motcua_jobs_failed", "motcua_outbox_pending",
                "motcua_outbox_failed", "motcua_dossiers_open",
                "motcua_dossiers_overdue", "motcua_feedback_overdue", "hikaricp_connections_active",
                "http_server_requests_seconds_count", "motcua_dossier_actions_total{action=\"registered\"");
        assertThat(Api.at(port).as("kiemsoat", DemoAgency.PASSWORD).get("/actuator/prometheus").status())
                .isEqualTo(403);
        assertThat(Api.at(port).header("Accept", "text/plain").get("/actuator/prometheus").status()).isIn(302, 401);
    }

    @Test
    void theHealthNamesTheDatabaseAndTheFileStoreToAdministratorsOnly() {
        JsonNode health = Api.at(port).as("admin", DemoAgency.PASSWORD).get("/actuator/health").json();
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/db/status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/fileStorage/status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/nationalPortal/details/configured").asBoolean()).as("off in the tests")
                .isFalse();
        JsonNode anonymous = Api.at(port).get("/actuator/health").json();
        assertThat(anonymous.get("status").asString()).isEqualTo("UP");
        assertThat(anonymous.has("components")).isFalse();
    }
}

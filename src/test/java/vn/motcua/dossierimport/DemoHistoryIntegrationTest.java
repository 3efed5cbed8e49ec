package vn.motcua.dossierimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import vn.motcua.identity.DemoAgency;
import vn.motcua.support.Api;
import vn.motcua.support.IntegrationTest;

/**
 * The demo's dossier history, on an application of its own (the other tests run without it): imported once through
 * the real import, with the applicants' ratings, counted by the reports and the index, and not again on a second
 * start.
 */
@IntegrationTest
@TestPropertySource(properties = "motcua.demo.dossier-history=400")
class DemoHistoryIntegrationTest {

    static final String AGENCY = "000.00.22.H05";

    @LocalServerPort
    int port;

    @Autowired
    List<ApplicationRunner> runners;

    Api as(String user) {
        return Api.at(port).as(user, DemoAgency.PASSWORD);
    }

    @Test
    void theDemoAgencyHasAYearAndAHalfOfDossiersThatTheReportsCountAndASecondStartAddsNone() throws Exception {
        JsonNode runs = as("admin").get("/api/v1/dossiers/import/runs").json();
        JsonNode demo = null;
        for (JsonNode run : runs) {
            if (run.get("fileName").asString().equals("demo-history.ndjson")) {
                demo = run;
            }
        }
        assertThat(demo).as("the demo's import run").isNotNull();
        assertThat(demo.get("status").asString()).isEqualTo("FINISHED");
        assertThat(demo.get("accepted").asLong()).isEqualTo(400);
        assertThat(demo.get("refused").asLong()).isZero();

        // the test clock stands at 02/03/2026: the history runs from 02/09/2024 to 01/03/2026
        JsonNode index = as("kiemsoat").get("/api/v1/index/766?agency=" + AGENCY
                + "&period=2025-Q4&periodType=CALENDAR").json();
        JsonNode onTime = null;
        for (JsonNode group : index.get("groups")) {
            for (JsonNode metric : group.get("metrics")) {
                if (metric.get("code").asString().equals("ON_TIME_PROCESSING")) {
                    onTime = metric;
                }
            }
        }
        assertThat(onTime.get("available").asBoolean()).isTrue();
        assertThat(onTime.get("denominator").asLong()).as("a quarter of the history").isGreaterThan(40);
        assertThat(onTime.get("numerator").asLong()).as("some late").isLessThan(onTime.get("denominator").asLong());
        assertThat(as("kiemsoat").get("/api/v1/dossiers?agency=" + AGENCY).json().get("total").asLong())
                .as("open work of the last weeks").isPositive();

        // about half of the returned dossiers carry the applicant's rating, in their history and in the figures
        JsonNode rated = as("kiemsoat").get("/api/v1/reports/dossier-resolution/dossiers?agency=" + AGENCY
                + "&period=2024-09-02..2026-03-01&figure=RATED").json();
        JsonNode notSatisfied = as("kiemsoat").get("/api/v1/reports/dossier-resolution/dossiers?agency=" + AGENCY
                + "&period=2024-09-02..2026-03-01&figure=RATED_NOT_SATISFIED").json();
        assertThat(rated.size()).as("rated dossiers").isGreaterThan(100);
        assertThat(notSatisfied.size()).as("a few not satisfied").isPositive().isLessThan(rated.size() / 5);
        String ratedCode = rated.get(0).get("code").asString();
        assertThat(as("kiemsoat").get("/api/v1/dossiers/" + ratedCode + "/history").body()).contains("\"rated\"");

        // dossiers resolved and waiting to be returned have their result, signed by the leader, verifiable by anyone
        JsonNode waiting = as("lanhdao").get("/api/v1/dossiers?agency=" + AGENCY + "&status=RESOLVED&size=100").json();
        JsonNode signed = null;
        for (JsonNode item : waiting.get("items")) {
            JsonNode results = as("lanhdao").get("/api/v1/dossiers/" + item.get("code").asString() + "/results").json();
            if (!results.isEmpty() && signed == null) {
                signed = results.get(0);
            }
        }
        assertThat(signed).as("a signed demo result").isNotNull();
        assertThat(signed.get("signed").asBoolean()).isTrue();
        String code = signed.get("resultCode").asString();
        byte[] pdf = as("lanhdao").get("/api/v1/dossiers/" + code.substring(0, code.indexOf("-KQ")) + "/results/"
                + code).bytes();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/demo-result.pdf"), pdf);
        JsonNode verified = Api.at(port).upload("/api/v1/signatures/verify", "file", "kq.pdf", pdf).json();
        assertThat(verified.get("intact").asBoolean()).isTrue();
        assertThat(verified.at("/issuedHere/resultCode").asString()).isEqualTo(code);

        for (ApplicationRunner runner : runners) {
            if (runner.getClass().getSimpleName().startsWith("DemoHistory")
                    || runner.getClass().getSimpleName().startsWith("ResultDemo")) {
                runner.run(null);
            }
        }
        assertThat(as("admin").get("/api/v1/dossiers/import/runs").json().size()).as("no second run")
                .isEqualTo(runs.size());
    }
}

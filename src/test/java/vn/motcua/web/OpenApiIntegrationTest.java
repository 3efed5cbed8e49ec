package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.motcua.support.Api;
import vn.motcua.support.IntegrationTest;

/** The API description a developer reads: titled, every operation summarised, described, tagged, its errors typed. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class OpenApiIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void everyOperationHasASummaryADescriptionATagAndItsProblemResponses(CapturedOutput output) {
        int before = output.getAll().length();
        Api.Response response = Api.at(port).get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        JsonNode api = response.json();
        assertThat(api.at("/info/title").asString()).contains("Một cửa").doesNotContain("OpenAPI definition");
        assertThat(api.at("/info/version").asString()).isNotBlank();
        assertThat(api.at("/info/description").asString()).contains("problem+json", "If-Match");

        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (var path : api.get("paths").properties()) {
            for (var method : path.getValue().properties()) {
                JsonNode op = method.getValue();
                String name = method.getKey().toUpperCase() + " " + path.getKey();
                operations++;
                if (op.path("summary").asString("").isBlank()) {
                    missing.add(name + ": summary");
                }
                if (op.path("description").asString("").isBlank()) {
                    missing.add(name + ": description");
                }
                if (op.path("tags").isEmpty()) {
                    missing.add(name + ": tag");
                }
                if (!op.at("/responses/403/content").has("application/problem+json")) {
                    missing.add(name + ": problem responses");
                }
            }
        }
        assertThat(operations).isGreaterThan(70);
        assertThat(missing).as("operations without what a developer needs").isEmpty();
        assertThat(output.getAll().substring(before)).as("serving the description logs no warning")
                .doesNotContain("Conflicting setter definitions").doesNotContain("Graceful exception")
                .doesNotContain(" WARN ");
    }

    @Test
    void everyOperationListsTheErrorsItMayAnswerAsProblems() {
        JsonNode api = Api.at(port).get("/v3/api-docs").json();
        List<String> missing = new ArrayList<>();
        for (var path : api.get("paths").properties()) {
            for (var method : path.getValue().properties()) {
                String name = method.getKey().toUpperCase() + " " + path.getKey();
                List<String> expected = new ArrayList<>(List.of("400", "401", "403", "404"));
                if (!method.getKey().equals("get")) {
                    expected.addAll(List.of("409", "412", "415", "428"));
                }
                for (String status : expected) {
                    if (!method.getValue().at("/responses/" + status + "/content").has("application/problem+json")) {
                        missing.add(name + ": " + status);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
        JsonNode paths = api.get("paths");
        assertThat(paths.at("/~1api~1v1~1public~1dossiers~1{code}/get/responses").has("429"))
                .as("the rate-limited public lookup documents 429").isTrue();
        assertThat(paths.at("/~1api~1v1~1public~1feedback/post/responses").has("429")).isTrue();
        assertThat(paths.at("/~1api~1v1~1public~1dossiers~1{code}~1rating/post/responses").has("429")).isTrue();
        assertThat(paths.at("/~1api~1v1~1procedures/get/responses").has("429")).as("not rate-limited").isFalse();
    }

    @Test
    void fieldsThatMayBeNullAreMarkedNullableAndTheOthersAreNot() {
        JsonNode schemas = Api.at(port).get("/v3/api-docs").json().at("/components/schemas");
        JsonNode agency = schemas.get("AgencyResponse").get("properties");
        assertThat(agency.at("/parentCode/type").toString()).contains("\"null\"");
        assertThat(agency.at("/validTo/type").toString()).contains("\"null\"");
        assertThat(agency.at("/predecessorCodes/type").toString()).as("a list is empty, not null")
                .doesNotContain("null");
        JsonNode user = schemas.get("UserResponse").get("properties");
        assertThat(user.at("/enabled/type").toString()).as("a boolean is never null").doesNotContain("null");
        JsonNode request = schemas.get("CreateAgencyRequest").get("properties");
        assertThat(request.at("/code/type").toString()).as("required by validation").doesNotContain("null");
    }

    @Test
    void theMainRequestsListTheirEnumsAndHaveExamples() {
        JsonNode api = Api.at(port).get("/v3/api-docs").json();
        JsonNode schemas = api.at("/components/schemas");
        assertThat(schemas.toString()).contains("\"ONLINE\"", "\"DIRECT\"", "\"NATIONAL_PORTAL\"",
                "\"RECOMMEND_AMENDMENT\"");
        JsonNode registerDossier = api.at("/paths/~1api~1v1~1dossiers/post/requestBody/content/application~1json");
        assertThat(registerDossier.has("example") || registerDossier.has("examples")).as("register example").isTrue();
        JsonNode submitFeedback = api.at("/paths/~1api~1v1~1public~1feedback/post/requestBody/content/application~1json");
        assertThat(submitFeedback.has("example") || submitFeedback.has("examples")).as("feedback example").isTrue();
    }
}

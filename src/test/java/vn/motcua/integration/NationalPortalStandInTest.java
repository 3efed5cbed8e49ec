package vn.motcua.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The stand-in speaks the portal's sync protocol over real HTTP and lists what it received. */
class NationalPortalStandInTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newHttpClient();
    private NationalPortalStandIn portal;

    @BeforeEach
    void start() throws Exception {
        portal = NationalPortalStandIn.start(0);
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void addsUpdatesAndAnswersWithTheDocumentedErrorCodes() throws Exception {
        String dossier = "{\"MaHoSo\":\"000.00.22.H05-260302-0001\",\"TrangThaiHoSo\":2}";
        assertThat(post("/SynsTTHCC/DongBoHoSoMC?MaDinhDanhDV=000.00.22.H05&isUpdating=true", dossier, "k0")
                .path("error_code").asString()).as("update of an unknown dossier").isEqualTo("-4");
        assertThat(post("/SynsTTHCC/DongBoHoSoMC?MaDinhDanhDV=000.00.22.H05&isUpdating=false", dossier, "k1")
                .path("error_code").asString()).isEqualTo("0");
        JsonNode again = post("/SynsTTHCC/DongBoHoSoMC?MaDinhDanhDV=000.00.22.H05&isUpdating=false", dossier, "k2");
        assertThat(again.path("error_code").asString()).isEqualTo("-3");
        assertThat(again.path("message").asString()).contains("đã tồn tại");
        assertThat(post("/SynsTTHCC/CapNhatTienDoHoSoMC", "{\"MaHoSo\":\"000.00.22.H05-260302-0001\",\"TienDo\":"
                + "[{\"TrangThai\":2}]}", "k3").path("error_code").asString()).isEqualTo("0");
        assertThat(post("/SynsTTHCC/DongBoHoSoMC?isUpdating=false", "{}", "k4").path("error_code").asString())
                .isEqualTo("-1");
    }

    @Test
    void aRepeatedIdempotencyKeyGetsTheFirstAnswerAndIsListedAsRepeated() throws Exception {
        String dossier = "{\"MaHoSo\":\"000.00.22.H05-260302-0002\",\"TrangThaiHoSo\":2}";
        post("/SynsTTHCC/DongBoHoSoMC?isUpdating=false", dossier, "same");
        assertThat(post("/SynsTTHCC/DongBoHoSoMC?isUpdating=false", dossier, "same").path("error_code").asString())
                .isEqualTo("0");
        List<Map<String, Object>> received = portal.received();
        assertThat(received).hasSize(2);
        assertThat(received.get(0)).containsEntry("repeated", false).containsEntry("idempotencyKey", "same");
        assertThat(received.get(1)).containsEntry("repeated", true);

        HttpResponse<String> list = client.send(HttpRequest.newBuilder(portal.uri().resolve("/received")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(list.body()).size()).isEqualTo(2);
    }

    private JsonNode post(String path, String body, String key) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(portal.uri() + path))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }
}

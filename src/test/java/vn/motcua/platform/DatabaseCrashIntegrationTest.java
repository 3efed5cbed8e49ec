package vn.motcua.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.identity.DemoAgency.PASSWORD;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.support.Command;
import vn.motcua.support.DossierApi;

/**
 * The embedded PostgreSQL killed under a running server ({@code kill -9} of its postmaster): requests are answered
 * 503 with {@code Retry-After} within a second instead of hanging, the health endpoint says the database is down at
 * once, the server starts its database again by itself, and every dossier acknowledged before the crash is there.
 */
class DatabaseCrashIntegrationTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private int port;

    @Test
    void aKilledEmbeddedDatabaseIsAnswered503ThenRestartedWithEveryAcknowledgedDossier() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/test-data/crash-" + UUID.randomUUID()));
        Path data = dir.resolve("data");
        port = freePort();
        Process server = Command.start(dir, "--server.port=" + port, "--motcua.data-dir=" + data,
                "--motcua.demo=true", "--motcua.demo.dossier-history=0");
        try {
            awaitStatus("/actuator/health/readiness", 200, Duration.ofMinutes(3), server);
            List<String> acknowledged = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                HttpResponse<String> created = send("POST", "/api/v1/dossiers", DossierApi.newDossier(
                        DossierApi.TEN_DAY_PROCEDURE, "DIRECT", true, "Trước sự cố " + i));
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                acknowledged.add(JsonMapper.builder().build().readTree(created.body()).get("code").asString());
            }

            long pid = Long.parseLong(Files.readAllLines(data.resolve("pgdata/postmaster.pid")).get(0).strip());
            ProcessHandle.of(pid).orElseThrow().destroyForcibly();
            long killed = System.nanoTime();

            HttpResponse<String> refused = awaitStatus("/api/v1/dossiers/" + acknowledged.get(0), 503,
                    Duration.ofSeconds(5), server);
            assertThat(Duration.ofNanos(System.nanoTime() - killed)).as("503 soon after the kill")
                    .isLessThan(Duration.ofSeconds(3));
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
            assertThat(refused.body()).contains("cơ sở dữ liệu");
            long asked = System.nanoTime();
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/actuator/health")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).as(health.body()).isEqualTo(503);
            assertThat(health.body()).contains("DOWN");
            assertThat(Duration.ofNanos(System.nanoTime() - asked)).as("the health endpoint answers at once")
                    .isLessThan(Duration.ofSeconds(1));

            awaitStatus("/api/v1/dossiers/" + acknowledged.get(0), 200, Duration.ofSeconds(60), server);
            for (String code : acknowledged) {
                assertThat(send("GET", "/api/v1/dossiers/" + code, null).statusCode()).as(code).isEqualTo(200);
            }
            HttpResponse<String> after = send("POST", "/api/v1/dossiers", DossierApi.newDossier(
                    DossierApi.TEN_DAY_PROCEDURE, "DIRECT", true, "Sau sự cố"));
            assertThat(after.statusCode()).as(after.body()).isEqualTo(201);
        } finally {
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
            ProcessHandle.allProcesses().filter(p -> p.info().arguments().map(a -> String.join(" ", a)
                    .contains(data.toAbsolutePath().toString())).orElse(false)).forEach(ProcessHandle::destroy);
        }
    }

    private HttpResponse<String> awaitStatus(String path, int status, Duration within, Process server)
            throws Exception {
        long until = System.nanoTime() + within.toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < until) {
            assertThat(server.isAlive()).as("the server process is running").isTrue();
            try {
                last = send("GET", path, null);
                if (last.statusCode() == status) {
                    return last;
                }
            } catch (IOException e) {
                // not listening yet, or the request timed out
            }
            Thread.sleep(100);
        }
        throw new AssertionError(path + " did not answer " + status + " within " + within + "; last: "
                + (last == null ? "no answer" : last.statusCode() + " " + last.body()));
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10)).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("tiepnhan:" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (json != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

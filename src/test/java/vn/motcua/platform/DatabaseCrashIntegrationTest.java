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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    /** The desk officer's HTTP Basic credentials. */
    private static final String DESK_OFFICER = "Basic " + Base64.getEncoder().encodeToString(
            ("tiepnhan:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

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

            // the API and the health endpoint asked side by side while the database is down (it comes back by
            // itself within seconds, so each keeps asking until it has seen the outage or time is up)
            ExecutorService askers = Executors.newFixedThreadPool(2);
            Future<Observed> api = askers.submit(() -> firstRefusal("/api/v1/dossiers/" + acknowledged.get(0), true,
                    killed));
            Future<Observed> health = askers.submit(() -> firstRefusal("/actuator/health", false, killed));
            Observed refused = api.get();
            Observed down = health.get();
            askers.shutdown();
            assertThat(refused.sinceKill()).as("503 soon after the kill").isLessThan(Duration.ofSeconds(3));
            assertThat(refused.response().headers().firstValue("Retry-After")).isPresent();
            assertThat(refused.response().headers().firstValue("Content-Type").orElse(""))
                    .contains("application/problem+json");
            assertThat(refused.response().body()).contains("cơ sở dữ liệu");
            assertThat(down.response().body()).contains("DOWN");
            assertThat(down.took()).as("the health endpoint answers at once").isLessThan(Duration.ofSeconds(1));

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

    /** A 503 answer, how long after the kill it came and how long the request took. */
    private record Observed(HttpResponse<String> response, Duration sinceKill, Duration took) {}

    /**
     * Sends a request every 50 ms (as the desk officer, or anonymously) without waiting for the earlier ones — a
     * request caught in flight by the crash may wait for the pool — until one is answered 503; fails after 10 s.
     */
    private Observed firstRefusal(String path, boolean signedIn, long killed) throws Exception {
        long until = killed + Duration.ofSeconds(10).toNanos();
        List<CompletableFuture<Observed>> sent = new ArrayList<>();
        while (System.nanoTime() < until) {
            long asked = System.nanoTime();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(10)).header("Accept", "application/json");
            if (signedIn) {
                request.header("Authorization", DESK_OFFICER);
            }
            sent.add(http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
                long now = System.nanoTime();
                return response.statusCode() == 503 ? new Observed(response, Duration.ofNanos(now - killed),
                        Duration.ofNanos(now - asked)) : null;
            }).exceptionally(e -> null));
            for (CompletableFuture<Observed> answer : sent) {
                if (answer.isDone() && answer.get() != null) {
                    return answer.get();
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError(path + " never answered 503 while the database was down");
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
                .header("Authorization", DESK_OFFICER);
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

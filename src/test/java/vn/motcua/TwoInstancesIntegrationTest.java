package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.platform.JobHandler;
import vn.motcua.support.Api;

/**
 * Two motcua instances on one external PostgreSQL server (Debian's, started here as the operating system's
 * {@code postgres} user would run it): a person signed in on one is served by the other, registrations through both
 * draw from one gap-free code sequence, two instances acting on one dossier at once never both win, and background
 * jobs run once each whichever instance takes them.
 */
class TwoInstancesIntegrationTest {

    private static final String AGENCY = "000.00.22.H05";
    private static final String PASSWORD = "Demo@12345";
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private static Path cluster;
    private static int dbPort;
    private static final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    /** The identity provider both instances sign citizens in with. */
    private static vn.motcua.cli.StandInIdentity identityProvider;

    @BeforeAll
    static void startDatabaseAndTwoInstances() throws Exception {
        Path bin = debianPostgres();
        cluster = Files.createTempDirectory("motcua-two-instances");
        dbPort = freePort();
        Path data = cluster.resolve("data");
        Files.createDirectories(data);
        asPostgres(cluster, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
                "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8");
        asPostgres(cluster, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-l",
                cluster.resolve("postgres.log").toString(), "-o", "-p " + dbPort + " -k " + cluster
                        + " -c listen_addresses=localhost -c max_connections=60", "start");
        Path files = cluster.resolve("files");
        identityProvider = vn.motcua.cli.StandInIdentity.start(0, "vneid");
        for (int i = 1; i <= 2; i++) {
            instances.add(new SpringApplicationBuilder(MotcuaApplication.class, DeliveryLog.class)
                    .properties("motcua.instance-name=" + i)
                    .run("--spring.datasource.url=jdbc:postgresql://localhost:" + dbPort + "/postgres",
                            "--spring.datasource.username=postgres", "--motcua.data-dir=" + files,
                            "--motcua.demo=true", "--server.port=0", "--spring.main.banner-mode=off",
                            "--spring.datasource.hikari.maximum-pool-size=8",
                            "--server.forward-headers-strategy=native",
                            "--motcua.sso.vneid.issuer-uri=" + identityProvider.issuer(),
                            "--motcua.sso.vneid.client-id=" + vn.motcua.cli.StandInIdentity.CLIENT_ID,
                            "--motcua.sso.vneid.client-secret=" + vn.motcua.cli.StandInIdentity.CLIENT_SECRET));
        }
        jdbc().sql("CREATE TABLE test_delivery (payload text PRIMARY KEY, instance text NOT NULL)").update();
    }

    @AfterAll
    static void stopAll() throws Exception {
        instances.forEach(ConfigurableApplicationContext::close);
        if (identityProvider != null) {
            identityProvider.close();
        }
        if (cluster != null) {
            asPostgres(cluster, debianPostgres().resolve("pg_ctl").toString(), "-D", cluster.resolve("data")
                    .toString(), "-w", "-m", "fast", "stop");
            try (Stream<Path> paths = Files.walk(cluster)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** A job handler on each instance that records which instance ran each job; a second run fails its insert. */
    @Configuration(proxyBeanMethods = false)
    static class DeliveryLog {
        @Bean
        JobHandler deliveryLog(JdbcClient jdbc, org.springframework.core.env.Environment env) {
            return new JobHandler() {
                @Override
                public String kind() {
                    return "test.delivery";
                }

                @Override
                public void run(String payload) {
                    jdbc.sql("INSERT INTO test_delivery (payload, instance) VALUES (:payload, :instance)")
                            .param("payload", payload).param("instance", env.getProperty("motcua.instance-name"))
                            .update();
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            };
        }
    }

    @Test
    void aPersonSignedInOnOneInstanceIsServedByTheOther() {
        Session desk = Session.signIn(port(0), "tiepnhan");
        Api.Response register = desk.on(port(1)).post("/api/v1/dossiers", newDossier("Nguyễn Thị Hai Nơi"));
        assertThat(register.status()).as(register.body()).isEqualTo(201);
        String code = register.json().get("code").asString();
        Api.Response read = desk.on(port(0)).get("/api/v1/dossiers/" + code);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("applicant").get("name").asString()).isEqualTo("Nguyễn Thị Hai Nơi");
        assertThat(jdbc().sql("SELECT count(*) FROM spring_session WHERE principal_name = 'tiepnhan'")
                .query(Long.class).single()).as("the session is in the database").isPositive();
    }

    /**
     * The pending authorization request (state, nonce, PKCE verifier) lives in the PostgreSQL session: the provider's
     * answer may reach the other instance behind the load balancer (here: the forwarded headers name the first).
     */
    @Test
    void aNationalSignInBegunOnOneInstanceIsFinishedByTheOther() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL))
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        String authorize = location(http, get("http://localhost:" + port(0) + "/oauth2/authorization/vneid"));
        assertThat(authorize).startsWith(identityProvider.issuer() + "/oauth2/authorize");
        String pick = location(http, get(authorize));
        String page = http.send(get(pick), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        String continued = location(http, java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                identityProvider.issuer() + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=" + field(page, "username")
                        + "&password=stand-in&_csrf=" + field(page, "_csrf"))).build());
        String callback = location(http, get(continued));
        assertThat(callback).startsWith("http://localhost:" + port(0) + "/login/oauth2/code/vneid?code=");
        String done = location(http, java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                callback.replace(":" + port(0) + "/", ":" + port(1) + "/")))
                .header("X-Forwarded-Host", "localhost:" + port(0)).header("X-Forwarded-Port", String.valueOf(port(0)))
                .header("X-Forwarded-Proto", "http").GET().build());
        assertThat(done).doesNotContain("loi-dinh-danh").endsWith("/");
        java.net.http.HttpResponse<String> mine = http.send(get("http://localhost:" + port(0) + "/ho-so-cua-toi"),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains("Nguyễn Văn An");
    }

    private static java.net.http.HttpRequest get(String uri) {
        return java.net.http.HttpRequest.newBuilder(java.net.URI.create(uri)).GET().build();
    }

    private static String location(java.net.http.HttpClient http, java.net.http.HttpRequest request)
            throws Exception {
        java.net.http.HttpResponse<String> reply = http.send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).as(request.uri() + ": " + reply.body()).isEqualTo(302);
        return java.net.URI.create(request.uri().toString()).resolve(reply.headers().firstValue("Location")
                .orElseThrow()).toString();
    }

    private static String field(String page, String name) {
        Matcher value = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(page);
        assertThat(value.find()).as(name + " in " + page).isTrue();
        return URLEncoder.encode(value.group(1), StandardCharsets.UTF_8);
    }

    @Test
    void registrationsThroughBothInstancesDrawOneGapFreeSequenceAndEveryReceiptIsRenderedOnce() throws Exception {
        Session[] desks = {Session.signIn(port(0), "tiepnhan"), Session.signIn(port(1), "tiepnhan")};
        int count = 40;
        List<Callable<String>> registrations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Session desk = desks[i % 2];
            String name = "Người nộp song song " + i;
            registrations.add(() -> {
                Api.Response reply = desk.api().post("/api/v1/dossiers", newDossier(name));
                assertThat(reply.status()).as(reply.body()).isEqualTo(201);
                return reply.json().get("code").asString();
            });
        }
        List<String> codes = runAll(registrations);
        String day = codes.get(0).substring(0, codes.get(0).lastIndexOf('-') + 1);
        List<Integer> today = jdbc().sql("SELECT code FROM dossier WHERE code LIKE :day ORDER BY code")
                .param("day", day + "%").query(String.class).list().stream()
                .map(code -> Integer.parseInt(code.substring(code.lastIndexOf('-') + 1))).toList();
        assertThat(codes).doesNotHaveDuplicates();
        assertThat(today).as("one sequence, no gaps").isEqualTo(java.util.stream.IntStream.rangeClosed(1, today.size())
                .boxed().toList());
        awaitNoJobs("dossier.form.render");
        assertThat(jdbc().sql("SELECT count(*) FROM dossier_form WHERE form = 'receipt' AND file_key IS NULL")
                .query(Long.class).single()).isZero();
        assertThat(jdbc().sql("SELECT count(*) FROM dossier_form f JOIN dossier d ON d.id = f.dossier_id"
                + " WHERE f.form = 'receipt' AND d.code LIKE :day").param("day", day + "%").query(Long.class).single())
                .isEqualTo(today.size());
    }

    @Test
    void twoInstancesActingOnOneDossierAtOnceNeverBothWin() throws Exception {
        Session one = Session.signIn(port(0), "tiepnhan");
        Session two = Session.signIn(port(1), "tiepnhan");
        for (int round = 0; round < 5; round++) {
            Api.Response register = one.api().post("/api/v1/dossiers", newDossier("Người tranh chấp " + round));
            String code = register.json().get("code").asString();
            String etag = register.header("ETag");
            List<Callable<Integer>> both = List.of(
                    () -> one.api().header("If-Match", etag).post("/api/v1/dossiers/" + code
                            + "/actions/transfer", "{\"unit\":\"QLCN\"}").status(),
                    () -> two.api().header("If-Match", etag).post("/api/v1/dossiers/" + code
                            + "/actions/transfer", "{\"unit\":\"QLKH\"}").status());
            assertThat(runAll(both)).containsExactlyInAnyOrder(200, 412);
            assertThat(jdbc().sql("SELECT count(*) FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id"
                    + " WHERE d.code = :code AND e.type = 'transfer'").param("code", code).query(Long.class)
                    .single()).isOne();
        }
    }

    @Test
    void aJobIsRunOnceWhicheverInstanceTakesIt() {
        int count = 300;
        jdbc().sql("INSERT INTO job (kind, payload, created_at) SELECT 'test.delivery', g::text, now()"
                + " FROM generate_series(1, :count) g").param("count", count).update();
        awaitNoJobs("test.delivery");
        assertThat(jdbc().sql("SELECT count(*) FROM test_delivery").query(Long.class).single()).isEqualTo(count);
        assertThat(jdbc().sql("SELECT count(*) FROM job WHERE kind = 'test.delivery'").query(Long.class).single())
                .as("none failed (a second delivery would have failed on the primary key)").isZero();
        assertThat(jdbc().sql("SELECT DISTINCT instance FROM test_delivery ORDER BY instance").query(String.class)
                .list()).as("both instances took jobs").containsExactly("1", "2");
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static String newDossier(String applicant) {
        return """
                {"agencyCode":"%s","procedureCode":"1.014438","channel":"DIRECT","receive":true,
                 "applicant":{"type":"CITIZEN","name":"%s","idNumber":"001085012345"}}""".formatted(AGENCY, applicant);
    }

    private static void awaitNoJobs(String kind) {
        for (int i = 0; i < 600; i++) {
            if (jdbc().sql("SELECT count(*) FROM job WHERE kind = :kind AND attempts = 0").param("kind", kind)
                    .query(Long.class).single() == 0) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("jobs of " + kind + " still queued after 30 s");
    }

    private static <T> List<T> runAll(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(tasks)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    private static int port(int instance) {
        return ((WebServerApplicationContext) instances.get(instance)).getWebServer().getPort();
    }

    private static JdbcClient jdbc() {
        return instances.get(0).getBean(JdbcClient.class);
    }

    /** A person's session (cookie and CSRF token) after signing in through the login form of one instance. */
    private record Session(String cookie, String csrf, int port) {

        static Session signIn(int port, String username) {
            Api anonymous = Api.at(port);
            Api.Response loginPage = anonymous.get("/login");
            String cookie = cookie(loginPage);
            Api.Response login = anonymous.header("Cookie", cookie).send("POST", "/login",
                    "application/x-www-form-urlencoded", "username=" + username + "&password="
                            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token(loginPage));
            assertThat(login.status()).isEqualTo(302);
            assertThat(login.header("Location")).doesNotContain("error");
            String signedIn = cookie(login);
            return new Session(signedIn, token(anonymous.header("Cookie", signedIn).get("/")), port);
        }

        Session on(int otherPort) {
            return new Session(cookie, csrf, otherPort);
        }

        Api api() {
            return Api.at(port).header("Cookie", cookie).header("X-CSRF-TOKEN", csrf);
        }

        Api.Response get(String path) {
            return api().get(path);
        }

        Api.Response post(String path, String json) {
            return api().post(path, json);
        }

        private static String cookie(Api.Response response) {
            String set = response.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("Set-Cookie"))
                    .flatMap(e -> e.getValue().stream()).filter(c -> c.startsWith("SESSION=")).findFirst()
                    .orElseThrow(() -> new AssertionError("no SESSION cookie: " + response.headers()));
            return set.substring(0, set.indexOf(';'));
        }

        private static String token(Api.Response page) {
            Matcher token = CSRF.matcher(page.body());
            if (!token.find()) {
                throw new AssertionError("no CSRF token in " + page.body());
            }
            return token.group(1);
        }
    }

    // ------------------------------------------------------------------------------------------ the server

    /** Debian's PostgreSQL server binaries (package {@code postgresql}, installed by {@code .ci/run}). */
    private static Path debianPostgres() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        try (Stream<Path> versions = Files.exists(root) ? Files.list(root) : Stream.empty()) {
            return versions.map(v -> v.resolve("bin")).filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.naturalOrder())
                    .orElseThrow(() -> new IllegalStateException("Debian's PostgreSQL server is not installed "
                            + "(apt-get install postgresql; .ci/run does it)"));
        }
    }

    /** Runs a server command as the {@code postgres} user when this process is root (initdb refuses root). */
    private static void asPostgres(Path dir, String... command) throws Exception {
        List<String> line = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            new ProcessBuilder("chown", "-R", "postgres:postgres", dir.toString()).inheritIO().start().waitFor();
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", line) + " failed:\n" + out);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package vn.motcua.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.dossierimport.HistoryFile;

/**
 * Load driver for the dossier engine at scale, against the real application jar over real HTTP.
 *
 * <ol>
 *   <li>starts {@code target/motcua.jar} with demo data on a fresh data directory (embedded PostgreSQL on a known port,
 *       so that the driver can read codes and secrets and explain the queue SQL);</li>
 *   <li>writes an NDJSON file of N historical dossiers of the demo agency and imports it through
 *       {@code POST /api/v1/dossiers/import} (streamed): import rate;</li>
 *   <li>vacuums and analyzes the dossier tables (what autovacuum does on its own after a bulk load);</li>
 *   <li>times queue pages (unit, assignee=me, whole agency) of signed-in officers, sequentially after warm-up;</li>
 *   <li>times the public lookup of random dossiers with their secrets;</li>
 *   <li>walks new dossiers through their whole life (register and receive, transfer, assign, every step of the
 *       internal procedure, resolve, return) with several concurrent clients: dossiers per second.</li>
 * </ol>
 * Options ({@code --name=value}): jar, data-dir, dossiers, port, heap, queue-requests, lookup-requests,
 * lifecycle-dossiers, clients, seed, keep-running; {@code --reuse=true} keeps the data directory of an earlier run
 * (no generation, no import), {@code --reimport=true} imports its file again (every line unchanged).
 */
public final class DossierLoadDriver {

    private static final String AGENCY = DossierFlow.AGENCY;
    private static final String PASSWORD = "Demo@12345";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Units where the generated open dossiers wait, and who they are assigned to. */
    private static final List<HistoryFile.Unit> UNITS = List.of(
            new HistoryFile.Unit("QLCN", "chuyenvien", "truongphong"),
            new HistoryFile.Unit("QLKH", "cv.qlkh.1", "cv.qlkh.2"),
            new HistoryFile.Unit("BCVTCDS", "cv.bcvt.1", "cv.bcvt.2"));
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final PrintStream OUT = System.out;

    private final DriverOptions options;
    private final List<String> report = new ArrayList<>();
    private String base;
    private String jdbcUrl;

    private DossierLoadDriver(DriverOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        new DossierLoadDriver(DriverOptions.parse(args)).run();
    }

    private void run() throws Exception {
        Path jar = Path.of(options.get("jar", "target/motcua.jar"));
        Path dataDir = Path.of(options.get("data-dir", "bench/target/dossier-bench-data"));
        int port = options.integer("port", freePort());
        int dbPort = freePort();
        int dossiers = options.integer("dossiers", 1_000_000);
        boolean reuse = options.flag("reuse");
        if (!reuse) {
            deleteRecursively(dataDir);
        }
        Files.createDirectories(dataDir);
        base = "http://localhost:" + port;
        jdbcUrl = "jdbc:postgresql://localhost:" + dbPort + "/postgres?user=postgres";

        Process app = launch(options, jar, dataDir, port, dbPort);
        try {
            long started = System.nanoTime();
            awaitHealthy(app, base);
            say("Application up in %.1f s (jar %s, heap %s)", seconds(started), jar, options.get("heap", "1g"));
            Path file = dataDir.resolve("dossiers.ndjson");
            if (!reuse) {
                generate(file, dossiers);
                importFile(file);
            }
            if (options.flag("reimport")) {
                importFile(file);
            }
            vacuum();
            explainQueues();
            queues(options.integer("queue-requests", 500));
            lookups(options.integer("lookup-requests", 2000));
            lifecycle(options.integer("lifecycle-dossiers", 240), options.integer("clients", 6));
            Files.write(dataDir.resolve("results.md"), report, StandardCharsets.UTF_8);
            say("Results written to %s", dataDir.resolve("results.md"));
            if (options.flag("keep-running")) {
                say("Application left running at %s (pid %d); stop it with kill %d", base, app.pid(), app.pid());
                return;
            }
        } catch (Exception e) {
            e.printStackTrace(OUT);
            throw e;
        } finally {
            if (!options.flag("keep-running")) {
                app.destroy();
                app.waitFor(60, TimeUnit.SECONDS);
            }
        }
    }

    // ------------------------------------------------------------------------------------------ import

    private void generate(Path file, int dossiers) throws Exception {
        List<String> current = new ArrayList<>();
        List<String> abolished = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl); Statement sql = db.createStatement();
             ResultSet rs = sql.executeQuery("""
                     SELECT p.code, bool_or(v.status = 'ABOLISHED') AS abolished
                     FROM catalog_procedure p JOIN catalog_version v ON v.procedure_id = p.id
                     WHERE p.agency_code = '%s' GROUP BY p.code ORDER BY p.code""".formatted(AGENCY))) {
            while (rs.next()) {
                (rs.getBoolean(2) ? abolished : current).add(rs.getString(1));
            }
        }
        long started = System.nanoTime();
        HistoryFile.Written written = new HistoryFile(AGENCY, current, abolished, UNITS,
                Long.parseLong(options.get("seed", "20260101"))).write(file, dossiers, LocalDate.of(2023, 1, 2),
                LocalDate.now(VIETNAM));
        say("Generated %,d dossiers (%,d open, %,d returned, %,d resolved not yet returned, %,d stopped) over %d "
                        + "current and %d abolished procedures in %.1f s: %s (%,d MB)", written.lines(), written.open(),
                written.returned(), written.resolvedNotReturned(), written.stopped(), current.size(), abolished.size(),
                seconds(started), file, Files.size(file) >> 20);
        report.add("- Generated: %,d dossiers, %,d open (%.1f %%), %,d resolved not yet returned, %,d stopped, %,d MB"
                .formatted(written.lines(), written.open(), 100.0 * written.open() / written.lines(),
                        written.resolvedNotReturned(), written.stopped(), Files.size(file) >> 20));
    }

    private void importFile(Path file) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        ExecutorService watcher = Executors.newSingleThreadExecutor();
        Future<?> progress = watcher.submit(() -> watchImport(http, basic));
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base
                        + "/api/v1/dossiers/import?fileName=" + file.getFileName()))
                .header("Authorization", basic).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
        double seconds = seconds(started);
        progress.cancel(true);
        watcher.shutdownNow();
        JsonNode summary = JSON.readTree(response.body());
        long accepted = summary.path("accepted").asLong();
        say("Import: HTTP %d, %,d accepted, %,d unchanged, %,d refused in %.1f s: %,.0f dossiers/s",
                response.statusCode(), accepted, summary.path("unchanged").asLong(),
                summary.path("refusedCount").asLong(), seconds, accepted / seconds);
        if (summary.path("refusedCount").asLong() > 0) {
            say("First refusals: %s", summary.path("refused").toString().substring(0, Math.min(600,
                    summary.path("refused").toString().length())));
        }
        long unchanged = summary.path("unchanged").asLong();
        if (accepted == 0 && unchanged > 0) {
            report.add("- Import of the same file again (all unchanged: the resume path): %,d lines in %.0f s = %,.0f "
                    .formatted(unchanged, seconds, unchanged / seconds) + "lines/s");
            return;
        }
        report.add("- Import over HTTP (streamed NDJSON, one request): %,d dossiers in %.0f s = **%,.0f dossiers/s**"
                .formatted(accepted, seconds, accepted / seconds));
    }

    private void watchImport(HttpClient http, String basic) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(15_000);
                HttpResponse<String> runs = http.send(HttpRequest.newBuilder(URI.create(base
                        + "/api/v1/dossiers/import/runs?limit=1")).header("Authorization", basic).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                JsonNode run = JSON.readTree(runs.body()).path(0);
                say("  … line %,d: accepted %,d, unchanged %,d, refused %,d", run.path("linesRead").asLong(),
                        run.path("accepted").asLong(), run.path("unchanged").asLong(), run.path("refused").asLong());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            say("  (progress unavailable: %s)", e);
        }
    }

    private void vacuum() throws SQLException {
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(jdbcUrl); Statement sql = db.createStatement()) {
            sql.execute("VACUUM (ANALYZE) dossier, dossier_event, dossier_fee");
            try (ResultSet rs = sql.executeQuery("""
                    SELECT count(*), count(*) FILTER (WHERE status NOT IN ('NOT_ACCEPTED', 'STOPPED', 'RETURNED')),
                           pg_size_pretty(pg_total_relation_size('dossier')),
                           pg_size_pretty(pg_total_relation_size('dossier_event'))
                    FROM dossier""")) {
                rs.next();
                say("VACUUM ANALYZE in %.1f s; %,d dossiers, %,d in queues (open or resolved not returned); dossier "
                        + "%s, dossier_event %s", seconds(started), rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4));
                report.add("- Database after import: %,d dossiers, %,d of them in the queue indexes; dossier %s, "
                        .formatted(rs.getLong(1), rs.getLong(2), rs.getString(3)) + "dossier_event "
                        + rs.getString(4));
            }
        }
    }

    /** EXPLAIN ANALYZE of the queue SQL of {@code DossierReader.queue} (count, page) for the three lists, page 101. */
    private void explainQueues() throws SQLException {
        String open = "status NOT IN ('NOT_ACCEPTED', 'STOPPED', 'RETURNED')";
        Map<String, String> lists = new LinkedHashMap<>();
        lists.put("unit QLCN", "agency_code = '" + AGENCY + "' AND " + open + " AND current_unit = 'QLCN'");
        lists.put("assignee=me", "agency_code = '" + AGENCY + "' AND " + open + " AND assignee = 'truongphong'");
        lists.put("whole agency", "agency_code = '" + AGENCY + "' AND " + open);
        try (Connection db = DriverManager.getConnection(jdbcUrl); Statement sql = db.createStatement()) {
            for (var list : lists.entrySet()) {
                for (String query : List.of("SELECT count(*) FROM dossier WHERE " + list.getValue(),
                        "SELECT * FROM dossier WHERE id IN (SELECT id FROM dossier WHERE " + list.getValue()
                                + " ORDER BY due_at NULLS LAST, id LIMIT 20 OFFSET 2000)"
                                + " ORDER BY due_at NULLS LAST, id")) {
                    StringBuilder plan = new StringBuilder();
                    try (ResultSet rs = sql.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + query)) {
                        while (rs.next()) {
                            plan.append("    ").append(rs.getString(1)).append('\n');
                        }
                    }
                    say("EXPLAIN %s: %s%n%s", list.getKey(), query, plan);
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------ reads

    private void queues(int requests) throws Exception {
        WebSession unitHead = WebSession.signIn(base, "truongphong", PASSWORD);
        WebSession specialist = WebSession.signIn(base, "chuyenvien", PASSWORD);
        WebSession leader = WebSession.signIn(base, "lanhdao", PASSWORD);
        timeQueue("unit QLCN (truongphong)", unitHead, "/api/v1/dossiers?unit=QLCN", requests);
        timeQueue("assignee=me (truongphong)", unitHead, "/api/v1/dossiers?assignee=me", requests);
        timeQueue("assignee=me (chuyenvien)", specialist, "/api/v1/dossiers?assignee=me", requests);
        timeQueue("whole agency (lanhdao)", leader, "/api/v1/dossiers?", requests);
    }

    private void timeQueue(String name, WebSession session, String path, int requests) throws Exception {
        String separator = path.endsWith("?") ? "" : "&";
        WebSession.Reply first = session.get(path + separator + "page=0&size=20");
        if (first.status() != 200) {
            throw new IllegalStateException(name + ": HTTP " + first.status() + " " + first.body());
        }
        long total = JSON.readTree(first.body()).path("total").asLong();
        int pages = (int) Math.max(1, (total + 19) / 20);
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 500; i++) {
            session.get(path + separator + "page=" + random.nextInt(pages) + "&size=20");
        }
        List<Long> firstPages = new ArrayList<>();
        List<Long> anyPage = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            boolean front = i % 2 == 0;
            int page = front ? random.nextInt(Math.min(pages, 5)) : random.nextInt(pages);
            WebSession.Reply reply = session.get(path + separator + "page=" + page + "&size=20");
            if (reply.status() != 200) {
                throw new IllegalStateException(name + ": HTTP " + reply.status());
            }
            (front ? firstPages : anyPage).add(reply.nanos());
        }
        List<Long> all = new ArrayList<>(firstPages);
        all.addAll(anyPage);
        say("Queue %-27s total %,7d (%,d pages): all p50 %s p95 %s p99 %s | first 5 pages p95 %s | any page p95 %s",
                name, total, pages, ms(all, 50), ms(all, 95), ms(all, 99), ms(firstPages, 95), ms(anyPage, 95));
        report.add("- Queue %s, %,d dossiers (%,d pages of 20), %d requests: p50 %s ms, **p95 %s ms**, p99 %s ms "
                .formatted(name, total, pages, requests, ms(all, 50), ms(all, 95), ms(all, 99))
                + "(first five pages p95 %s ms, random page p95 %s ms)".formatted(ms(firstPages, 95),
                        ms(anyPage, 95)));
    }

    private void lookups(int requests) throws Exception {
        List<String[]> targets = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl); Statement sql = db.createStatement();
             ResultSet rs = sql.executeQuery("SELECT code, lookup_secret FROM dossier TABLESAMPLE SYSTEM (1) LIMIT "
                     + (requests + 200))) {
            while (rs.next()) {
                targets.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        Collections.shuffle(targets, new java.util.Random(11));
        WebSession visitor = WebSession.anonymous(base);
        for (int i = 0; i < 1000; i++) {
            String[] t = targets.get(i % targets.size());
            visitor.get("/api/v1/public/dossiers/" + t[0] + "?secret=" + t[1]);
        }
        List<Long> times = timeLookups(visitor, targets, requests);
        say("Public lookup, %d random dossiers: p50 %s p95 %s p99 %s ms", requests, ms(times, 50), ms(times, 95),
                ms(times, 99));
        report.add("- Public lookup (`GET /api/v1/public/dossiers/{code}?secret=…`), %d random dossiers: p50 %s ms, "
                .formatted(requests, ms(times, 50)) + "p95 %s ms, **p99 %s ms**".formatted(ms(times, 95),
                ms(times, 99)));
        // the same dossiers again: their pages are now in the server's cache, so this is the application's time
        // without the disk's (a page the first pass read from the disk cost about 0.7 ms on the benchmark's VM)
        List<Long> again = timeLookups(visitor, targets, requests);
        say("Public lookup, the same %d dossiers again (cached): p50 %s p95 %s p99 %s ms", requests, ms(again, 50),
                ms(again, 95), ms(again, 99));
        report.add("- Public lookup, the same %d dossiers again (their pages cached): p50 %s ms, p95 %s ms, p99 %s ms"
                .formatted(requests, ms(again, 50), ms(again, 95), ms(again, 99)));
    }

    private static List<Long> timeLookups(WebSession visitor, List<String[]> targets, int requests) throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            String[] t = targets.get((200 + i) % targets.size());
            WebSession.Reply reply = visitor.get("/api/v1/public/dossiers/" + t[0] + "?secret=" + t[1]);
            if (reply.status() != 200) {
                throw new IllegalStateException("lookup " + t[0] + ": HTTP " + reply.status());
            }
            times.add(reply.nanos());
        }
        return times;
    }

    // ------------------------------------------------------------------------------------------ lifecycle

    private void lifecycle(int dossiers, int clients) throws Exception {
        Map<String, WebSession> people = new LinkedHashMap<>();
        for (String user : List.of("tiepnhan", "truongphong", "chuyenvien", "lanhdao")) {
            people.put(user, WebSession.signIn(base, user, PASSWORD));
        }
        walk(people, 0); // warm-up
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> results = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            results.add(pool.submit(() -> {
                List<Long> times = new ArrayList<>();
                for (int i = client; i < dossiers; i += clients) {
                    times.addAll(walk(people, i));
                }
                return times;
            }));
        }
        List<Long> requests = new ArrayList<>();
        for (Future<List<Long>> result : results) {
            requests.addAll(result.get());
        }
        double seconds = seconds(started);
        pool.shutdown();
        say("Lifecycle: %d dossiers x %d requests with %d clients in %.1f s: %.1f dossiers/s (%.0f requests/s), "
                        + "request p50 %s p95 %s ms", dossiers, requests.size() / dossiers, clients, seconds,
                dossiers / seconds, requests.size() / seconds, ms(requests, 50), ms(requests, 95));
        report.add("- Full lifecycle (register+receive, transfer, assign, 5 × complete-step, resolve, return-result: "
                + "%d requests each, If-Match), %d dossiers, %d concurrent clients: **%.1f dossiers/s** "
                .formatted(requests.size() / dossiers, dossiers, clients, dossiers / seconds)
                + "(%.0f requests/s; request p50 %s ms, p95 %s ms)".formatted(requests.size() / seconds,
                ms(requests, 50), ms(requests, 95)));
    }

    /** One dossier from registration to the returned result; the time of each request. */
    private static List<Long> walk(Map<String, WebSession> people, int i) throws IOException {
        List<Long> times = new ArrayList<>();
        DossierFlow.FULL.walk(people, i, (action, nanos) -> times.add(nanos), code -> { });
        return times;
    }

    // ------------------------------------------------------------------------------------------ helpers (also used by ReportLoadDriver)

    /**
     * Starts the application jar with demo data on {@code dataDir/data}, its embedded PostgreSQL on {@code dbPort},
     * its output appended to {@code dataDir/app.log}; heap from {@code --heap} (1g).
     */
    static Process launch(DriverOptions options, Path jar, Path dataDir, int port, int dbPort) throws IOException {
        return new ProcessBuilder(javaCommand(), "-Xmx" + options.get("heap", "1g"), "-jar", jar.toString(),
                "--motcua.demo=true", "--server.port=" + port, "--motcua.data-dir=" + dataDir.resolve("data"),
                "--motcua.embedded-db.port=" + dbPort,
                // the bench measures the application, not the per-address limits of the public entry points
                "--motcua.rate-limit.enabled=false")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dataDir.resolve("app.log").toFile())).start();
    }

    static void awaitHealthy(Process app, String base) throws Exception {
        awaitHealthy(app, base, Duration.ofMinutes(5));
    }

    /** Waits up to {@code limit} (a migration over millions of rows takes minutes) for the health endpoint. */
    static void awaitHealthy(Process app, String base, Duration limit) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (long deadline = System.nanoTime() + limit.toNanos(); System.nanoTime() < deadline; ) {
            if (!app.isAlive()) {
                throw new IllegalStateException("The application exited with " + app.exitValue());
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The application did not become healthy");
    }

    static String ms(List<Long> nanos, int percentile) {
        if (nanos.isEmpty()) {
            return "-";
        }
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(Comparator.naturalOrder());
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return String.format(Locale.ROOT, "%.1f", sorted.get(Math.max(0, index)) / 1e6);
    }

    static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    static void say(String format, Object... args) {
        OUT.println(String.format(Locale.ROOT, format, args));
        OUT.flush();
    }

    static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

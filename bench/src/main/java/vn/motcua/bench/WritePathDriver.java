package vn.motcua.bench;

import static vn.motcua.bench.DossierLoadDriver.awaitHealthy;
import static vn.motcua.bench.DossierLoadDriver.deleteRecursively;
import static vn.motcua.bench.DossierLoadDriver.freePort;
import static vn.motcua.bench.DossierLoadDriver.javaCommand;
import static vn.motcua.bench.DossierLoadDriver.ms;
import static vn.motcua.bench.DossierLoadDriver.say;
import static vn.motcua.bench.DossierLoadDriver.seconds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The write path against the database's own limit, in one run on one PostgreSQL server: rounds of N signed-in clients
 * walking dossiers through their actions over HTTP, alternating with {@code pgbench} (TPC-B-like, the same N clients)
 * on the same server. Prints transitions/s, dossiers/s, per-action latencies, the receipt slip's delay after
 * registration, where the database's backends wait, and the ratio of transitions/s to pgbench's TPS. See
 * bench/README.md, "Write path".
 */
public final class WritePathDriver {

    private static final String PASSWORD = "Demo@12345";
    private static final int WATCHERS = 3;
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern TRANSACTIONS = Pattern.compile("number of transactions actually processed: (\\d+)");

    private final DriverOptions options;
    private final List<String> report = new ArrayList<>();
    private final List<String> bases = new ArrayList<>();
    private String jdbcUrl;
    private int dbPort;
    private CpuTime cpu;

    private WritePathDriver(DriverOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        new WritePathDriver(DriverOptions.parse(args)).run();
    }

    private void run() throws Exception {
        Path jar = Path.of(options.get("jar", "target/motcua.jar"));
        Path dataDir = Path.of(options.get("data-dir", "bench/target/write-bench-data"));
        int clients = options.integer("clients", 6);
        int rounds = options.integer("rounds", 3);
        int roundSeconds = options.integer("seconds", 30);
        deleteRecursively(dataDir);
        Files.createDirectories(dataDir);
        dbPort = freePort();
        jdbcUrl = "jdbc:postgresql://localhost:" + dbPort + "/postgres?user=postgres";
        List<Process> apps = new ArrayList<>();
        try {
            apps.add(start(jar, dataDir, 1, List.of()));
            cpu = CpuTime.of(jdbcUrl, pids(apps));
            pgbenchInit();
            List<Map<String, WebSession>> people = new ArrayList<>(List.of(signIn(bases.get(0))));
            warmUp(people, clients);
            int floorSeconds = options.integer("floor-seconds", 15);
            if (floorSeconds > 0) {
                floor(people.get(0), clients, floorSeconds);
            }
            say("Warmed up; %d rounds of %d s: motcua short flow, pgbench, motcua full flow, with %d clients",
                    rounds, roundSeconds, clients);
            report.add("| instances | round | short flow transitions/s | background drained in | sustained "
                    + "transitions/s | sustained dossiers/s | pgbench TPS | ratio, sustained (flow only) | full flow "
                    + "transitions/s | sustained | sustained dossiers/s | ratio, sustained |");
            report.add("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            List<Double> ratios = rounds(people, clients, rounds, roundSeconds);
            say("Median ratio sustained short-flow transitions/s ÷ pgbench TPS, one instance: %.2f", median(ratios));
            if (options.integer("instances", 1) == 2) {
                apps.add(start(jar, dataDir, 2, List.of("--spring.datasource.url=jdbc:postgresql://localhost:"
                        + dbPort + "/postgres", "--spring.datasource.username=postgres")));
                cpu = CpuTime.of(jdbcUrl, pids(apps));
                people.add(signIn(bases.get(1)));
                warmUp(people.subList(1, 2), clients);
                say("Second instance warmed up; clients alternate between the two");
                say("Median ratio sustained short-flow transitions/s ÷ pgbench TPS, two instances: %.2f",
                        median(rounds(people, clients, rounds, roundSeconds)));
            }
            Files.write(dataDir.resolve("results.md"), report, StandardCharsets.UTF_8);
        } finally {
            for (Process app : apps) {
                app.destroy();
                app.waitFor(60, TimeUnit.SECONDS);
            }
        }
    }

    /** Rounds of: short flow, pgbench, full flow; one table row each. Returns the short flow's ratios. */
    private List<Double> rounds(List<Map<String, WebSession>> people, int clients, int rounds, int roundSeconds)
            throws Exception {
        List<Double> ratios = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            Result shortFlow = drive(DossierFlow.SHORT, people, clients, roundSeconds);
            double tps = pgbench(clients, roundSeconds);
            Result fullFlow = drive(DossierFlow.FULL, people, clients, roundSeconds);
            double ratio = shortFlow.sustainedTransitionsPerSecond() / tps;
            ratios.add(ratio);
            String line = String.format(Locale.ROOT,
                    "| %d | %d | %.1f | %.1f s | %.1f | %.1f | %.0f | **%.2f×** (%.2f×) | %.1f | %.1f | %.1f | %.2f× |",
                    people.size(), r, shortFlow.transitionsPerSecond(), shortFlow.drainSeconds(),
                    shortFlow.sustainedTransitionsPerSecond(), shortFlow.sustainedDossiersPerSecond(), tps, ratio,
                    shortFlow.transitionsPerSecond() / tps, fullFlow.transitionsPerSecond(),
                    fullFlow.sustainedTransitionsPerSecond(), fullFlow.sustainedDossiersPerSecond(),
                    fullFlow.sustainedTransitionsPerSecond() / tps);
            say("%s", line);
            report.add(line);
            if (r == rounds) {
                shortFlow.describe("short");
                fullFlow.describe("full");
            }
        }
        return ratios;
    }

    private static List<Long> pids(List<Process> apps) {
        return apps.stream().map(Process::pid).toList();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private Process start(Path jar, Path dataDir, int instance, List<String> extra) throws Exception {
        int port = freePort();
        String base = "http://localhost:" + port;
        List<String> command = new ArrayList<>(List.of(javaCommand(), "-Xmx" + options.get("heap", "1g")));
        String jvmArgs = options.get("app-jvm-args", "");
        if (!jvmArgs.isBlank()) {
            command.addAll(List.of(jvmArgs.split(" ")));
        }
        command.addAll(List.of("-jar", jar.toString(), "--motcua.demo=true", "--server.port=" + port,
                "--motcua.data-dir=" + dataDir.resolve("data"), "--motcua.embedded-db.port=" + dbPort,
                "--motcua.rate-limit.enabled=false"));
        command.addAll(extra);
        Process app = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("app-" + instance + ".log").toFile()).start();
        long started = System.nanoTime();
        awaitHealthy(app, base);
        say("Instance %d up at %s in %.1f s (jar %s)", instance, base, seconds(started), jar);
        bases.add(base);
        return app;
    }

    private static Map<String, WebSession> signIn(String base) throws IOException {
        Map<String, WebSession> people = new LinkedHashMap<>();
        for (String user : List.of("tiepnhan", "truongphong", "chuyenvien", "lanhdao")) {
            people.put(user, WebSession.signIn(base, user, PASSWORD));
        }
        return people;
    }

    // ------------------------------------------------------------------------------------------ motcua

    /** Latencies per action and the receipts' delays, of one round. */
    private record Result(int dossiers, int transitions, double seconds, double drainSeconds,
            Map<String, List<Long>> actions, List<Long> receiptDelays, List<Long> renderDelays,
            Map<String, Integer> waits) {

        double transitionsPerSecond() {
            return transitions / seconds;
        }

        /** Counting the time the background work the round queued (forms, deliveries, messages) took to finish. */
        double sustainedTransitionsPerSecond() {
            return transitions / (seconds + drainSeconds);
        }

        double sustainedDossiersPerSecond() {
            return dossiers / (seconds + drainSeconds);
        }

        void describe(String flow) {
            actions.forEach((action, nanos) -> say("  %s flow, %-14s n=%6d p50 %6s p95 %6s p99 %6s ms", flow, action,
                    nanos.size(), ms(nanos, 50), ms(nanos, 95), ms(nanos, 99)));
            say("  %s flow, receipt slip served after the registration's reply (polled every 20 ms): n=%d p50 %s p95 %s"
                    + " p99 %s ms", flow, receiptDelays.size(), ms(receiptDelays, 50), ms(receiptDelays, 95),
                    ms(receiptDelays, 99));
            say("  %s flow, receipt slip stored after the registration began (server clock): n=%d p50 %s p95 %s"
                    + " p99 %s ms", flow, renderDelays.size(), ms(renderDelays, 50), ms(renderDelays, 95),
                    ms(renderDelays, 99));
            int samples = waits.values().stream().mapToInt(Integer::intValue).sum();
            say("  %s flow, active backends sampled every 100 ms (%d samples): %s", flow, samples, waits);
        }
    }

    /** One round of a flow; client {@code c} works on instance {@code c % instances}. */
    private Result drive(DossierFlow flow, List<Map<String, WebSession>> people, int clients, int seconds)
            throws Exception {
        Map<String, List<Long>> actions = new ConcurrentHashMap<>();
        List<Long> receipts = Collections.synchronizedList(new ArrayList<>());
        LinkedBlockingQueue<Registered> registered = new LinkedBlockingQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1 + WATCHERS);
        Future<Map<String, Integer>> waits = pool.submit(() -> sampleWaits(running));
        List<Future<?>> watchers = new ArrayList<>();
        for (int w = 0; w < WATCHERS; w++) {
            watchers.add(pool.submit(() -> watchReceipts(people.get(0).get("tiepnhan"), registered, receipts,
                    running)));
        }
        Instant roundStart = Instant.now();
        CpuTime.Sample before = cpu.sample();
        List<Future<int[]>> results = new ArrayList<>();
        long started = System.nanoTime();
        long deadline = started + TimeUnit.SECONDS.toNanos(seconds);
        for (int c = 0; c < clients; c++) {
            int client = c;
            Map<String, WebSession> on = people.get(c % people.size());
            results.add(pool.submit(() -> {
                int dossiers = 0;
                int transitions = 0;
                for (int i = client; System.nanoTime() < deadline; i += clients) {
                    // every fifth registration's receipt is watched, so the watcher keeps up with the clients
                    transitions += walk(flow, on, i, actions, i % 5 == 0 ? registered : null);
                    dossiers++;
                }
                return new int[] {dossiers, transitions};
            }));
        }
        int dossiers = 0;
        int transitions = 0;
        for (Future<int[]> result : results) {
            dossiers += result.get()[0];
            transitions += result.get()[1];
        }
        double elapsed = seconds(started);
        long backlog = outboxBacklog();
        double drained = BackgroundWork.drain(jdbcUrl);
        CpuTime.Sample used = cpu.sample().since(before);
        say("  %s flow: outbox backlog when the clients stopped %d messages; all background work done %.1f s later",
                flow.name(), backlog, drained);
        say("  %s flow, with its background work: %s", flow.name(), used.perUnit(transitions, "transition"));
        running.set(false);
        for (Future<?> watcher : watchers) {
            watcher.get();
        }
        Map<String, Integer> waited = waits.get();
        pool.shutdown();
        return new Result(dossiers, transitions, elapsed, drained, new TreeMap<>(actions), receipts,
                renderDelays(roundStart), waited);
    }

    /**
     * The short flow with every client for {@code --warmup-seconds} (default 15), so that the application's hot paths
     * are compiled before the first measured round, then the background work it queued.
     */
    private void warmUp(List<Map<String, WebSession>> people, int clients) throws Exception {
        Result warm = drive(DossierFlow.SHORT, people, clients, options.integer("warmup-seconds", 15));
        say("Warm-up: %d dossiers, %.1f transitions/s, background drained in %.1f s", warm.dossiers(),
                warm.transitionsPerSecond(), warm.drainSeconds());
    }

    private record Registered(String code, long at) {}

    /** Messages to the national portal's demo stand-in not yet delivered. */
    private long outboxBacklog() throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl); Statement sql = db.createStatement();
                ResultSet count = sql.executeQuery("SELECT count(*) FROM integration_outbox WHERE state = 'PENDING'")) {
            count.next();
            return count.getLong(1);
        }
    }

    /** One dossier through the flow; returns the number of transitions (requests that changed it). */
    private static int walk(DossierFlow flow, Map<String, WebSession> people, int i, Map<String, List<Long>> actions,
            LinkedBlockingQueue<Registered> registered) throws IOException {
        flow.walk(people, i, (action, nanos) -> record(actions, action, nanos), code -> {
            if (registered != null) {
                registered.add(new Registered(code, System.nanoTime()));
            }
        });
        return flow.transitions();
    }

    private static void record(Map<String, List<Long>> actions, String action, long nanos) {
        actions.computeIfAbsent(action, a -> Collections.synchronizedList(new ArrayList<>())).add(nanos);
    }

    /** Polls each watched dossier's receipt slip every 20 ms until it is served: its delay after registration. */
    private static Void watchReceipts(WebSession desk, LinkedBlockingQueue<Registered> registered, List<Long> delays,
            AtomicBoolean running) throws Exception {
        while (running.get() || !registered.isEmpty()) {
            Registered next = registered.poll(100, TimeUnit.MILLISECONDS);
            if (next == null) {
                continue;
            }
            while (true) {
                WebSession.Reply reply = desk.get("/api/v1/dossiers/" + next.code() + "/forms/receipt");
                if (reply.status() == 200) {
                    delays.add(System.nanoTime() - next.at());
                    break;
                }
                reply.expect(202, "receipt");
                Thread.sleep(20);
            }
        }
        return null;
    }

    /**
     * For every receipt issued since {@code since}: how long after its registration began it was stored. Waits (at
     * most a minute) for the forms still being rendered, so that the next round starts with an empty queue.
     */
    private List<Long> renderDelays(Instant since) throws SQLException, InterruptedException {
        List<Long> delays = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl); Statement sql = db.createStatement()) {
            for (int i = 0; i < 600; i++) {
                try (ResultSet pending = sql.executeQuery("SELECT count(*) FROM dossier_form WHERE file_key IS NULL")) {
                    pending.next();
                    if (pending.getLong(1) == 0) {
                        break;
                    }
                }
                Thread.sleep(100);
            }
        }
        try (Connection db = DriverManager.getConnection(jdbcUrl); Statement sql = db.createStatement();
                ResultSet rs = sql.executeQuery("""
                        SELECT (extract(epoch FROM rendered_at - issued_at) * 1e9)::bigint FROM dossier_form
                        WHERE form = 'receipt' AND rendered_at IS NOT NULL AND issued_at >= '%s'""".formatted(since))) {
            while (rs.next()) {
                delays.add(rs.getLong(1));
            }
        } catch (SQLException noRenderedAt) {
            say("  (no dossier_form.rendered_at in this build: forms were rendered in the registering transaction)");
        }
        return delays;
    }

    /** What the database's active backends wait on, sampled every 100 ms while the round runs. */
    private Map<String, Integer> sampleWaits(AtomicBoolean running) throws SQLException, InterruptedException {
        Map<String, Integer> waits = new TreeMap<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl); Statement sql = db.createStatement()) {
            while (running.get()) {
                try (ResultSet rs = sql.executeQuery("""
                        SELECT coalesce(wait_event_type || ':' || wait_event, 'CPU') FROM pg_stat_activity
                        WHERE state = 'active' AND pid <> pg_backend_pid() AND backend_type = 'client backend'""")) {
                    while (rs.next()) {
                        waits.merge(rs.getString(1), 1, Integer::sum);
                    }
                }
                Thread.sleep(100);
            }
        }
        return waits;
    }

    // ------------------------------------------------------------------------------------------ the stack's floor

    /**
     * The ceiling any request of a signed-in person meets before the dossier's own work: N clients asking who they
     * are ({@code GET /api/v1/users/me}: the session read from PostgreSQL, the security filters, one indexed read of
     * the account, JSON out, the session's conditional touch) for {@code seconds}, then pgbench on the same server for
     * as long. Prints requests/s and their ratio to pgbench's TPS: a flow of writes cannot go faster than this.
     */
    private void floor(Map<String, WebSession> people, int clients, int seconds) throws Exception {
        List<WebSession> sessions = new ArrayList<>(people.values());
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CpuTime.Sample before = cpu.sample();
        long started = System.nanoTime();
        long deadline = started + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<Integer>> counts = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            WebSession session = sessions.get(c % sessions.size());
            counts.add(pool.submit(() -> {
                int n = 0;
                while (System.nanoTime() < deadline) {
                    latencies.add(session.get("/api/v1/users/me").expect(200, "me").nanos());
                    n++;
                }
                return n;
            }));
        }
        int requests = 0;
        for (Future<Integer> count : counts) {
            requests += count.get();
        }
        double perSecond = requests / seconds(started);
        CpuTime.Sample used = cpu.sample().since(before);
        pool.shutdown();
        double tps = pgbench(clients, seconds);
        String line = String.format(Locale.ROOT, "The stack's floor: %.1f requests/s of GET /api/v1/users/me "
                + "(p50 %s, p95 %s ms), pgbench %.0f TPS: **%.2f×**", perSecond, ms(latencies, 50), ms(latencies, 95),
                tps, perSecond / tps);
        say("%s", line);
        say("  %s", used.perUnit(requests, "request"));
        report.add(line);
        report.add("");
    }

    // ------------------------------------------------------------------------------------------ pgbench

    private void pgbenchInit() throws Exception {
        try (Connection db = DriverManager.getConnection(jdbcUrl); Statement sql = db.createStatement()) {
            sql.execute("CREATE DATABASE pgbench");
        }
        long started = System.nanoTime();
        pgbenchCommand("-i", "-q", "-s", String.valueOf(options.integer("pgbench-scale", 10)));
        say("pgbench -i -s %d in %.1f s", options.integer("pgbench-scale", 10), seconds(started));
    }

    /**
     * pgbench's TPS; prints the server's CPU per transaction (pgbench's own client, a child process of the driver, is
     * not counted).
     */
    private double pgbench(int clients, int seconds) throws Exception {
        CpuTime.Sample before = cpu.sample();
        String out = pgbenchCommand("-c", String.valueOf(clients), "-j", "2", "-T", String.valueOf(seconds));
        CpuTime.Sample used = cpu.sample().since(before);
        Matcher tps = TPS.matcher(out);
        Matcher count = TRANSACTIONS.matcher(out);
        if (!tps.find() || !count.find()) {
            throw new IllegalStateException("No TPS in pgbench's output:\n" + out);
        }
        say("  pgbench: %s", used.perUnit(Integer.parseInt(count.group(1)), "transaction"));
        return Double.parseDouble(tps.group(1));
    }

    private String pgbenchCommand(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(options.get("pgbench", "pgbench"), "-h", "localhost",
                "-p", String.valueOf(dbPort), "-U", "postgres"));
        command.addAll(List.of(args));
        command.add("pgbench");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
        return out;
    }
}

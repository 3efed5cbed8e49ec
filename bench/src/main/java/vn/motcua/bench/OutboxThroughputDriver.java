package vn.motcua.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.MotcuaApplication;
import vn.motcua.integration.NationalPortalStandIn;
import vn.motcua.integration.Outbox;

/**
 * Outbox throughput: messages delivered per second to the national portal stand-in (real HTTP on loopback), with one
 * and with two job workers. For each worker count it starts the application on a fresh embedded PostgreSQL
 * ({@code bench/target/outbox-bench-N}) pointed at a stand-in started here, enqueues {@code --messages} dossier
 * messages (each its own dossier, so the lines do not wait for each other; 500 per transaction, the workers
 * already running) and times from the start of the first transaction until every message is DELIVERED. One message is two HTTP calls ({@code DongBoHoSoMC} and
 * {@code CapNhatTienDoHoSoMC}), as for a dossier status change. With {@code --changes=C} the messages are C
 * consecutive changes of each dossier (a registration, then status changes), so a line holds C pending messages that
 * the outbox may merge into one delivery; {@code --merge-limits=1,20} runs each worker count once per merge limit
 * ({@code motcua.integration.outbox.merge-limit}; 1 sends each message alone), {@code --workers=1,2} picks the
 * worker counts.
 *
 * <pre>java -Xmx768m -cp bench/target/benchmarks.jar vn.motcua.bench.OutboxThroughputDriver --messages=3000</pre>
 */
public final class OutboxThroughputDriver {

    private OutboxThroughputDriver() {}

    public static void main(String[] args) throws Exception {
        int messages = 3000;
        int changes = 1;
        List<Integer> workerCounts = List.of(1, 2);
        List<Integer> mergeLimits = List.of(20);
        for (String arg : args) {
            if (arg.startsWith("--messages=")) {
                messages = Integer.parseInt(arg.substring("--messages=".length()));
            } else if (arg.startsWith("--changes=")) {
                changes = Integer.parseInt(arg.substring("--changes=".length()));
            } else if (arg.startsWith("--workers=")) {
                workerCounts = numbers(arg.substring("--workers=".length()));
            } else if (arg.startsWith("--merge-limits=")) {
                mergeLimits = numbers(arg.substring("--merge-limits=".length()));
            }
        }
        List<String> results = new ArrayList<>();
        for (int workers : workerCounts) {
            for (int mergeLimit : mergeLimits) {
                results.add(run(workers, messages, changes, mergeLimit));
            }
        }
        System.out.println();
        System.out.println("| Workers | Changes per dossier | Merge limit | Messages | HTTP calls | Seconds | Messages/s |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        results.forEach(System.out::println);
        System.exit(0);
    }

    private static List<Integer> numbers(String list) {
        return java.util.Arrays.stream(list.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    private static String run(int workers, int messages, int changes, int mergeLimit) throws Exception {
        Path dataDir = Path.of("bench/target/outbox-bench-" + workers);
        if (Files.exists(dataDir)) {
            try (var walk = Files.walk(dataDir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        try (NationalPortalStandIn portal = NationalPortalStandIn.start(0);
                ConfigurableApplicationContext context = new SpringApplicationBuilder(MotcuaApplication.class)
                        .run("--motcua.data-dir=" + dataDir, "--motcua.embedded-db.durable=false",
                                "--motcua.demo=false", "--motcua.admin.password=Bench@12345", "--server.port=0",
                                "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                                "--motcua.jobs.workers=" + workers,
                                "--motcua.integration.outbox.merge-limit=" + mergeLimit,
                                "--motcua.integration.daily-runs=false",
                                "--motcua.national-portal.url=" + portal.uri())) {
            Outbox outbox = context.getBean(Outbox.class);
            TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            long start = System.nanoTime();
            for (int from = 0; from < messages; from += 500) {
                int first = from;
                int last = Math.min(messages, from + 500);
                transactions.executeWithoutResult(status -> {
                    for (int i = first; i < last; i++) {
                        int change = i % changes;
                        String code = "000.00.99.B01-260302-" + String.format(Locale.ROOT, "%05d", i / changes);
                        int national = change == 0 ? 2 : 4;
                        outbox.enqueue(new Outbox.Message("dvcqg", code,
                                change == 0 ? "dossier-registered" : "dossier-status", """
                                {"meta":{"agencyCode":"000.00.99.B01","first":%s,"full":true,"nationalStatus":%d,
                                         "localStatus":"%s","receivedAt":"2026-03-02T02:00:00Z"},
                                 "HoSo":{"MaHoSo":"%s","MaDinhDanhDV":"000.00.99.B01","TrangThaiHoSo":%d,
                                         "ChuHoSo":"Nguyễn Văn An","MaTTHC":"1.014390"},
                                 "TienDo":[{"MaHoSo":"%s","NguoiXuLy":"tiepnhan","TrangThai":%d,
                                            "NoiDungXuLy":"Bước %d","ThoiDiemXuLy":"20260302090000"}]}
                                """.formatted(change == 0, national, change == 0 ? "RECEIVED" : "IN_PROGRESS", code,
                                national, code, national, change + 1)));
                    }
                });
            }
            long delivered;
            do {
                Thread.sleep(100);
                delivered = jdbc.sql("SELECT count(*) FROM integration_outbox WHERE state = 'DELIVERED'")
                        .query(Long.class).single();
            } while (delivered < messages);
            double seconds = (System.nanoTime() - start) / 1e9;
            long calls = portal.received().size();
            System.out.printf(Locale.ROOT, "%d worker(s), %d changes per dossier, merge limit %d: %d messages (%d HTTP "
                    + "calls) in %.1f s = %.0f messages/s%n", workers, changes, mergeLimit, messages, calls, seconds,
                    messages / seconds);
            return String.format(Locale.ROOT, "| %d | %d | %d | %d | %d | %.1f | %.0f |", workers, changes, mergeLimit,
                    messages, calls, seconds, messages / seconds);
        }
    }
}

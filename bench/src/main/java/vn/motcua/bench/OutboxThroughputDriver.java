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
 * {@code CapNhatTienDoHoSoMC}), as for a dossier status change.
 *
 * <pre>java -Xmx768m -cp bench/target/benchmarks.jar vn.motcua.bench.OutboxThroughputDriver --messages=3000</pre>
 */
public final class OutboxThroughputDriver {

    private OutboxThroughputDriver() {}

    public static void main(String[] args) throws Exception {
        int messages = 3000;
        List<Integer> workerCounts = List.of(1, 2);
        for (String arg : args) {
            if (arg.startsWith("--messages=")) {
                messages = Integer.parseInt(arg.substring("--messages=".length()));
            }
        }
        List<String> results = new ArrayList<>();
        for (int workers : workerCounts) {
            results.add(run(workers, messages));
        }
        System.out.println();
        System.out.println("| Workers | Messages | Seconds | Messages/s |");
        System.out.println("|---:|---:|---:|---:|");
        results.forEach(System.out::println);
        System.exit(0);
    }

    private static String run(int workers, int messages) throws Exception {
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
                        String code = "000.00.99.B01-260302-" + String.format(Locale.ROOT, "%05d", i);
                        outbox.enqueue(new Outbox.Message("dvcqg", code, "dossier-registered", """
                                {"meta":{"agencyCode":"000.00.99.B01","first":true,"full":true,"nationalStatus":2,
                                         "localStatus":"RECEIVED","receivedAt":"2026-03-02T02:00:00Z"},
                                 "HoSo":{"MaHoSo":"%s","MaDinhDanhDV":"000.00.99.B01","TrangThaiHoSo":2,
                                         "ChuHoSo":"Nguyễn Văn An","MaTTHC":"1.014390"},
                                 "TienDo":[{"MaHoSo":"%s","NguoiXuLy":"tiepnhan","TrangThai":2,
                                            "NoiDungXuLy":"Tiếp nhận hồ sơ","ThoiDiemXuLy":"20260302090000"}]}
                                """.formatted(code, code)));
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
            System.out.printf(Locale.ROOT, "%d worker(s): %d messages (%d HTTP calls) in %.1f s = %.0f messages/s%n",
                    workers, messages, calls, seconds, messages / seconds);
            return String.format(Locale.ROOT, "| %d | %d | %.1f | %.0f |", workers, messages, seconds,
                    messages / seconds);
        }
    }
}

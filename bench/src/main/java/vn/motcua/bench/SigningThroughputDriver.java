package vn.motcua.bench;

import static vn.motcua.bench.DossierLoadDriver.deleteRecursively;
import static vn.motcua.bench.DossierLoadDriver.freePort;
import static vn.motcua.bench.DossierLoadDriver.say;
import static vn.motcua.bench.DossierLoadDriver.seconds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.motcua.MotcuaApplication;
import vn.motcua.dossier.ActionCommand;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.NewDossier;
import vn.motcua.dossier.SubmissionChannel;
import vn.motcua.result.ResultUpload;
import vn.motcua.result.Results;

/**
 * Results signed per second, and the latency of one signature, at each PAdES level the product makes: the leader
 * signs through {@link Results#sign} in process (no HTTP), with N threads, each result a one-page A4 PDF of its own
 * dossier. One application (demo data, durable embedded PostgreSQL) per level, on a fresh data directory:
 * <ul>
 *   <li>{@code B-B}: the agency's key (PKCS#12 from the demo CA), no timestamp;</li>
 *   <li>{@code B-T}: plus an RFC 3161 timestamp from the stand-in TSA (real HTTP on loopback);</li>
 *   <li>{@code B-LT}: plus the validation data (DSS) in an incremental update;</li>
 *   <li>{@code B-LT remote}: the leader's own certificate at the stand-in remote signing service (hash sent over
 *       HTTP, confirmed at once), as the demo signs.</li>
 * </ul>
 *
 * <pre>java -Xmx1g -cp bench/target/benchmarks.jar vn.motcua.bench.SigningThroughputDriver --results=200 --threads=2</pre>
 */
public final class SigningThroughputDriver {

    private static final String AGENCY = DossierFlow.AGENCY;

    private record Level(String name, String... flags) {}

    private static final List<Level> LEVELS = List.of(
            new Level("B-B", "--motcua.signing.demo-tsa=false", "--motcua.signing.remote.demo-stand-in=false"),
            new Level("B-T", "--motcua.signing.ltv=false", "--motcua.signing.remote.demo-stand-in=false"),
            new Level("B-LT", "--motcua.signing.remote.demo-stand-in=false"),
            new Level("B-LT remote"));

    private SigningThroughputDriver() {}

    public static void main(String[] args) throws Exception {
        DriverOptions options = DriverOptions.parse(args);
        int results = options.integer("results", 200);
        int threads = options.integer("threads", 2);
        List<String> table = new ArrayList<>();
        for (Level level : LEVELS) {
            table.add(run(level, results, threads, Path.of(options.get("data-dir", "bench/target/signing-bench-data"))));
        }
        System.out.println();
        System.out.println("| Level | Results | Threads | Signed/s | p50 ms | p95 ms | p99 ms |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        table.forEach(System.out::println);
        System.exit(0);
    }

    private static String run(Level level, int count, int threads, Path dataDir) throws Exception {
        deleteRecursively(dataDir);
        List<String> arguments = new ArrayList<>(List.of("--motcua.data-dir=" + dataDir,
                "--motcua.embedded-db.port=" + freePort(), "--motcua.demo=true", "--server.port=0",
                "--spring.main.banner-mode=off", "--logging.level.root=WARN", "--motcua.integration.daily-runs=false",
                "--motcua.notification.demo-stand-ins=false"));
        arguments.addAll(List.of(level.flags()));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(MotcuaApplication.class)
                .run(arguments.toArray(String[]::new))) {
            Dossiers dossiers = context.getBean(Dossiers.class);
            Results results = context.getBean(Results.class);
            byte[] pdf = resultPdf();
            ConcurrentLinkedQueue<String> toSign = new ConcurrentLinkedQueue<>();
            for (int i = 0; i < count + 10; i++) {
                toSign.add(withResult(dossiers, results, pdf, i));
            }
            for (int i = 0; i < 10; i++) { // warm-up: the first signatures load the keys, fonts and HTTP clients
                sign(results, toSign.poll());
            }
            List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long started = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (String code = toSign.poll(); code != null; code = toSign.poll()) {
                        long start = System.nanoTime();
                        sign(results, code);
                        nanos.add(System.nanoTime() - start);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            double elapsed = seconds(started);
            pool.shutdown();
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            String line = String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f |", level.name(),
                    sorted.size(), threads, sorted.size() / elapsed, ms(sorted, 0.50), ms(sorted, 0.95),
                    ms(sorted, 0.99));
            say("%s", line);
            return line;
        }
    }

    private static void sign(Results results, String dossierCode) {
        results.sign(dossierCode, dossierCode + "-KQ1", "lanhdao");
    }

    /** A dossier received, transferred to the unit and given its result, unsigned: its code. */
    private static String withResult(Dossiers dossiers, Results results, byte[] pdf, int i) {
        Dossier d = dossiers.register(new NewDossier(AGENCY, "1.014438", SubmissionChannel.POSTAL, null,
                new Applicant(Applicant.Type.CITIZEN, "Người nộp thử ký số " + i, "001085012345", null, null, null),
                true, null), "tiepnhan").dossier();
        d = dossiers.act(d.code(), DossierAction.TRANSFER, d.version(),
                () -> new ActionCommand.Transfer("QLCN", null, null), "tiepnhan").dossier();
        results.upload(d.code(), new ResultUpload("Giấy chứng nhận", i + "/GCN-SKHCN", LocalDate.of(2026, 3, 10), null,
                "giay-chung-nhan.pdf", pdf), "chuyenvien");
        return d.code();
    }

    private static double ms(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }

    /** A one-page A4 result with Vietnamese text in the bundled font, as an agency's certificate would be. */
    private static byte[] resultPdf() throws IOException {
        try (PDDocument document = new PDDocument();
                InputStream font = SigningThroughputDriver.class.getResourceAsStream("/fonts/DejaVuSerif-Bold.ttf")) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(PDType0Font.load(document, font, true), 14);
                content.newLineAtOffset(72, 760);
                content.showText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
                content.newLineAtOffset(0, -40);
                content.showText("GIẤY CHỨNG NHẬN ĐĂNG KÝ HOẠT ĐỘNG KHOA HỌC VÀ CÔNG NGHỆ");
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}

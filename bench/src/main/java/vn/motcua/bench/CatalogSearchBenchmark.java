package vn.motcua.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.motcua.MotcuaApplication;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.ImportSummary;
import vn.motcua.catalog.ProcedureStatus;
import vn.motcua.catalog.ProcedureSummary;
import vn.motcua.catalog.SearchPage;
import vn.motcua.catalog.SearchQuery;
import vn.motcua.identity.Agencies;
import vn.motcua.identity.AgencyCode;
import vn.motcua.identity.NewAgency;

/**
 * Catalog search latency over a province-sized catalog: 5,000 generated procedures (about 10 % with a second
 * version) imported through the public {@link Catalog} API into the embedded PostgreSQL (Flyway-migrated by the
 * application; kept in {@code bench/target/catalog-bench-data} between trials), then {@link Catalog#search} timed end to end (service, SQL with unaccent/pg_trgm/full text,
 * mapping). Sample-time mode gives the percentiles (p50, p95).
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar CatalogSearchBenchmark -f 1 -wi 2 -w 3s -i 3 -r 5s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class CatalogSearchBenchmark {

    static final String AGENCY = "000.00.99.B01";
    static final int PROCEDURES = 5_000;

    private static final List<String> ACTIONS = List.of("Cấp", "Cấp lại", "Thay đổi, bổ sung nội dung", "Gia hạn",
            "Thu hồi", "Công nhận", "Đăng ký", "Xác nhận", "Phê duyệt", "Thẩm định");
    private static final List<String> DOCUMENTS = List.of("Giấy chứng nhận", "Giấy phép", "Chứng chỉ hành nghề",
            "Giấy xác nhận", "Quyết định công nhận");
    private static final List<String> SUBJECTS = List.of("doanh nghiệp khoa học và công nghệ",
            "tổ chức khoa học và công nghệ", "hoạt động dịch vụ bưu chính", "kinh doanh dịch vụ viễn thông",
            "an toàn bức xạ", "tiến hành công việc bức xạ", "thiết bị X-quang chẩn đoán y tế",
            "phòng thí nghiệm đo lường", "chuẩn đo lường", "tổ chức thử nghiệm", "tổ chức chứng nhận hợp chuẩn",
            "chuyển giao công nghệ", "sở hữu trí tuệ", "trung tâm đổi mới sáng tạo", "văn phòng đại diện",
            "chi nhánh tổ chức khoa học", "nhiệm vụ khoa học và công nghệ", "kết quả nghiên cứu",
            "dịch vụ chứng thực chữ ký số", "tên miền quốc gia", "thiết bị vô tuyến điện", "tần số vô tuyến điện",
            "sản phẩm công nghệ thông tin", "khu công nghệ cao", "ươm tạo công nghệ", "giải thưởng khoa học",
            "quỹ phát triển khoa học", "hợp đồng tài trợ", "voucher đổi mới công nghệ", "xuất bản bản tin");
    private static final List<String> SUFFIXES = List.of("", " cấp tỉnh", " có vốn nước ngoài", " trong nước");
    private static final List<String> FIELDS = List.of("Hoạt động khoa học và công nghệ",
            "Tiêu chuẩn - Đo lường - Chất lượng", "Sở hữu trí tuệ", "Viễn thông và Internet", "Hoạt động bưu chính",
            "Năng lượng nguyên tử, an toàn bức xạ và hạt nhân", "Chuyển giao công nghệ", "Công nghệ thông tin, điện tử",
            "Tần số vô tuyến điện", "Chuyển đổi số quốc gia");

    @Param({"cap giay chung nhan", "giấy phép bưu chính", "chung chi hanh nghe do luong cap tinh",
            "doanh nghep khoa hoc cong nghe", "2.101234", ""})
    public String q;

    private ConfigurableApplicationContext context;
    private Catalog catalog;
    private Path dataDir;

    @Setup(Level.Trial)
    public void start() throws IOException {
        // kept between trials (one per query) so that the catalog is generated once; delete it to start afresh
        dataDir = Path.of(System.getProperty("catalogBench.dir", "bench/target/catalog-bench-data"));
        Files.createDirectories(dataDir);
        // command-line arguments, not builder properties: those are defaults that application.properties
        // (motcua.data-dir=./data) overrides, which put the benchmark's catalog into the developer's own database
        context = new SpringApplicationBuilder(MotcuaApplication.class)
                .run("--motcua.data-dir=" + dataDir, "--motcua.embedded-db.durable=false", "--motcua.demo=false",
                        "--motcua.admin.password=Bench@12345", "--server.port=0", "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN");
        catalog = context.getBean(Catalog.class);
        // the catalog only accepts agencies known to the identity module
        Agencies agencies = context.getBean(Agencies.class);
        if (agencies.find(AgencyCode.parse(AGENCY)).isEmpty()) {
            agencies.create(new NewAgency(AgencyCode.parse(AGENCY), "Cơ quan đo hiệu năng", null,
                    LocalDate.of(2020, 1, 1), null, List.of()));
        }
        long loaded = catalog.search(new SearchQuery(AGENCY, null, null, null, null, null, false, 0, 1)).total();
        if (loaded >= PROCEDURES) {
            return;
        }
        ImportSummary first = catalog.importCatalog(AGENCY, catalogFile(false), "bench");
        ImportSummary second = catalog.importCatalog(AGENCY, catalogFile(true), "bench");
        System.out.printf("%nLoaded %d procedures (%d refused), then %d given a second version%n",
                first.created(), first.refused().size(), second.updated());
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    @Benchmark
    public SearchPage<ProcedureSummary> search() {
        return catalog.search(new SearchQuery(AGENCY, q, null, null, ProcedureStatus.ACTIVE, null, false, 0, 20));
    }

    /** A file of the shared schema; with {@code amended}, every tenth procedure's time limit changes. */
    static byte[] catalogFile(boolean amended) {
        StringBuilder json = new StringBuilder("{\"schemaVersion\":1,\"procedures\":[");
        for (int i = 0; i < PROCEDURES; i++) {
            String name = ACTIONS.get(i % ACTIONS.size()) + " " + DOCUMENTS.get((i / 10) % DOCUMENTS.size()) + " "
                    + SUBJECTS.get((i / 50) % SUBJECTS.size()) + SUFFIXES.get((i / 1500) % SUFFIXES.size());
            int days = amended && i % 10 == 0 ? 7 : 10 + i % 20;
            String status = i % 7 == 0 ? "ABOLISHED" : "ACTIVE";
            json.append(i == 0 ? "" : ",").append(String.format(
                    "{\"code\":\"%d.%06d\",\"name\":\"%s (%d)\",\"status\":\"%s\",\"level\":\"PROVINCE\","
                            + "\"field\":{\"code\":null,\"name\":\"%s\"},"
                            + "\"timeLimit\":{\"amount\":%d,\"unit\":\"WORKING_DAY\"},"
                            + "\"fee\":{\"amountVnd\":%d,\"printed\":null},\"onlineLevel\":\"%s\"}",
                    1 + i % 3, 100_000 + i, name, i, status, FIELDS.get(i % FIELDS.size()), days,
                    (i % 5) * 50_000L, i % 3 == 0 ? "FULL" : "PARTIAL"));
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }
}

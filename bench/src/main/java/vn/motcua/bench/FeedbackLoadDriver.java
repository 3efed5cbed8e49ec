package vn.motcua.bench;

import static vn.motcua.bench.DossierLoadDriver.awaitHealthy;
import static vn.motcua.bench.DossierLoadDriver.deleteRecursively;
import static vn.motcua.bench.DossierLoadDriver.freePort;
import static vn.motcua.bench.DossierLoadDriver.ms;
import static vn.motcua.bench.DossierLoadDriver.say;
import static vn.motcua.bench.DossierLoadDriver.seconds;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/**
 * The feedback register at scale (issue 16: "the PAKN queue and the public answers search at 100,000 records, p95"):
 * starts the real jar with demo data, adds N feedback rows of the demo agency by bulk SQL (eight years of history,
 * 55 % published, the rest refused, forwarded, answered or open in every status, the open ones recent and some past
 * their limit), {@code VACUUM (ANALYZE)}, then times over HTTP the officers' register (whole agency, overdue, one
 * status, words), the public answers (newest, and searched without diacritics) and the public lookup.
 *
 * <pre>
 * ./mvnw -q package -DskipTests &amp;&amp; ./mvnw -q -f bench/pom.xml package -DskipTests
 * java -Xmx256m -cp bench/target/benchmarks.jar vn.motcua.bench.FeedbackLoadDriver --feedback=100000
 * </pre>
 */
public final class FeedbackLoadDriver {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String AGENCY = "000.00.22.H05";
    private static final String PASSWORD = "Demo@12345";
    /** Words people search the public answers with, typed without diacritics. */
    private static final List<String> SEARCHES = List.of("ban sao", "thoi han", "le phi", "bieu mau", "chuyen giao",
            "giay chung nhan", "truc tuyen", "buc xa", "so huu tri tue", "doanh nghiep");

    private final DriverOptions options;
    private final List<String> report = new ArrayList<>();
    private String base;
    private String jdbcUrl;

    private FeedbackLoadDriver(DriverOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        new FeedbackLoadDriver(DriverOptions.parse(args)).run();
    }

    private void run() throws Exception {
        Path jar = Path.of(options.get("jar", "target/motcua.jar"));
        Path dataDir = Path.of(options.get("data-dir", "bench/target/feedback-bench-data"));
        int port = freePort();
        int dbPort = freePort();
        deleteRecursively(dataDir);
        Files.createDirectories(dataDir);
        base = "http://localhost:" + port;
        jdbcUrl = "jdbc:postgresql://localhost:" + dbPort + "/postgres?user=postgres";
        Process app = DossierLoadDriver.launch(options, jar, dataDir, port, dbPort);
        try {
            long started = System.nanoTime();
            awaitHealthy(app, base);
            say("Application up in %.1f s", seconds(started));
            long count = options.number("feedback", 100_000);
            generate(count);
            int requests = options.integer("requests", 200);
            WebSession officer = WebSession.signIn(base, "kiemsoat", PASSWORD);
            String register = "/api/v1/feedback?agency=" + AGENCY;
            time("Register, whole agency", officer, register, requests, true);
            time("Register, overdue", officer, register + "&overdue=true", requests, true);
            time("Register, status ASSIGNED", officer, register + "&status=ASSIGNED", requests, true);
            time("Register, words (q)", officer, register + "&q=", requests, false);
            WebSession visitor = WebSession.anonymous(base);
            String answers = "/api/v1/public/feedback/answers?agency=" + AGENCY;
            time("Public answers, newest", visitor, answers, requests, true);
            time("Public answers, searched", visitor, answers + "&q=", requests, false);
            lookups(visitor, requests);
            Files.write(dataDir.resolve("results-" + count + ".md"), report, StandardCharsets.UTF_8);
            report.forEach(System.out::println);
        } finally {
            app.destroy();
            app.waitFor(120, TimeUnit.SECONDS);
        }
    }

    private void generate(long count) throws Exception {
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(jdbcUrl); Statement sql = db.createStatement()) {
            sql.execute("SELECT setseed(0.16)");
            sql.executeUpdate("""
                    WITH g AS (
                      SELECT n,
                             CASE WHEN n % 100 < 55 THEN 'PUBLISHED' WHEN n % 100 < 60 THEN 'ANSWERED'
                                  WHEN n % 100 < 68 THEN 'REJECTED' WHEN n % 100 < 72 THEN 'FORWARDED'
                                  WHEN n % 100 < 80 THEN 'ASSIGNED' WHEN n % 100 < 85 THEN 'ACCEPTED'
                                  WHEN n % 100 < 90 THEN 'SUPPLEMENT_REQUESTED' ELSE 'RECEIVED' END AS status,
                             (ARRAY['Đề nghị bỏ yêu cầu bản sao chứng thực', 'Thời hạn giải quyết quá dài',
                                    'Lệ phí chưa được công khai', 'Biểu mẫu tờ khai trùng lặp',
                                    'Hồ sơ chuyển giao công nghệ', 'Giấy chứng nhận doanh nghiệp khoa học',
                                    'Nộp hồ sơ trực tuyến bị lỗi', 'Giấy phép tiến hành công việc bức xạ',
                                    'Đăng ký sở hữu trí tuệ', 'Thủ tục hỗ trợ doanh nghiệp đổi mới'])[1 + n % 10]
                               AS topic
                      FROM generate_series(1, {count}) n
                    ), t AS (
                      SELECT g.*, CASE WHEN status IN ('ASSIGNED', 'ACCEPTED', 'SUPPLEMENT_REQUESTED', 'RECEIVED',
                                                       'ANSWERED')
                                       THEN now() - (random() * interval '60 days')
                                       ELSE now() - interval '70 days' - (random() * interval '2900 days') END AS received
                      FROM g
                    )
                    INSERT INTO feedback (code, agency_code, register_year, register_number, lookup_secret, status,
                        kind, category, subject, content, submitter_type, submitter_name, submitter_address,
                        submitter_phone, channel, received_at, received_by, rule_set_id, clock_started_at,
                        refusal_due, first_supplement_due, forward_due, handling_due, publication_due, stage_due,
                        classification, classified_at, reject_reason, forward_target, unit_code, assignee,
                        answer_text, answer_outcome, answered_at, answered_by, published_at, publication_channels,
                        handled_at, handled_on_time, updated_at)
                    SELECT '{agency}-BENCH-' || lpad(n::text, 7, '0'), '{agency}', extract(year FROM received)::int,
                           1000000 + n, upper(substr(md5(n::text), 1, 8)), status,
                           CASE WHEN n % 3 = 0 THEN 'RECOMMENDATION' ELSE 'REPORT' END, 1 + n % 8,
                           topic || ' (' || n || ')',
                           'Người gửi phản ánh về ' || lower(topic) || ': quy định hiện hành gây khó khăn khi thực '
                               || 'hiện thủ tục, đề nghị cơ quan xem xét sửa đổi cho phù hợp thực tế.',
                           CASE WHEN n % 4 = 0 THEN 'ORGANIZATION' ELSE 'CITIZEN' END, 'Người gửi số ' || n,
                           'Bắc Ninh', '09' || lpad((n % 100000000)::text, 8, '0'),
                           (ARRAY['ONLINE', 'DESK', 'POST', 'PHONE', 'EMAIL', 'NATIONAL_PORTAL'])[1 + n % 6],
                           received, NULL, 1, received, received + interval '3 days', received + interval '7 days',
                           received + interval '7 days', received + interval '21 days',
                           CASE WHEN status IN ('ANSWERED', 'PUBLISHED') THEN received + interval '17 days' END,
                           CASE status WHEN 'RECEIVED' THEN received + interval '7 days'
                                       WHEN 'ACCEPTED' THEN received + interval '21 days'
                                       WHEN 'ASSIGNED' THEN received + interval '21 days'
                                       WHEN 'ANSWERED' THEN received + interval '17 days' END,
                           CASE status WHEN 'REJECTED' THEN 'NOT_ACCEPTED' WHEN 'FORWARDED' THEN 'OUTSIDE_COMPETENCE'
                                       WHEN 'RECEIVED' THEN NULL ELSE 'WITHIN_COMPETENCE' END,
                           CASE WHEN status <> 'RECEIVED' THEN received + interval '1 day' END,
                           CASE WHEN status = 'REJECTED' THEN 'Không thuộc phạm vi phản ánh về quy định' END,
                           CASE WHEN status = 'FORWARDED' THEN 'Sở Tư pháp tỉnh Bắc Ninh' END,
                           CASE WHEN status IN ('ASSIGNED', 'ANSWERED', 'PUBLISHED') THEN 'QLCN' END,
                           CASE WHEN status IN ('ASSIGNED', 'ANSWERED', 'PUBLISHED') THEN 'chuyenvien' END,
                           CASE WHEN status IN ('ANSWERED', 'PUBLISHED') THEN 'Sở đã xem xét ' || lower(topic)
                               || ' và trả lời: quy định sẽ được rà soát, đơn giản hóa trong kỳ tới.' END,
                           CASE WHEN status IN ('ANSWERED', 'PUBLISHED') THEN 'EXPLAINED' END,
                           CASE WHEN status IN ('ANSWERED', 'PUBLISHED') THEN received + interval '15 days' END,
                           CASE WHEN status IN ('ANSWERED', 'PUBLISHED') THEN 'chuyenvien' END,
                           CASE WHEN status = 'PUBLISHED' THEN received + interval '16 days' END,
                           CASE WHEN status = 'PUBLISHED' THEN ARRAY['WEBSITE'] END,
                           CASE WHEN status IN ('ANSWERED', 'PUBLISHED') THEN received + interval '15 days'
                                WHEN status IN ('REJECTED', 'FORWARDED') THEN received + interval '2 days' END,
                           CASE WHEN status IN ('ANSWERED', 'PUBLISHED', 'REJECTED', 'FORWARDED')
                                THEN n % 10 <> 0 END,
                           now()
                    FROM t
                    """.replace("{count}", String.valueOf(count)).replace("{agency}", AGENCY));
            sql.execute("VACUUM (ANALYZE) feedback");
        }
        say("Generated %,d feedback rows in %.1f s", count, seconds(started));
        report.add("- %,d feedback rows of one agency generated by bulk SQL in %.1f s".formatted(count,
                seconds(started)));
    }

    /** Times a list: {@code paged} walks pages 0–4 and random ones; otherwise each request appends a search word. */
    private void time(String name, WebSession session, String path, int requests, boolean paged) throws Exception {
        SplittableRandom random = new SplittableRandom(16);
        WebSession.Reply first = session.get(paged ? path + "&page=0&size=20" : path + encode(SEARCHES.get(0)));
        if (first.status() != 200) {
            throw new IllegalStateException(name + ": HTTP " + first.status() + " " + first.body());
        }
        long total = JSON.readTree(first.body()).path("total").asLong();
        int pages = (int) Math.max(1, (total + 19) / 20);
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < requests + 50; i++) {
            String url = paged ? path + "&page=" + (i % 2 == 0 ? random.nextInt(Math.min(5, pages))
                    : random.nextInt(pages)) + "&size=20" : path + encode(SEARCHES.get(i % SEARCHES.size()));
            WebSession.Reply reply = session.get(url);
            if (reply.status() != 200) {
                throw new IllegalStateException(name + ": HTTP " + reply.status());
            }
            if (i >= 50) {
                times.add(reply.nanos());
            }
        }
        say("%-30s total %,7d: p50 %s p95 %s p99 %s ms", name, total, ms(times, 50), ms(times, 95), ms(times, 99));
        report.add("- %s (%,d matching; %d requests after 50 warm-up): p50 %s ms, **p95 %s ms**, p99 %s ms"
                .formatted(name, total, requests, ms(times, 50), ms(times, 95), ms(times, 99)));
    }

    private void lookups(WebSession visitor, int requests) throws Exception {
        List<String[]> targets = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl); Statement sql = db.createStatement();
             ResultSet rs = sql.executeQuery("SELECT code, lookup_secret FROM feedback ORDER BY random() LIMIT "
                     + (requests + 50))) {
            while (rs.next()) {
                targets.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            String[] t = targets.get(i);
            WebSession.Reply reply = visitor.get("/api/v1/public/feedback/" + t[0] + "?secret=" + t[1]);
            if (reply.status() != 200) {
                throw new IllegalStateException("lookup " + t[0] + ": HTTP " + reply.status());
            }
            if (i >= 50) {
                times.add(reply.nanos());
            }
        }
        say("Public lookup: p50 %s p95 %s p99 %s ms", ms(times, 50), ms(times, 95), ms(times, 99));
        report.add("- Public lookup (`GET /api/v1/public/feedback/{code}?secret=`), %d random: p50 %s ms, **p95 %s ms**"
                .formatted(times.size(), ms(times, 50), ms(times, 95)) + ", p99 %s ms".formatted(ms(times, 99)));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

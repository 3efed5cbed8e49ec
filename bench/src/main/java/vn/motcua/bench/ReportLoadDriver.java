package vn.motcua.bench;

import static vn.motcua.bench.DossierLoadDriver.awaitHealthy;
import static vn.motcua.bench.DossierLoadDriver.deleteRecursively;
import static vn.motcua.bench.DossierLoadDriver.freePort;
import static vn.motcua.bench.DossierLoadDriver.ms;
import static vn.motcua.bench.DossierLoadDriver.say;
import static vn.motcua.bench.DossierLoadDriver.seconds;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.reporting.PeriodKind;
import vn.motcua.reporting.PeriodType;
import vn.motcua.reporting.ReportingPeriod;

/**
 * Load driver for the quarterly resolution report (form II.06a) and the Decision 766 index over millions of dossiers,
 * against the real application jar over real HTTP.
 *
 * <ol>
 *   <li>starts {@code target/motcua.jar} with demo data (embedded PostgreSQL on a known port);</li>
 *   <li>tops the demo agency up to N dossiers with bulk SQL ({@code INSERT … SELECT … FROM generate_series}, about a
 *       million rows per statement): receipts on weekdays in office hours from January 2016 to today, in receipt order
 *       within each run, over the demo catalog's procedures spread over ten fields; channels 40/50/10 %; due dates
 *       5–30 working days after receipt; most resolved (some late), a few stopped or refused at intake, about 2 %
 *       still open; supplements, extensions, fee lines (30 %, half paid online), digitisation flags, some ratings;
 *       then {@code VACUUM (ANALYZE)};</li>
 *   <li>prints {@code EXPLAIN (ANALYZE, BUFFERS)} of the ledger count SQL ({@code LedgerQueries.countsSql()}, read by
 *       reflection so that it is always the application's) with the parameters bound, and times it alone; from V5_4
 *       on, the same for the per-dossier rules ({@code rowCountsSql()}) and whether both give the same rows;</li>
 *   <li>times, as the control officer {@code kiemsoat} signed in through the login form, the resolution report of
 *       reporting quarters and the 766 index of calendar quarters, one request at a time after warm-up.</li>
 * </ol>
 * Options ({@code --name=value}): jar, data-dir, dossiers (total bench dossiers wanted; a re-run with
 * {@code --reuse=true} adds the difference), chunk, heap, requests, warmup, sql-runs, seed, keep-running,
 * startup-minutes (60: how long to wait for the application, migrations included), vacuum (also when nothing is
 * generated).
 */
public final class ReportLoadDriver {

    static final String AGENCY = "000.00.22.H05";
    private static final String PASSWORD = "Demo@12345";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** First day of the generated history (a Monday). */
    static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 4);
    /** Fields of a provincial Department of Science and Technology after the 2025 merger (the demo catalog has one). */
    private static final List<String> MORE_FIELDS = List.of("Tiêu chuẩn - Đo lường - Chất lượng", "Sở hữu trí tuệ",
            "Chuyển giao công nghệ", "Năng lượng nguyên tử, an toàn bức xạ và hạt nhân", "Viễn thông và Internet",
            "Bưu chính", "Công nghệ thông tin, điện tử", "Tần số vô tuyến điện", "Chuyển đổi số",
            "Hoạt động khoa học và công nghệ");

    private final DriverOptions options;
    private final List<String> report = new ArrayList<>();
    private String base;
    private String jdbcUrl;

    private ReportLoadDriver(DriverOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        new ReportLoadDriver(DriverOptions.parse(args)).run();
    }

    private void run() throws Exception {
        Path jar = Path.of(options.get("jar", "target/motcua.jar"));
        Path dataDir = Path.of(options.get("data-dir", "bench/target/report-bench-data"));
        int port = options.integer("port", freePort());
        int dbPort = freePort();
        if (!options.flag("reuse")) {
            deleteRecursively(dataDir);
        }
        Files.createDirectories(dataDir);
        base = "http://localhost:" + port;
        jdbcUrl = "jdbc:postgresql://localhost:" + dbPort + "/postgres?user=postgres";

        Process app = DossierLoadDriver.launch(options, jar, dataDir, port, dbPort);
        boolean keep = options.flag("keep-running");
        try {
            long started = System.nanoTime();
            awaitHealthy(app, base, java.time.Duration.ofMinutes(options.number("startup-minutes", 60)));
            say("Application up in %.1f s (jar %s, heap %s)", seconds(started), jar, options.get("heap", "1g"));
            long wanted = options.number("dossiers", 1_000_000);
            long existing = benchDossiers();
            if (existing < wanted) {
                generate(existing, wanted - existing, options.integer("chunk", 1_000_000));
                vacuum();
            } else {
                say("%,d bench dossiers already there (wanted %,d): nothing generated", existing, wanted);
                if (options.flag("vacuum")) {
                    vacuum(); // e.g. after a migration that rewrote rows
                }
            }
            describe();
            List<Period> periods = periods();
            explain(periods);
            time(periods, options.integer("warmup", 5), options.integer("requests", 30));
            Files.write(dataDir.resolve("results-" + benchDossiers() + ".md"), report, StandardCharsets.UTF_8);
            if (keep) {
                say("Application left running at %s (database port %d, pid %d); stop it with kill %d", base, dbPort,
                        app.pid(), app.pid());
            }
        } catch (Exception e) {
            e.printStackTrace(System.out);
            throw e;
        } finally {
            if (!keep) {
                app.destroy();
                app.waitFor(120, TimeUnit.SECONDS);
            }
        }
    }

    private long benchDossiers() throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl); Statement sql = db.createStatement();
             ResultSet rs = sql.executeQuery("SELECT count(*) FROM dossier WHERE created_by = 'bench'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // ------------------------------------------------------------------------------------------ generation

    /**
     * Adds {@code count} dossiers numbered {@code existing + 1 …}: row number order is receipt order, spread evenly
     * over the weekdays from {@link #FIRST_DAY} to yesterday, so each run lays its rows down in time order (as an
     * agency's own history would be), and a second run interleaves with the first one day by day.
     */
    private void generate(long existing, long count, int chunk) throws Exception {
        long weekdays = 0;
        LocalDate today = LocalDate.now(VIETNAM);
        for (LocalDate d = FIRST_DAY; d.isBefore(today); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                weekdays++;
            }
        }
        long first = existing + 1;
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(jdbcUrl); Statement sql = db.createStatement()) {
            int procedures = procedures(db);
            long base = 0;
            try (ResultSet rs = sql.executeQuery(
                    "SELECT coalesce(max(right(code, 6)::int), 0) FROM dossier WHERE created_by = 'bench'")) {
                rs.next();
                base = rs.getLong(1); // a later run numbers each day's dossiers after the earlier run's
            }
            String sequence;
            try (ResultSet rs = sql.executeQuery("SELECT pg_get_serial_sequence('dossier', 'id')")) {
                rs.next();
                sequence = rs.getString(1);
            }
            int active;
            try (ResultSet rs = sql.executeQuery("SELECT count(*) FROM bench_procedure WHERE pick >= 1000")) {
                rs.next();
                active = rs.getInt(1);
            }
            // a later run (adding to the dossiers there) draws another sequence than the first
            long seed = Long.parseLong(options.get("seed", "20260101")) + (first == 1 ? 0 : first * 7919);
            sql.execute("SELECT setseed(" + (seed % 1000) / 1000.0 + ")");
            say("Generating %,d dossiers (numbers %,d … %,d) over %,d weekdays from %s, %d procedures (%d current), "
                    + "in chunks of %,d", count, first, existing + count, weekdays, FIRST_DAY, procedures, active, chunk);
            for (long from = first; from <= existing + count; from += chunk) {
                long to = Math.min(existing + count, from + chunk - 1);
                long t = System.nanoTime();
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("from", from);
                values.put("to", to);
                values.put("first", first);
                values.put("count", count);
                values.put("weekdays", weekdays);
                values.put("base", base);
                values.put("all", procedures);
                values.put("active", active);
                values.put("agency", AGENCY);
                values.put("sequence", sequence);
                sql.execute("DROP TABLE IF EXISTS bench_gen");
                sql.execute(fill(GENERATE, values));
                int dossiers = sql.executeUpdate("INSERT INTO dossier (" + COLUMNS + ") SELECT " + COLUMNS
                        + " FROM bench_gen ORDER BY id");
                int fees = sql.executeUpdate("""
                        INSERT INTO dossier_fee (dossier_id, name, amount_vnd, paid_at, paid_online)
                        SELECT id, 'Phí thẩm định hồ sơ', fee_vnd, received_at + interval '2 hours', fee_online
                        FROM bench_gen WHERE fee_vnd IS NOT NULL ORDER BY id""");
                int ratings = sql.executeUpdate("""
                        INSERT INTO dossier_rating (dossier_id, overall, first_rated_at, rated_at)
                        SELECT id, rating, returned_at + interval '1 day', returned_at + interval '1 day'
                        FROM bench_gen WHERE rating IS NOT NULL ORDER BY id""");
                say("  %,d … %,d: %,d dossiers, %,d fee lines, %,d ratings in %.0f s (%,.0f dossiers/s); %.0f s so far",
                        from, to, dossiers, fees, ratings, seconds(t), dossiers / seconds(t), seconds(started));
            }
            sql.execute("DROP TABLE bench_gen");
        }
        say("Generated %,d dossiers in %.0f s (%,.0f dossiers/s)", count, seconds(started),
                count / seconds(started));
        report.add("- Generated %,d dossiers by bulk SQL in %.0f s (%,.0f dossiers/s)".formatted(count,
                seconds(started), count / seconds(started)));
    }

    /**
     * The demo catalog's procedures as a temporary table {@code bench_procedure}: {@code pick} 0… for every procedure
     * (receipts before 1 July 2025), 1000… again for the current ones (receipts since); each with one of ten fields
     * (the catalog's own first) and its time limit in working days (the catalog's when given in working days,
     * calendar days × 5/7 when given as printed, otherwise 5–30 by procedure), kept within 5–30.
     */
    private int procedures(Connection db) throws SQLException {
        record Procedure(String code, int version, String name, String field, boolean active, Integer days,
                String unit) {}
        List<Procedure> all = new ArrayList<>();
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery("""
                SELECT DISTINCT ON (code) code, version, name, field_name, status = 'ACTIVE',
                       time_limit_amount::int, time_limit_unit
                FROM catalog_version WHERE agency_code = '%s' ORDER BY code, version DESC""".formatted(AGENCY))) {
            while (rs.next()) {
                all.add(new Procedure(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), (Integer) rs.getObject(6), rs.getString(7)));
            }
        }
        Set<String> fields = new LinkedHashSet<>();
        all.stream().map(Procedure::field).filter(f -> f != null).forEach(fields::add);
        for (String more : MORE_FIELDS) {
            if (fields.size() < 10) {
                fields.add(more);
            }
        }
        List<String> tenFields = List.copyOf(fields);
        try (Statement sql = db.createStatement()) {
            sql.execute("DROP TABLE IF EXISTS bench_procedure");
            sql.execute("CREATE TEMP TABLE bench_procedure (pick int PRIMARY KEY, code text, version int, name text, "
                    + "field text, wd int)");
        }
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO bench_procedure VALUES (?, ?, ?, ?, ?, ?)")) {
            int activeIndex = 0;
            for (int n = 0; n < all.size(); n++) {
                Procedure p = all.get(n);
                int days = p.days() == null ? 5 + (n * 7) % 26
                        : "WORKING_DAY".equals(p.unit()) ? p.days() : Math.round(p.days() * 5 / 7f);
                days = Math.max(5, Math.min(30, days));
                String field = tenFields.get(n % tenFields.size());
                List<Integer> picks = p.active() ? List.of(n, 1000 + activeIndex++) : List.of(n);
                for (int pick : picks) {
                    insert.setInt(1, pick);
                    insert.setString(2, p.code());
                    insert.setInt(3, p.version());
                    insert.setString(4, p.name());
                    insert.setString(5, field);
                    insert.setInt(6, days);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
        say("Catalog of %s: %d procedures (%d current) in %d field(s) of the catalog, spread over %d fields", AGENCY,
                all.size(), all.stream().filter(Procedure::active).count(),
                all.stream().map(Procedure::field).distinct().count(), tenFields.size());
        return all.size();
    }

    /** The dossier columns written (the rest keep their defaults). */
    private static final String COLUMNS = """
            id, code, agency_code, procedure_code, procedure_version, procedure_name, field_name, rule_set, channel,
            result_delivery, applicant_type, applicant_name, applicant_id_number, applicant_phone, applicant_address,
            lookup_secret, status, stage, submitted_at, received_at, clock_start_at, original_due_at,
            deadline_due_at, due_at, near_due_from, extended, supplement_requests, supplement_requested_at,
            finished_at, outcome, returned_at, current_unit, assignee, current_step, fees_due_vnd, digitized,
            result_digitized, imported, created_by, version, updated_at""";

    /**
     * One chunk of generated dossiers into {@code bench_gen} (dossier columns plus the fee line and the rating).
     * Each step of the CTE adds what follows from the previous ones; every random draw is its own column. The steps are
     * materialised: inlined, every use of a derived column would compute its whole chain again (12 s for 20,000 rows
     * instead of 0.6 s).
     */
    private static final String GENERATE = """
            CREATE TEMP TABLE bench_gen AS
            WITH draw AS MATERIALIZED (
                SELECT g, (g - ${first}) * ${weekdays} / ${count} AS wi,   -- weekday index: row order = receipt order
                       random() AS r_time, random() AS r_proc, random() AS r_chan, random() AS r_kind,
                       random() AS r_end, random() AS r_sup, random() AS r_ext, random() AS r_ret, random() AS r_out,
                       random() AS r_fee, random() AS r_dig, random() AS r_res, random() AS r_app, random() AS r_open,
                       random() AS r_rate
                FROM generate_series(${from}::bigint, ${to}::bigint) g
            ), dated AS MATERIALIZED (
                SELECT draw.*, date '2016-01-04' + (wi / 5 * 7 + wi % 5)::int AS day,
                       -- number within the day: rows of one day are consecutive
                       (g - ${first}) - (wi * ${count} + ${weekdays} - 1) / ${weekdays} + 1 + ${base} AS seq,
                       CASE WHEN r_kind < 0.015 THEN 'NOT_ACCEPTED' WHEN r_kind < 0.035 THEN 'STOPPED'
                            WHEN r_kind < 0.050 THEN 'STALE' ELSE 'RESOLVED' END AS kind
                FROM draw
            ), received AS MATERIALIZED (
                SELECT dated.*, p.code AS procedure_code, p.version AS procedure_version, p.name AS procedure_name,
                       p.field AS field_name, p.wd,
                       (day + time '07:30' + r_time * interval '9 hours') AT TIME ZONE 'Asia/Ho_Chi_Minh' AS at,
                       CASE WHEN r_chan < 0.4 THEN 'ONLINE' WHEN r_chan < 0.9 THEN 'DIRECT' ELSE 'POSTAL' END AS channel,
                       -- most dossiers left open for good wait for a supplement the applicant never brought
                       CASE WHEN r_sup < 0.005 THEN 2 WHEN r_sup < 0.085 THEN 1
                            WHEN kind = 'STALE' AND r_open < 0.6 THEN 1 ELSE 0 END AS supplements,
                       r_ext < 0.02 AS extended,
                       0.1 + 0.08 * (extract(year FROM day) - 2016) AS digitized_share
                FROM dated JOIN bench_procedure p
                  ON p.pick = CASE WHEN day < date '2025-07-01' THEN floor(r_proc * ${all})::int
                                   ELSE 1000 + floor(r_proc * ${active})::int END
            ), due AS MATERIALIZED (
                SELECT received.*,
                       -- wd working days after a weekday receipt: whole weeks, plus a weekend if the rest crosses one
                       at + (wd / 5 * 7 + wd % 5 + CASE WHEN extract(isodow FROM day) + wd % 5 > 5 THEN 2 ELSE 0 END)
                            * interval '1 day' AS original_due
                FROM received
            ), deadline AS MATERIALIZED (
                SELECT due.*,
                       -- each supplement restarts the clock when the applicant answers: 10–25 days later
                       original_due + supplements * (10 + floor(r_sup * 1e4)::int % 16) * interval '1 day' AS judged_due
                FROM due
            ), extension AS MATERIALIZED (
                SELECT deadline.*,
                       judged_due + CASE WHEN extended THEN (5 + floor(r_ext * 1e4)::int % 11) * interval '1 day'
                                         ELSE interval '0' END AS printed_due
                FROM deadline
            ), ended AS MATERIALIZED (
                SELECT extension.*,
                       CASE WHEN kind IN ('NOT_ACCEPTED', 'STALE') THEN NULL
                            WHEN kind = 'STOPPED' THEN at + (0.1 + 0.6 * r_end) * (judged_due - at)
                            WHEN extended THEN judged_due + (0.2 + 0.7 * r_end) * (printed_due - judged_due)
                            WHEN r_end < 0.06 THEN judged_due + (0.5 + r_end / 0.06 * 20) * interval '1 day'  -- late
                            WHEN r_end < 0.25 THEN judged_due - (r_end - 0.06) / 0.19 * interval '1 hour' -- due day
                            ELSE at + (0.15 + 0.8 * (r_end - 0.25) / 0.75) * (judged_due - at) END AS end_at
                FROM extension
            ), state AS MATERIALIZED (
                SELECT ended.*,
                       CASE WHEN kind = 'NOT_ACCEPTED' THEN 'NOT_ACCEPTED'
                            WHEN end_at IS NULL OR end_at > now() THEN
                                CASE WHEN supplements > 0 AND r_open < 0.6 THEN 'SUPPLEMENT_REQUESTED'
                                     WHEN r_open < 0.75 THEN 'IN_PROGRESS' ELSE 'RECEIVED' END
                            WHEN kind = 'STOPPED' THEN 'STOPPED'
                            WHEN r_ret < 0.998 AND end_at + r_ret * interval '7 days' <= now() THEN 'RETURNED'
                            ELSE 'RESOLVED' END AS status
                FROM ended
            )
            SELECT nextval('${sequence}') AS id,
                   '${agency}-' || to_char(day, 'YYMMDD') || '-' || lpad(seq::text, 6, '0') AS code,
                   '${agency}' AS agency_code, procedure_code, procedure_version, procedure_name, field_name,
                   CASE WHEN day < date '2025-07-01' THEN 'ND61-2018' ELSE 'ND118-2025' END AS rule_set, channel,
                   CASE WHEN status <> 'RETURNED' THEN NULL WHEN channel = 'POSTAL' THEN 'POST'
                        WHEN channel = 'ONLINE' AND r_ret < 0.7 THEN 'ONLINE' ELSE 'DESK' END AS result_delivery,
                   CASE WHEN r_app < 0.25 THEN 'ORGANIZATION' ELSE 'CITIZEN' END AS applicant_type,
                   CASE WHEN r_app < 0.25
                        THEN 'Công ty TNHH ' || (ARRAY['Khoa học', 'Công nghệ', 'Đổi mới', 'Sáng tạo', 'Kỹ thuật',
                             'Tin học', 'Viễn thông', 'Đo lường'])[1 + floor(r_app * 1e4)::int % 8] || ' '
                             || (ARRAY['Bắc Ninh', 'Kinh Bắc', 'Thuận Thành', 'Từ Sơn', 'Yên Phong', 'Bắc Giang',
                             'Việt Yên', 'Lục Nam'])[1 + floor(r_app * 1e6)::int % 8]
                        ELSE (ARRAY['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Đặng', 'Bùi',
                             'Đỗ'])[1 + floor(r_app * 1e4)::int % 10] || ' '
                             || (ARRAY['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Quốc', 'Ngọc', 'Hữu'])[1 + floor(r_app * 1e5)::int % 8]
                             || ' ' || (ARRAY['An', 'Bình', 'Chi', 'Dũng', 'Hà', 'Hùng', 'Lan', 'Mai', 'Nam', 'Phương',
                             'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn'])[1 + floor(r_app * 1e7)::int % 16]
                   END AS applicant_name,
                   CASE WHEN r_app < 0.25 THEN lpad(floor(r_app * 4e10)::bigint::text, 10, '0')
                        ELSE '0' || lpad(floor(r_app * 1e11)::bigint::text, 11, '0') END AS applicant_id_number,
                   '09' || lpad(floor(r_time * 1e8)::bigint::text, 8, '0') AS applicant_phone,
                   'Tỉnh Bắc Ninh' AS applicant_address,
                   substr(md5(g::text), 1, 8) AS lookup_secret,
                   status,
                   CASE status WHEN 'RECEIVED' THEN 'AT_DESK' WHEN 'SUPPLEMENT_REQUESTED' THEN 'AT_DESK'
                               WHEN 'IN_PROGRESS' THEN 'PROCESSING' END AS stage,
                   at - CASE WHEN channel = 'ONLINE' THEN r_open * interval '2 days' ELSE interval '0' END AS submitted_at,
                   CASE WHEN status <> 'NOT_ACCEPTED' THEN at END AS received_at,
                   CASE WHEN status <> 'NOT_ACCEPTED' THEN at END AS clock_start_at,
                   CASE WHEN status <> 'NOT_ACCEPTED' THEN original_due END AS original_due_at,
                   CASE WHEN status <> 'NOT_ACCEPTED' THEN judged_due END AS deadline_due_at,
                   CASE WHEN status <> 'NOT_ACCEPTED' THEN printed_due END AS due_at,
                   CASE WHEN status <> 'NOT_ACCEPTED' THEN printed_due - interval '1 day' END AS near_due_from,
                   extended AND status <> 'NOT_ACCEPTED' AS extended,
                   CASE WHEN status <> 'NOT_ACCEPTED' THEN supplements ELSE 0 END AS supplement_requests,
                   CASE WHEN status = 'SUPPLEMENT_REQUESTED' THEN at + interval '2 days' END AS supplement_requested_at,
                   CASE WHEN status IN ('STOPPED', 'RESOLVED', 'RETURNED') THEN end_at END AS finished_at,
                   CASE WHEN status IN ('RESOLVED', 'RETURNED') THEN
                        CASE WHEN r_out < 0.04 THEN 'REFUSED' ELSE 'GRANTED' END END AS outcome,
                   CASE WHEN status = 'RETURNED' THEN end_at + r_ret * interval '7 days' END AS returned_at,
                   CASE WHEN status = 'IN_PROGRESS'
                        THEN (ARRAY['QLCN', 'QLKH', 'BCVTCDS'])[1 + floor(r_open * 1e4)::int % 3] END AS current_unit,
                   CASE WHEN status = 'IN_PROGRESS'
                        THEN (ARRAY[['chuyenvien', 'truongphong'], ['cv.qlkh.1', 'cv.qlkh.2'],
                                    ['cv.bcvt.1', 'cv.bcvt.2']])[1 + floor(r_open * 1e4)::int % 3]
                                                                 [1 + floor(r_open * 1e5)::int % 2] END AS assignee,
                   CASE status WHEN 'RECEIVED' THEN 0 WHEN 'SUPPLEMENT_REQUESTED' THEN 0
                               WHEN 'IN_PROGRESS' THEN 1 + floor(r_open * 1e6)::int % 4 END AS current_step,
                   CASE WHEN r_fee < 0.3 AND status <> 'NOT_ACCEPTED' AND r_fee >= 0.015
                        THEN (1 + floor(r_fee * 1e5)::int % 40) * 50000 ELSE 0 END AS fees_due_vnd,
                   status <> 'NOT_ACCEPTED' AND r_dig < digitized_share AS digitized,
                   status IN ('RESOLVED', 'RETURNED') AND r_res < digitized_share AS result_digitized,
                   true AS imported, 'bench' AS created_by, 3 + 2 * supplements AS version, now() AS updated_at,
                   -- one fee line for 30 %, a few of them with a zero amount; half of the lines paid online
                   CASE WHEN r_fee < 0.3 AND status <> 'NOT_ACCEPTED'
                        THEN CASE WHEN r_fee < 0.015 THEN 0 ELSE (1 + floor(r_fee * 1e5)::int % 40) * 50000 END
                   END AS fee_vnd,
                   floor(r_fee * 1e7)::int % 2 = 0 AS fee_online,
                   -- ratings from 2023: about 5 % of the returned dossiers, one in ten not satisfied
                   CASE WHEN status = 'RETURNED' AND day >= date '2023-01-01' AND r_rate < 0.05 THEN
                        CASE WHEN r_rate < 0.005 THEN 'NOT_SATISFIED' WHEN r_rate < 0.03 THEN 'SATISFIED'
                             ELSE 'VERY_SATISFIED' END END AS rating
            FROM state
            """;

    private static String fill(String template, Map<String, Object> values) {
        String filled = template;
        for (var value : values.entrySet()) {
            filled = filled.replace("${" + value.getKey() + "}", String.valueOf(value.getValue()));
        }
        if (filled.contains("${")) {
            throw new IllegalStateException("Unfilled placeholder in " + filled);
        }
        return filled;
    }

    private void vacuum() throws SQLException {
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(jdbcUrl); Statement sql = db.createStatement()) {
            sql.execute("VACUUM (ANALYZE) dossier, dossier_fee, dossier_rating, dossier_ledger_day");
        }
        say("VACUUM (ANALYZE) in %.0f s", seconds(started));
    }

    /** What is in the database: the mix of the generated dossiers and the sizes. */
    private void describe() throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl); Statement sql = db.createStatement()) {
            try (ResultSet rs = sql.executeQuery("""
                    SELECT count(*),
                           count(*) FILTER (WHERE status IN ('RESOLVED', 'RETURNED')),
                           count(*) FILTER (WHERE status IN ('RESOLVED', 'RETURNED') AND finished_at > deadline_due_at),
                           count(*) FILTER (WHERE received_at IS NOT NULL AND finished_at IS NULL),
                           count(*) FILTER (WHERE status = 'STOPPED'),
                           count(*) FILTER (WHERE status = 'NOT_ACCEPTED'),
                           count(*) FILTER (WHERE supplement_requests > 0),
                           count(*) FILTER (WHERE extended),
                           count(*) FILTER (WHERE channel = 'ONLINE'),
                           count(*) FILTER (WHERE digitized),
                           min(received_at)::date, max(received_at)::date, count(DISTINCT field_name)
                    FROM dossier WHERE agency_code = '%s'""".formatted(AGENCY))) {
                rs.next();
                double n = rs.getLong(1);
                String mix = ("%,d dossiers of %s received %s … %s in %d fields: resolved %.1f %% (late %.1f %% of "
                        + "all), open %.1f %%, stopped %.1f %%, not accepted %.1f %%, with a supplement %.1f %%, "
                        + "extended %.1f %%, online %.1f %%, digitised %.1f %%").formatted(rs.getLong(1), AGENCY,
                        rs.getDate(11), rs.getDate(12), rs.getInt(13), 100 * rs.getLong(2) / n,
                        100 * rs.getLong(3) / n, 100 * rs.getLong(4) / n, 100 * rs.getLong(5) / n,
                        100 * rs.getLong(6) / n, 100 * rs.getLong(7) / n, 100 * rs.getLong(8) / n,
                        100 * rs.getLong(9) / n, 100 * rs.getLong(10) / n);
                say("%s", mix);
                report.add("- " + mix);
            }
            try (ResultSet rs = sql.executeQuery("""
                    SELECT (SELECT count(*) FROM dossier_fee), (SELECT count(*) FROM dossier_fee WHERE paid_online),
                           (SELECT count(*) FROM dossier_rating),
                           pg_size_pretty(pg_relation_size('dossier')),
                           pg_size_pretty(pg_total_relation_size('dossier')),
                           pg_size_pretty(pg_relation_size('dossier_ledger_span')),
                           pg_size_pretty(pg_total_relation_size('dossier_fee')),
                           pg_size_pretty(pg_database_size(current_database())),
                           (SELECT count(*) FROM dossier_ledger_day),
                           pg_size_pretty(pg_total_relation_size('dossier_ledger_day'))""")) {
                rs.next();
                String sizes = ("%,d fee lines (%,d paid online), %,d ratings; dossier table %s (%s with indexes, "
                        + "GiST dossier_ledger_span %s), dossier_fee %s, database %s; day counters %,d rows (%s)")
                        .formatted(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9), rs.getString(10));
                say("%s", sizes);
                report.add("- " + sizes);
            }
        }
    }

    // ------------------------------------------------------------------------------------------ measuring

    /** A period asked for: the report's (REPORTING) or the index's (CALENDAR). */
    record Period(String what, String path, ReportingPeriod period) {}

    private static List<Period> periods() {
        LocalDate today = LocalDate.now(VIETNAM);
        String reportingNow = ReportingPeriod.containing(today, PeriodKind.QUARTER, PeriodType.REPORTING).name();
        String calendarNow = ReportingPeriod.containing(today, PeriodKind.QUARTER, PeriodType.CALENDAR).name();
        List<Period> periods = new ArrayList<>();
        for (String name : List.of("2024-Q3", "2016-Q1", reportingNow)) {
            periods.add(new Period("report", "/api/v1/reports/dossier-resolution?agency=" + AGENCY + "&period=" + name,
                    ReportingPeriod.parse(name, PeriodType.REPORTING)));
        }
        for (String name : List.of("2024-Q3", "2016-Q1", calendarNow)) {
            periods.add(new Period("index", "/api/v1/index/766?agency=" + AGENCY + "&period=" + name,
                    ReportingPeriod.parse(name, PeriodType.CALENDAR)));
        }
        return periods;
    }

    /**
     * A static SQL method of the application's {@code LedgerQueries}, read by reflection so that the bench always
     * explains the application's own SQL: {@code countsSql} (what the reports run) and, from V5_4 on,
     * {@code rowCountsSql} (the per-dossier rules, over the GiST index); null when there is no such method.
     */
    static String ledgerSql(String method) throws Exception {
        try {
            Method m = Class.forName("vn.motcua.dossier.internal.LedgerQueries").getDeclaredMethod(method);
            m.setAccessible(true);
            return (String) m.invoke(null);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static final Pattern PARAMETER = Pattern.compile("(?<!:):(agency|fromDay|toDay|from|to)\\b");

    /**
     * EXPLAIN (ANALYZE, BUFFERS) of the ledger SQL with literals, then each SQL alone timed with bound parameters;
     * when both the counts and the per-dossier rules are there, whether they give the same rows.
     */
    private void explain(List<Period> periods) throws Exception {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("ledger counts (countsSql, what the reports run)", ledgerSql("countsSql"));
        if (ledgerSql("rowCountsSql") != null) {
            queries.put("per-dossier rules (rowCountsSql, as drill-downs read them)", ledgerSql("rowCountsSql"));
        }
        int runs = options.integer("sql-runs", 10);
        try (Connection db = DriverManager.getConnection(jdbcUrl); Statement statement = db.createStatement()) {
            for (Period p : periods.stream().filter(p -> p.what().equals("report")).toList()) {
                Timestamp from = Timestamp.from(p.period().startInstant(VIETNAM));
                Timestamp to = Timestamp.from(p.period().endExclusiveInstant(VIETNAM));
                LocalDate fromDay = p.period().from();
                LocalDate toDay = p.period().to().plusDays(1);
                Map<String, String> literals = Map.of("agency", "'" + AGENCY + "'",
                        "from", "'" + from.toInstant() + "'::timestamptz", "to", "'" + to.toInstant() + "'::timestamptz",
                        "fromDay", "DATE '" + fromDay + "'", "toDay", "DATE '" + toDay + "'");
                List<List<String>> results = new ArrayList<>();
                for (var query : queries.entrySet()) {
                    String sql = query.getValue();
                    String bound = PARAMETER.matcher(sql).replaceAll(r -> Matcher.quoteReplacement(literals.get(r.group(1))));
                    StringBuilder plan = new StringBuilder();
                    try (ResultSet rs = statement.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + bound)) {
                        while (rs.next()) {
                            plan.append("    ").append(rs.getString(1)).append('\n');
                        }
                    }
                    say("EXPLAIN (ANALYZE, BUFFERS) of the %s, reporting %s (%s … %s):%n%s", query.getKey(),
                            p.period().name(), p.period().from(), p.period().to(), plan);
                    List<String> order = new ArrayList<>();
                    Matcher names = PARAMETER.matcher(sql);
                    while (names.find()) {
                        order.add(names.group(1));
                    }
                    List<Long> times = new ArrayList<>();
                    List<String> rows = new ArrayList<>();
                    try (PreparedStatement ps = db.prepareStatement(PARAMETER.matcher(sql).replaceAll("?"))) {
                        for (int k = 0; k < order.size(); k++) {
                            switch (order.get(k)) {
                                case "agency" -> ps.setString(k + 1, AGENCY);
                                case "from" -> ps.setTimestamp(k + 1, from);
                                case "to" -> ps.setTimestamp(k + 1, to);
                                case "fromDay" -> ps.setObject(k + 1, fromDay);
                                default -> ps.setObject(k + 1, toDay);
                            }
                        }
                        for (int i = 0; i < runs + 2; i++) {
                            rows.clear();
                            long t = System.nanoTime();
                            try (ResultSet rs = ps.executeQuery()) {
                                int columns = rs.getMetaData().getColumnCount();
                                while (rs.next()) {
                                    StringBuilder row = new StringBuilder(String.valueOf(rs.getString(1)));
                                    for (int c = 2; c <= columns; c++) {
                                        row.append(' ').append(rs.getMetaData().getColumnLabel(c)).append('=')
                                                .append(rs.getLong(c));
                                    }
                                    rows.add(row.toString());
                                }
                            }
                            if (i >= 2) {
                                times.add(System.nanoTime() - t);
                            }
                        }
                    }
                    results.add(List.copyOf(rows));
                    say("%s alone over JDBC, reporting %s, %d runs: p50 %s ms, max %s ms", query.getKey(),
                            p.period().name(), runs, ms(times, 50), ms(times, 100));
                    report.add("- SQL alone, %s, reporting %s: p50 %s ms, max %s ms".formatted(query.getKey(),
                            p.period().name(), ms(times, 50), ms(times, 100)));
                }
                if (results.size() == 2) {
                    boolean same = results.get(0).equals(results.get(1));
                    say("Day counters and per-dossier rules give the same %d rows for %s: %s", results.get(0).size(),
                            p.period().name(), same ? "yes" : "NO\n  " + results.get(0) + "\n  " + results.get(1));
                    report.add("- Day counters = per-dossier rules for reporting %s: %s".formatted(p.period().name(),
                            same ? "yes" : "**NO**"));
                }
            }
        }
    }

    private void time(List<Period> periods, int warmup, int requests) throws Exception {
        WebSession officer = WebSession.signIn(base, "kiemsoat", PASSWORD);
        for (Period p : periods) {
            WebSession.Reply first = officer.get(p.path());
            if (first.status() != 200) {
                throw new IllegalStateException(p.path() + ": HTTP " + first.status() + " " + first.body());
            }
            say("%s %s (%s, %s … %s): %s", p.what(), p.period().name(), p.period().type(), p.period().from(),
                    p.period().to(), summary(p, JSON.readTree(first.body())));
            for (int i = 1; i < warmup; i++) {
                officer.get(p.path());
            }
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                WebSession.Reply reply = officer.get(p.path());
                if (reply.status() != 200) {
                    throw new IllegalStateException(p.path() + ": HTTP " + reply.status());
                }
                times.add(reply.nanos());
            }
            say("  %s %s, %d requests: p50 %s ms, p95 %s ms, max %s ms", p.what(), p.period().name(), requests,
                    ms(times, 50), ms(times, 95), ms(times, 100));
            report.add("- %s %s (%s %s … %s), %d requests: p50 %s ms, **p95 %s ms**, max %s ms".formatted(p.what(),
                    p.period().name(), p.period().type(), p.period().from(), p.period().to(), requests, ms(times, 50),
                    ms(times, 95), ms(times, 100)));
        }
    }

    /** A few figures of the reply, to see that the numbers are sensible. */
    private static String summary(Period p, JsonNode body) {
        if (p.what().equals("report")) {
            JsonNode t = body.path("total");
            return String.format(Locale.ROOT, "received %,d (carried over %,d, online %,d), resolved %,d (early %,d, "
                            + "on time %,d, late %,d), in progress %,d (overdue %,d), %d rows, fee dossiers %,d, paid "
                            + "online %,d, checks %s",
                    t.path("received").path("total").asLong(), t.path("received").path("carriedOver").asLong(),
                    t.path("received").path("online").asLong(), t.path("resolved").path("total").asLong(),
                    t.path("resolved").path("early").asLong(), t.path("resolved").path("onTime").asLong(),
                    t.path("resolved").path("late").asLong(), t.path("inProgress").path("total").asLong(),
                    t.path("inProgress").path("overdue").asLong(), body.path("rows").size(),
                    body.path("eService").path("feeDossiers").asLong(), body.path("eService").path("paidOnline").asLong(),
                    body.path("checks").findValues("ok").stream().allMatch(JsonNode::asBoolean) ? "ok" : "FAILED");
        }
        String text = body.toString();
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }
}

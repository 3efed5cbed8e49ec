package vn.motcua.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.motcua.ledger.LedgerRow;
import vn.motcua.identity.DemoAgency;
import vn.motcua.support.Api;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestAgencies;

/**
 * The day counters of V5_4 give, for every period bounded by midnights, exactly what the per-dossier rules count row
 * by row: over a varied imported ledger (receipts and ends of processing at 00:00 and 23:59, supplements, extensions,
 * withdrawals, stops, refusals, no legal time limit, fees, open dossiers), over dossiers walked through the live
 * actions by concurrent clients, and after fees and ratings change; before and after the deltas are folded into the
 * day rows.
 */
@IntegrationTest
class LedgerDayCountersIntegrationTest {

    static final String AGENCY = "000.00.93.T02";
    static final String TIMED = "9.400101";
    static final String UNTIMED = "9.400102";
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter OFFSET = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    @LocalServerPort
    int port;

    @Autowired
    LedgerQueries ledger;

    @Autowired
    LedgerFolding folding;

    @Autowired
    JdbcClient jdbc;

    private Api officer() {
        return Api.at(port).as(TestAgencies.OFFICER, TestAgencies.OFFICER_PASSWORD);
    }

    @Test
    void theDayCountersGiveWhatTheRulesCountRowByRow() throws Exception {
        publish();
        importLedger();
        liveDossiers();
        assertSameCounts(); // deltas not folded yet, or some folded by the scheduled fold

        folding.fold();
        assertThat(jdbc.sql("SELECT count(*) FROM dossier_ledger_delta").query(Long.class).single())
                .as("every committed delta is folded into the day rows").isZero();
        assertSameCounts();

        // fees paid online or removed, and ratings given or changed, move the counters with them
        jdbc.sql("UPDATE dossier_fee SET paid_online = NOT paid_online WHERE dossier_id IN (SELECT id FROM dossier"
                + " WHERE agency_code = :a AND id % 3 = 0)").param("a", AGENCY).update();
        jdbc.sql("DELETE FROM dossier_fee WHERE dossier_id IN (SELECT id FROM dossier WHERE agency_code = :a"
                + " AND id % 5 = 0)").param("a", AGENCY).update();
        jdbc.sql("""
                INSERT INTO dossier_rating (dossier_id, overall, first_rated_at, rated_at)
                SELECT id, CASE WHEN id % 2 = 0 THEN 'NOT_SATISFIED' ELSE 'SATISFIED' END, returned_at, returned_at
                FROM dossier WHERE agency_code = :a AND status = 'RETURNED'
                ON CONFLICT (dossier_id) DO UPDATE SET overall = 'VERY_SATISFIED'""").param("a", AGENCY).update();
        jdbc.sql("UPDATE dossier_rating SET overall = 'NOT_SATISFIED' WHERE dossier_id IN (SELECT id FROM dossier"
                + " WHERE agency_code = :a AND id % 4 = 1)").param("a", AGENCY).update();
        assertThat(jdbc.sql("SELECT count(*) FROM dossier_rating g JOIN dossier d ON d.id = g.dossier_id"
                + " WHERE d.agency_code = :a AND g.overall = 'NOT_SATISFIED'")
                .param("a", AGENCY).query(Long.class).single()).isPositive();
        assertSameCounts();

        // counters gone wrong (say, after a rule set changed what it counts) are recomputed from scratch, as the
        // migration fills them
        Instant year = LocalDate.of(2024, 1, 1).atStartOfDay(VIETNAM).toInstant();
        Instant nextYear = LocalDate.of(2025, 1, 1).atStartOfDay(VIETNAM).toInstant();
        folding.fold();
        jdbc.sql("UPDATE dossier_ledger_day SET resolved_late = resolved_late + 1").update();
        assertThat(ledger.counts(AGENCY, year, nextYear)).isNotEqualTo(ledger.rowCounts(AGENCY, year, nextYear));
        jdbc.sql("SELECT dossier_ledger_rebuild()").query().listOfRows();
        assertSameCounts();
    }

    private void assertSameCounts() {
        List<String> agencies = jdbc.sql("SELECT DISTINCT agency_code FROM dossier ORDER BY 1").query(String.class)
                .list();
        assertThat(agencies).contains(AGENCY, DemoAgency.CODE.value());
        List<LocalDate[]> periods = new ArrayList<>();
        for (LocalDate month = LocalDate.of(2022, 12, 1); month.isBefore(LocalDate.of(2027, 2, 1));
                month = month.plusMonths(1)) {
            periods.add(new LocalDate[] {month, month.plusMonths(1)});                // calendar months
            periods.add(new LocalDate[] {month.minusDays(17), month.plusMonths(3).minusDays(17)}); // reporting quarters
        }
        periods.add(new LocalDate[] {LocalDate.of(2023, 7, 31), LocalDate.of(2023, 8, 1)}); // single days at the edges
        periods.add(new LocalDate[] {LocalDate.of(2023, 8, 1), LocalDate.of(2023, 8, 2)});
        periods.add(new LocalDate[] {LocalDate.of(2023, 8, 1), LocalDate.of(2026, 3, 3)});
        periods.add(new LocalDate[] {LocalDate.of(1990, 1, 1), LocalDate.of(2100, 1, 1)});
        int compared = 0;
        for (String agency : agencies) {
            for (LocalDate[] period : periods) {
                Instant from = period[0].atStartOfDay(VIETNAM).toInstant();
                Instant to = period[1].atStartOfDay(VIETNAM).toInstant();
                List<LedgerRow> summed = ledger.counts(agency, from, to);
                List<LedgerRow> counted = ledger.rowCounts(agency, from, to);
                assertThat(summed).as("%s %s … %s", agency, period[0], period[1]).isEqualTo(counted);
                compared += counted.size();
            }
        }
        assertThat(compared).isGreaterThan(200);
        // an instant that is not a midnight is counted row by row
        Instant noon = LocalDate.of(2023, 8, 1).atTime(12, 0).atZone(VIETNAM).toInstant();
        assertThat(ledger.counts(AGENCY, noon, noon.plusSeconds(86_400 * 30)))
                .isEqualTo(ledger.rowCounts(AGENCY, noon, noon.plusSeconds(86_400 * 30)));
    }

    private void publish() {
        if (Api.at(port).get("/api/v1/procedures/" + TIMED + "?agency=" + AGENCY).status() == 200) {
            return;
        }
        Api.Response published = officer().post("/api/v1/publication-decisions", """
                {"agency":"%s","number":"8/QĐ-UBND","signedOn":"2022-12-01","signer":"Nguyễn Văn B",
                 "effectiveOn":"2023-01-01","issuingAgency":"Ủy ban nhân dân tỉnh",
                 "items":[{"code":"%s","kind":"NEW","procedure":{"name":"Thủ tục có thời hạn",
                   "fieldName":"Lĩnh vực có thời hạn","level":"PROVINCE","timeLimit":{"amount":10,"unit":"WORKING_DAY"},
                   "channels":["DESK","POST","ONLINE"],"onlineLevel":"PARTIAL"}},
                  {"code":"%s","kind":"NEW","procedure":{"name":"Thủ tục không có thời hạn",
                   "fieldName":"Lĩnh vực không thời hạn","level":"PROVINCE",
                   "channels":["DESK","POST","ONLINE"],"onlineLevel":"PARTIAL"}}]}
                """.formatted(AGENCY, TIMED, UNTIMED));
        assertThat(published.status()).as(published.body()).isEqualTo(201);
    }

    /** 120 dossiers received 2023–2025, every kind of life, some events exactly at midnight or a second before. */
    private void importLedger() {
        SplittableRandom random = new SplittableRandom(766);
        List<String> lines = new ArrayList<>();
        String[] channels = {"ONLINE", "DIRECT", "POSTAL"};
        for (int n = 1; n <= 120; n++) {
            LocalDate day = LocalDate.of(2023, 5, 1).plusDays(random.nextInt(900));
            LocalDateTime at = switch (n % 4) {
                case 0 -> day.atStartOfDay();
                case 1 -> day.atTime(23, 59, 59);
                default -> day.atTime(8, 0).plusMinutes(random.nextInt(540));
            };
            boolean timed = n % 9 != 0;
            LocalDateTime due = at.plusDays(7 + random.nextInt(20));
            List<String> events = new ArrayList<>();
            LocalDateTime t = at;
            int kind = random.nextInt(12);
            // ND118-2025 (from 1 July 2025) allows one supplement request only
            int supplements = kind == 0 ? (day.isBefore(LocalDate.of(2025, 7, 1)) ? 2 : 1) : kind <= 2 ? 1 : 0;
            for (int s = 0; s < supplements; s++) {
                t = t.plusDays(1 + random.nextInt(3));
                events.add(event("SUPPLEMENT_REQUESTED", t, null));
                if (kind == 1 && s == supplements - 1) {
                    break; // still waiting for the applicant
                }
                t = t.plusDays(2 + random.nextInt(5));
                due = t.plusDays(7 + random.nextInt(10));
                events.add(event("SUPPLEMENT_RECEIVED", t, timed ? ",\"newDueAt\":\"" + zoned(due) + "\"" : ""));
            }
            boolean waiting = kind == 1;
            if (!waiting && kind == 3) {
                t = t.plusDays(1);
                due = at.plusDays(45 + random.nextInt(10)); // after any due date the import sets or computes
                events.add(event("EXTENDED", t, ",\"newDueAt\":\"" + zoned(due) + "\""));
            }
            if (!waiting && kind != 4) { // kind 4: still open
                LocalDateTime end = switch (random.nextInt(5)) {
                    case 0 -> due.plusDays(1 + random.nextInt(10));              // late
                    case 1 -> due.toLocalDate().atStartOfDay().plusSeconds(1);   // on the due day
                    case 2 -> due.toLocalDate().atTime(23, 59, 59);              // the due day, after the time
                    default -> t.plusHours(2 + random.nextInt(100));             // early
                };
                end = end.isAfter(t) ? end : t.plusMinutes(5);
                switch (kind) {
                    case 5 -> events.add(event("WITHDRAWN", end, null));
                    case 6 -> events.add(event("STOPPED", end, null));
                    case 7 -> events.add("{\"type\":\"REFUSED\",\"at\":\"" + zoned(end) + "\"}");
                    default -> {
                        events.add("{\"type\":\"RESOLVED\",\"at\":\"" + zoned(end) + "\",\"outcome\":\"GRANTED\"}");
                        if (random.nextBoolean()) {
                            events.add(event("RETURNED", end.plusDays(random.nextInt(3)), null));
                        }
                    }
                }
            }
            String fees = switch (n % 5) {
                case 0 -> "{\"amountVnd\":200000,\"paidOnline\":true}";
                case 1 -> "{\"amountVnd\":150000,\"paidOnline\":false}";
                case 2 -> "{\"amountVnd\":0,\"paidOnline\":true}";
                default -> "";
            };
            lines.add("""
                    {"code":"%s-%s-%04d","agencyCode":"%s","procedureCode":"%s","channel":"%s",\
                    "applicant":{"type":"CITIZEN","name":"Người nộp %d","idNumber":"00108502%04d"},\
                    "receivedAt":"%s",%s"events":[%s],"fees":[%s],"digitized":%s,"resultDigitized":%s}"""
                    .formatted(AGENCY, day.format(DateTimeFormatter.ofPattern("yyMMdd")), n, AGENCY,
                            timed ? TIMED : UNTIMED, channels[n % 3], n, n, zoned(at),
                            timed && n % 2 == 0 ? "\"dueAt\":\"" + zoned(at.plusDays(10)) + "\"," : "",
                            String.join(",", events), fees, n % 3 == 0, n % 4 == 0));
        }
        Api.Response imported = officer().send("POST", "/api/v1/dossiers/import", "application/x-ndjson",
                String.join("\n", lines) + "\n");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("refused")).as(imported.body()).isEmpty();
    }

    /**
     * Demo-agency dossiers through the live actions, nine at once (their transactions update the same counter rows):
     * open, waiting for a supplement, refused and returned then rated.
     */
    private void liveDossiers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(9);
        try {
            List<Future<?>> lives = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                int life = i;
                lives.add(pool.submit(() -> liveDossier(life)));
            }
            for (Future<?> life : lives) {
                life.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private void liveDossier(int i) {
        Api desk = Api.at(port).as("tiepnhan", DemoAgency.PASSWORD);
        Api.Response created = desk.post("/api/v1/dossiers", """
                {"agencyCode":"%s","procedureCode":"1.014390","channel":"DIRECT","receive":true,
                 "applicant":{"type":"CITIZEN","name":"Người nộp sổ cái %d","idNumber":"001085012345"}}"""
                .formatted(DemoAgency.CODE.value(), i));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode d = created.json();
        if (i % 3 == 0) {
            return; // received, open
        }
        d = act("tiepnhan", d, "transfer", "{\"unit\":\"QLCN\"}");
        if (i % 3 == 1) {
            act("truongphong", d, "request-supplement", "{\"reason\":\"Thiếu bản sao giấy tờ\","
                    + "\"items\":[\"Bản sao giấy chứng nhận\"]}");
            return;
        }
        // refused: the internal procedure's steps need not be walked first
        d = act("lanhdao", d, "resolve", "{\"outcome\":\"REFUSED\",\"reason\":\"Không đủ điều kiện\"}");
        d = act("tiepnhan", d, "return-result", null);
        Api.Response rated = Api.at(port).post("/api/v1/public/dossiers/" + d.get("code").asString()
                + "/rating", "{\"secret\":\"" + d.get("lookupSecret").asString()
                + "\",\"overall\":\"NOT_SATISFIED\"}");
        assertThat(rated.status()).as(rated.body()).isEqualTo(200);
    }

    private JsonNode act(String user, JsonNode d, String action, String body) {
        Api.Response response = Api.at(port).as(user, DemoAgency.PASSWORD)
                .header("If-Match", "\"" + d.get("version").asInt() + "\"")
                .post("/api/v1/dossiers/" + d.get("code").asString() + "/actions/" + action,
                        body == null ? "{}" : body);
        assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    private static String event(String type, LocalDateTime at, String extra) {
        return "{\"type\":\"" + type + "\",\"at\":\"" + zoned(at) + "\"" + (extra == null ? "" : extra) + "}";
    }

    private static String zoned(LocalDateTime at) {
        return at.atZone(VIETNAM).format(OFFSET);
    }
}

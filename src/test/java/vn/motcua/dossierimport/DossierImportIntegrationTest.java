package vn.motcua.dossierimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Enumeration;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.ChangeKind;
import vn.motcua.catalog.DecisionItem;
import vn.motcua.catalog.NewDecision;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.catalog.TimeLimit;
import vn.motcua.catalog.TimeLimitUnit;
import vn.motcua.identity.Agencies;
import vn.motcua.identity.AgencyCode;
import vn.motcua.identity.DemoAgency;
import vn.motcua.identity.NewAgency;
import vn.motcua.support.Api;
import vn.motcua.support.DossierApi;
import vn.motcua.support.IntegrationTest;

@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DossierImportIntegrationTest {

    private static final String AGENCY = DossierApi.AGENCY;
    /** An agency of this test whose procedure 9.200001 had two versions (2022, 2023) and was abolished in 2024. */
    private static final String OLD_AGENCY = "000.00.95.T01";
    private static final String ABOLISHED_PROCEDURE = "9.200001";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void anAgencyWithAnAbolishedProcedure(@Autowired Agencies agencies, @Autowired Catalog catalog) {
        AgencyCode code = AgencyCode.parse(OLD_AGENCY);
        if (agencies.find(code).isPresent()) {
            return;
        }
        agencies.create(new NewAgency(code, "Sở thử nghiệm nhập hồ sơ", null, LocalDate.of(2015, 1, 1), null,
                List.of()));
        publish(catalog, "1/QĐ-UBND", LocalDate.of(2022, 1, 1), ChangeKind.NEW, 5);
        publish(catalog, "2/QĐ-UBND", LocalDate.of(2023, 1, 1), ChangeKind.AMENDED, 7);
        publish(catalog, "3/QĐ-UBND", LocalDate.of(2024, 1, 1), ChangeKind.ABOLISHED, 7);
    }

    private static void publish(Catalog catalog, String number, LocalDate effectiveOn, ChangeKind kind, int days) {
        ProcedureContent content = kind == ChangeKind.ABOLISHED ? null : ProcedureContent.minimal(
                "Cấp giấy phép thử nghiệm", "Lĩnh vực thử nghiệm", TimeLimit.of(days, TimeLimitUnit.WORKING_DAY),
                OnlineLevel.PARTIAL);
        catalog.publish(new NewDecision(OLD_AGENCY, number, effectiveOn, "Nguyễn Văn A", effectiveOn,
                "Ủy ban nhân dân tỉnh", null, List.of(new DecisionItem(ABOLISHED_PROCEDURE, kind, content, null, null,
                        null, null))), "system:motcua");
    }

    private Api as(String user) {
        return Api.at(port).as(user, DemoAgency.PASSWORD);
    }

    private Api.Response importAs(String user, String ndjson) {
        return as(user).send("POST", "/api/v1/dossiers/import", "application/x-ndjson", ndjson);
    }

    /** A line of the demo agency with the given day part of the code, sequence and events. */
    private static String line(String day, int sequence, String procedure, String receivedAt, String dueAt,
            String events) {
        return """
                {"code":"%s-%s-%04d","agencyCode":"%s","procedureCode":"%s","channel":"DIRECT",\
                "applicant":{"type":"CITIZEN","name":"Nguyễn Văn Bình","idNumber":"001085012345"},\
                "receivedAt":"%s",%s"events":[%s],"fees":[{"amountVnd":100000,"paidOnline":true}],\
                "digitized":true,"resultDigitized":true}"""
                .formatted(AGENCY, day, sequence, AGENCY, procedure, receivedAt,
                        dueAt == null ? "" : "\"dueAt\":\"" + dueAt + "\",", events);
    }

    private static final String RETURNED_ON_TIME = """
            {"type":"TRANSFERRED","at":"2023-06-20T09:00:00+07:00","unit":"QLCN"},\
            {"type":"SUPPLEMENT_REQUESTED","at":"2023-06-21T10:00:00+07:00"},\
            {"type":"SUPPLEMENT_RECEIVED","at":"2023-06-26T08:00:00+07:00"},\
            {"type":"EXTENDED","at":"2023-07-05T10:00:00+07:00","newDueAt":"2023-07-17T08:00:00+07:00"},\
            {"type":"RESOLVED","at":"2023-07-12T16:00:00+07:00","outcome":"GRANTED"},\
            {"type":"RETURNED","at":"2023-07-13T09:00:00+07:00"}""";

    @Test
    void historicalDossiersAreReplayedAndEachBadLineIsRefusedWithItsNumberWithoutStoppingTheOthers() {
        String file = String.join("\n",
                line("230620", 1, "1.014390", "2023-06-20T08:30:00+07:00", "2023-07-04T08:30:00+07:00",
                        RETURNED_ON_TIME),
                "{\"code\":\"" + AGENCY + "-230620-0002\",\"agencyCode\": ",
                line("230620", 3, "9.999999", "2023-06-20T08:30:00+07:00", null, ""),
                line("230620", 4, "1.014390", "2023-06-20T08:30:00+07:00", null, "").replace(
                        AGENCY + "-230620-0004", "H05-230620-4"),
                line("230620", 5, "1.014390", "2023-06-20T08:30:00+07:00", null,
                        "{\"type\":\"RETURNED\",\"at\":\"2023-06-22T08:00:00+07:00\"},"
                                + "{\"type\":\"RESOLVED\",\"at\":\"2023-06-23T08:00:00+07:00\","
                                + "\"outcome\":\"GRANTED\"}"),
                line("230620", 6, "1.014390", "2023-06-20T08:30:00+07:00", null,
                        "{\"type\":\"RESOLVED\",\"at\":\"2023-06-23T08:00:00+07:00\"}"),
                "",
                line("230620", 8, "1.014390", "2023-06-20T08:30:00+07:00", null,
                        "{\"type\":\"REFUSED\",\"at\":\"2023-06-23T08:00:00+07:00\",\"reason\":\"Không đủ điều kiện\"},"
                                + "{\"type\":\"RETURNED\",\"at\":\"2023-06-24T08:00:00+07:00\"}"),
                line("230620", 9, "1.014390", "2023-06-20T08:30:00+07:00", null,
                        "{\"type\":\"TRANSFERRED\",\"at\":\"2023-06-22T08:00:00+07:00\"},"
                                + "{\"type\":\"SUPPLEMENT_REQUESTED\",\"at\":\"2023-06-21T08:00:00+07:00\"}"),
                line("230620", 10, "1.014390", "2023-06-20T08:30:00+07:00", null,
                        "{\"type\":\"WITHDRAWN\",\"at\":\"2023-06-21T08:00:00+07:00\"},"
                                + "{\"type\":\"STOPPED\",\"at\":\"2023-06-22T08:00:00+07:00\"}"),
                line("230620", 1, "1.014390", "2023-06-20T08:30:00+07:00", null, ""),
                "");
        Api.Response response = importAs("admin", file);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.header("X-Import-Run")).isNotBlank();
        JsonNode summary = response.json();
        assertThat(summary.get("accepted").asInt()).isEqualTo(3);
        assertThat(summary.get("unchanged").asInt()).as("the second line with code 0001").isEqualTo(1);
        assertThat(summary.get("refused").findValuesAsString("line")).containsExactly("2", "3", "4", "5", "6", "9");
        assertThat(reason(summary, 2)).startsWith("Dòng không phải JSON hợp lệ");
        assertThat(reason(summary, 3)).contains("không có thủ tục mã 9.999999");
        assertThat(reason(summary, 4)).contains("Mã hồ sơ không đúng định dạng");
        assertThat(reason(summary, 5)).contains("Sự kiện thứ 1 (RETURNED)").contains("chưa được giải quyết");
        assertThat(reason(summary, 6)).contains("Sự kiện thứ 1 (RESOLVED)").contains("thiếu kết quả giải quyết");
        assertThat(reason(summary, 9)).contains("Sự kiện thứ 2 (SUPPLEMENT_REQUESTED)").contains("sớm hơn");

        JsonNode d = as("lanhdao").get("/api/v1/dossiers/" + AGENCY + "-230620-0001").json();
        assertThat(d.get("status").asString()).isEqualTo("RETURNED");
        assertThat(d.get("receivedAt").asString()).isEqualTo("2023-06-20T08:30:00+07:00");
        assertThat(d.get("originalDueAt").asString()).isEqualTo("2023-07-04T08:30:00+07:00");
        assertThat(d.get("clockStartAt").asString()).as("restarted by the complete supplement")
                .isEqualTo("2023-06-26T08:00:00+07:00");
        assertThat(d.get("deadlineDueAt").asString()).as("10 working days from the supplement")
                .isEqualTo("2023-07-10T08:00:00+07:00");
        assertThat(d.get("dueAt").asString()).as("moved by the extension").isEqualTo("2023-07-17T08:00:00+07:00");
        assertThat(d.get("extended").asBoolean()).isTrue();
        assertThat(d.get("supplementRequests").asInt()).isEqualTo(1);
        assertThat(d.get("finishedAt").asString()).isEqualTo("2023-07-12T16:00:00+07:00");
        assertThat(d.get("outcome").asString()).isEqualTo("GRANTED");
        assertThat(d.get("returnedAt").asString()).isEqualTo("2023-07-13T09:00:00+07:00");
        assertThat(d.get("timeliness").asString()).as("the extension counts late under Decree 61").isEqualTo("LATE");
        assertThat(d.get("ruleSet").asString()).isEqualTo("ND61-2018");
        assertThat(d.get("currentUnit").asString()).isEqualTo("QLCN");
        assertThat(d.get("digitized").asBoolean()).isTrue();
        assertThat(d.get("resultDigitized").asBoolean()).isTrue();
        assertThat(d.get("feesPaid").asBoolean()).isTrue();
        assertThat(d.get("fees").get(0).get("paidOnline").asBoolean()).isTrue();
        assertThat(jdbc.sql("SELECT imported FROM dossier WHERE code = :code")
                .param("code", AGENCY + "-230620-0001").query(Boolean.class).single()).isTrue();

        JsonNode history = as("lanhdao").get("/api/v1/dossiers/" + AGENCY + "-230620-0001/history").json();
        assertThat(history.findValuesAsString("type")).containsExactly("imported", "transfer", "request-supplement",
                "receive-supplement", "extend", "resolve", "return-result");
        assertThat(history.get(5).get("after").get("status").asString()).isEqualTo("RESOLVED");
        assertThat(history.get(4).get("data").get("newDueAt")).isNotNull();

        JsonNode refused = as("lanhdao").get("/api/v1/dossiers/" + AGENCY + "-230620-0008").json();
        assertThat(refused.get("status").asString()).as("a refusal after receipt is a resolution")
                .isEqualTo("RETURNED");
        assertThat(refused.get("outcome").asString()).isEqualTo("REFUSED");
        JsonNode withdrawn = as("lanhdao").get("/api/v1/dossiers/" + AGENCY + "-230620-0010").json();
        assertThat(withdrawn.get("status").asString()).isEqualTo("STOPPED");
        assertThat(withdrawn.get("finishedAt").asString()).as("the withdrawal ended processing")
                .isEqualTo("2023-06-21T08:00:00+07:00");

        String secret = d.get("lookupSecret").asString();
        assertThat(secret).matches("[A-Z2-9]{8}");
        JsonNode tracking = Api.at(port).get("/api/v1/public/dossiers/" + AGENCY + "-230620-0001?secret=" + secret)
                .json();
        assertThat(tracking.get("status").asString()).isEqualTo("RETURNED");
        assertThat(tracking.get("steps").findValuesAsString("label")).contains("Trả kết quả");

        assertThat(jdbc.sql("SELECT last_value FROM dossier_code_sequence WHERE agency_code = :a AND day = :d")
                .param("a", AGENCY).param("d", LocalDate.of(2023, 6, 20)).query(Integer.class).single())
                .as("live codes of that day continue after the imported ones").isEqualTo(10);

        JsonNode again = importAs("admin", file).json();
        assertThat(again.get("accepted").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(4);
        assertThat(again.get("refusedCount").asInt()).isEqualTo(6);
        JsonNode run = as("admin").get("/api/v1/dossiers/import/runs/" + again.get("runId").asLong()).json();
        assertThat(run.get("status").asString()).isEqualTo("FINISHED");
        assertThat(run.get("unchanged").asInt()).isEqualTo(4);
        assertThat(run.get("linesRead").asInt()).isEqualTo(11);
    }

    private static String reason(JsonNode summary, int line) {
        for (JsonNode refusal : summary.get("refused")) {
            if (refusal.get("line").asInt() == line) {
                return refusal.get("reason").asString();
            }
        }
        throw new NoSuchElementException("line " + line + " not refused: " + summary);
    }

    @Test
    void aLineWithoutDueDateIsDueTenWorkingDaysLaterSkippingTet2026() {
        String file = line("260210", 1, DossierApi.TEN_DAY_PROCEDURE, "2026-02-10T08:30:00+07:00", null,
                "{\"type\":\"TRANSFERRED\",\"at\":\"2026-02-10T10:00:00+07:00\",\"unit\":\"QLCN\"}")
                .replace("\"digitized\"", "\"assignee\":\"chuyenvien\",\"digitized\"");
        JsonNode summary = importAs("kiemsoat", file).json();
        assertThat(summary.get("accepted").asInt()).as(summary.toString()).isEqualTo(1);

        JsonNode d = as("lanhdao").get("/api/v1/dossiers/" + AGENCY + "-260210-0001").json();
        assertThat(d.get("dueAt").asString()).as("Tết: 14–22/02/2026 are days off")
                .isEqualTo("2026-03-03T08:30:00+07:00");
        assertThat(d.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(d.get("ruleSet").asString()).isEqualTo("ND118-2025");
        assertThat(d.get("assignee").asString()).isEqualTo("chuyenvien");
        assertThat(d.get("currentStepName").asString()).as("open dossiers continue their internal procedure")
                .isEqualTo("Phân công xử lý");
        JsonNode queue = as("chuyenvien").get("/api/v1/dossiers?assignee=me&size=100").json();
        assertThat(queue.get("items").findValuesAsString("code")).contains(AGENCY + "-260210-0001");
    }

    @Test
    void aProcedureAbolishedSinceIsMatchedToTheVersionInForceOnReceiptOrElseTheEarliest() {
        String template = """
                {"code":"%s-%s-0001","agencyCode":"%s","procedureCode":"%s","channel":"POSTAL",\
                "applicant":{"type":"ORGANIZATION","name":"Công ty TNHH Thử Nghiệm"},"receivedAt":"%s",\
                "events":[{"type":"RESOLVED","at":"%s","outcome":"GRANTED"}]}""";
        String file = String.join("\n",
                template.formatted(OLD_AGENCY, "230301", OLD_AGENCY, ABOLISHED_PROCEDURE, "2023-03-01T09:00:00+07:00",
                        "2023-03-03T09:00:00+07:00"),
                template.formatted(OLD_AGENCY, "220601", OLD_AGENCY, ABOLISHED_PROCEDURE, "2022-06-01T09:00:00+07:00",
                        "2022-06-03T09:00:00+07:00"),
                template.formatted(OLD_AGENCY, "210501", OLD_AGENCY, ABOLISHED_PROCEDURE, "2021-05-01T09:00:00+07:00",
                        "2021-05-03T09:00:00+07:00"),
                template.formatted(OLD_AGENCY, "250301", OLD_AGENCY, ABOLISHED_PROCEDURE, "2025-03-01T09:00:00+07:00",
                        "2025-03-03T09:00:00+07:00"));
        JsonNode summary = importAs("admin", file).json();
        assertThat(summary.get("accepted").asInt()).as(summary.toString()).isEqualTo(4);
        assertThat(summary.get("matchedEarliestVersionCount").asInt()).isEqualTo(1);
        JsonNode earliest = summary.get("matchedEarliestVersion").get(0);
        assertThat(earliest.get("line").asInt()).isEqualTo(3);
        assertThat(earliest.get("procedureCode").asString()).isEqualTo(ABOLISHED_PROCEDURE);
        assertThat(earliest.get("version").asInt()).isEqualTo(1);
        assertThat(summary.get("notes").toString()).contains("phiên bản sớm nhất");

        assertThat(version(OLD_AGENCY + "-230301-0001")).as("the amendment of 2023").isEqualTo(2);
        assertThat(version(OLD_AGENCY + "-220601-0001")).as("the first version, 2022").isEqualTo(1);
        assertThat(version(OLD_AGENCY + "-210501-0001")).as("older than every version").isEqualTo(1);
        assertThat(version(OLD_AGENCY + "-250301-0001")).as("after the abolition: the content it abolished")
                .isEqualTo(2);
        JsonNode d = as("admin").get("/api/v1/dossiers/" + OLD_AGENCY + "-230301-0001").json();
        assertThat(d.get("dueAt").asString()).as("7 working days, the 2023 version").isEqualTo(
                "2023-03-10T09:00:00+07:00");
    }

    private int version(String code) {
        return jdbc.sql("SELECT procedure_version FROM dossier WHERE code = :code").param("code", code)
                .query(Integer.class).single();
    }

    @Test
    void aControlOfficerImportsOnlyTheLinesOfHisOwnAgencyAndADeskOfficerNothing() {
        String file = String.join("\n",
                line("230705", 1, DossierApi.TEN_DAY_PROCEDURE, "2023-07-05T08:30:00+07:00", null, ""),
                line("230705", 1, ABOLISHED_PROCEDURE, "2023-07-05T08:30:00+07:00", null, "")
                        .replace(AGENCY, OLD_AGENCY));
        JsonNode summary = importAs("kiemsoat", file).json();
        assertThat(summary.get("accepted").asInt()).isEqualTo(1);
        assertThat(reason(summary, 2)).contains("không phải cán bộ kiểm soát").contains(OLD_AGENCY);

        Api.Response desk = importAs("tiepnhan", file);
        assertThat(desk.status()).isEqualTo(403);
    }

    @Test
    void fiftyThousandLinesStreamThroughInBatches() throws Exception {
        int lines = 50_000;
        String auth = Base64.getEncoder().encodeToString(("admin:" + DemoAgency.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/dossiers/import?fileName=generated.ndjson"))
                .header("Authorization", "Basic " + auth).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> generated(lines))).build();
        long started = System.nanoTime();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode summary = JsonMapper.builder().build().readTree(response.body());
        assertThat(summary.get("accepted").asInt()).as(response.body()).isEqualTo(lines);
        assertThat(summary.get("refusedCount").asInt()).isZero();
        System.out.printf("Imported %,d generated lines in %,d ms (%,d lines/s)%n", lines, millis,
                lines * 1000L / Math.max(1, millis));
        assertThat(jdbc.sql("SELECT count(*) FROM dossier WHERE code LIKE :prefix")
                .param("prefix", AGENCY + "-2401%").query(Long.class).single()).isEqualTo(lines);
    }

    @Test
    void aCodeRefusedOnOneLineIsImportedFromALaterCorrectLineAndItsRepeatsAreUnchanged() {
        String bad = line("230801", 1, DossierApi.TEN_DAY_PROCEDURE, "2023-08-01T08:30:00+07:00", null,
                "{\"type\":\"RETURNED\",\"at\":\"2023-08-02T08:00:00+07:00\"}");
        String good = line("230801", 1, DossierApi.TEN_DAY_PROCEDURE, "2023-08-01T08:30:00+07:00", null, "");
        JsonNode summary = importAs("admin", String.join("\n", bad, good, good)).json();
        assertThat(summary.get("refused").findValuesAsString("line")).containsExactly("1");
        assertThat(summary.get("accepted").asInt()).isEqualTo(1);
        assertThat(summary.get("unchanged").asInt()).isEqualTo(1);
    }

    @Test
    void twoImportsOfTheSameFileAtOnceWriteEachDossierOnceAndCountItUnchangedInTheOther() throws Exception {
        int lines = 3_000;
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            int day = 1 + i % 28;
            file.append(line("2402%02d".formatted(day), 1 + i / 28, "1.014390",
                    "2024-02-%02dT08:30:00+07:00".formatted(day), null, "")).append('\n');
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> importAs("admin", file.toString()).json());
            var second = pool.submit(() -> importAs("admin", file.toString()).json());
            JsonNode a = first.get();
            JsonNode b = second.get();
            assertThat(a.get("refusedCount").asInt() + b.get("refusedCount").asInt()).isZero();
            assertThat(a.get("accepted").asInt() + b.get("accepted").asInt()).isEqualTo(lines);
            assertThat(a.get("unchanged").asInt() + b.get("unchanged").asInt()).isEqualTo(lines);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id "
                + "WHERE d.code LIKE :prefix").param("prefix", AGENCY + "-2402%").query(Long.class).single())
                .as("one receipt event each, written once").isEqualTo(lines);
    }

    /** {@code lines} dossiers received in January 2024, produced as they are read. */
    private static InputStream generated(int lines) {
        Enumeration<InputStream> parts = new Enumeration<>() {
            int next = 0;

            @Override
            public boolean hasMoreElements() {
                return next < lines;
            }

            @Override
            public InputStream nextElement() {
                int i = next++;
                int day = 1 + i % 28;
                String line = line("2401%02d".formatted(day), 1 + i / 28, "1.014390",
                        "2024-01-%02dT08:30:00+07:00".formatted(day), null,
                        "{\"type\":\"RESOLVED\",\"at\":\"2024-02-%02dT10:00:00+07:00\",\"outcome\":\"GRANTED\"},"
                                .formatted(day) + "{\"type\":\"RETURNED\",\"at\":\"2024-02-%02dT15:00:00+07:00\"}"
                                .formatted(day)) + "\n";
                return new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8));
            }
        };
        return new SequenceInputStream(parts);
    }
    @Test
    void aReturnedDossiersRatingIsImportedIntoItsHistoryAndARatingOfADossierNotReturnedIsRefused() {
        String rated = line("230619", 1, "1.014390", "2023-06-19T08:30:00+07:00", null, RETURNED_ON_TIME)
                .replace(",\"digitized\"", ",\"rating\":{\"overall\":\"NOT_SATISFIED\",\"attitude\":\"SATISFIED\","
                        + "\"comment\":\"Chờ lâu\",\"at\":\"2023-07-14T10:00:00+07:00\"},\"digitized\"");
        String notReturned = line("230619", 2, "1.014390", "2023-06-19T08:30:00+07:00", null,
                "{\"type\":\"RESOLVED\",\"at\":\"2023-06-23T08:00:00+07:00\",\"outcome\":\"GRANTED\"}")
                .replace(",\"digitized\"", ",\"rating\":{\"overall\":\"SATISFIED\",\"at\":\"2023-06-24T10:00:00+07:00\"},"
                        + "\"digitized\"");
        JsonNode summary = importAs("admin", rated + "\n" + notReturned).json();
        assertThat(summary.get("accepted").asLong()).isEqualTo(1);
        assertThat(summary.get("refused").get(0).get("line").asLong()).isEqualTo(2);
        assertThat(summary.get("refused").get(0).get("reason").asString()).contains("RETURNED");
        String code = AGENCY + "-230619-0001";
        assertThat(jdbc.sql("SELECT overall || ' ' || attitude || ' ' || first_rated_at::text FROM dossier_rating r "
                + "JOIN dossier d ON d.id = r.dossier_id WHERE d.code = :code").param("code", code)
                .query(String.class).single()).startsWith("NOT_SATISFIED SATISFIED 2023-07-14");
        assertThat(as("admin").get("/api/v1/dossiers/" + code + "/history").body()).contains("\"rated\"");
    }
}

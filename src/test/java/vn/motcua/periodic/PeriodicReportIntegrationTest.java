package vn.motcua.periodic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.motcua.identity.DemoAgency;
import vn.motcua.support.Api;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.MutableClock;
import vn.motcua.support.TestAgencies;
import vn.motcua.support.TestClockConfiguration;

/**
 * One quarter built by hand for an agency of its own — 2024-Q1 with the reporting cut-off, 15/12/2023 … 14/03/2024:
 * a publication decision, dossiers, a feedback, directive document, review, communication, inspection, legal draft and
 * the year's control plan with progress. Every number of the periodic report equals the record behind it (the hand
 * count, and the module report the figure comes from); an issued report stays as issued when more data arrives, and
 * the next draft says what changed.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeriodicReportIntegrationTest {

    static final String AGENCY = "000.00.97.T01";
    static final String PERIOD = "agency=" + AGENCY + "&period=2024-Q1";
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    private Api officer() {
        return Api.at(port).as(TestAgencies.OFFICER, TestAgencies.OFFICER_PASSWORD);
    }

    private JsonNode created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201);
        return response.json();
    }

    private void control(String list, String json) {
        created(officer().post("/api/v1/control/" + list, "{\"agencyCode\":\"" + AGENCY + "\"," + json + "}"));
    }

    private static String dossier(int n, String channel, String receivedAt, String dueAt, String events) {
        return """
                {"code":"%s-%s-%04d","agencyCode":"%s","procedureCode":"9.970001","channel":"%s",\
                "applicant":{"type":"CITIZEN","name":"Người nộp %d","idNumber":"00108502%04d"},\
                "receivedAt":"%s","dueAt":"%s","events":[%s],"fees":[],"digitized":true,"resultDigitized":false}"""
                .formatted(AGENCY, receivedAt.substring(2, 10).replace("-", ""), n, AGENCY, channel, n, n,
                        receivedAt, dueAt, events);
    }

    private void importDossiers(String... lines) {
        Api.Response imported = officer().send("POST", "/api/v1/dossiers/import", "application/x-ndjson",
                String.join("\n", lines) + "\n");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("refused")).as(imported.body()).isEmpty();
    }

    @BeforeAll
    void buildTheQuarter() {
        created(officer().post("/api/v1/publication-decisions", """
                {"agency":"%s","number":"12/QĐ-UBND","signedOn":"2024-01-10","signer":"Nguyễn Văn B",
                 "effectiveOn":"2024-01-20","issuingAgency":"Ủy ban nhân dân tỉnh",
                 "items":[{"code":"9.970001","kind":"NEW","procedure":{"name":"Thủ tục thử nghiệm báo cáo định kỳ",
                   "fieldName":"Lĩnh vực thử nghiệm","level":"PROVINCE","timeLimit":{"amount":10,"unit":"WORKING_DAY"},
                   "channels":["DESK","POST","ONLINE"],"onlineLevel":"FULL"}},
                  {"code":"9.970002","kind":"NEW","procedure":{"name":"Thủ tục thử nghiệm thứ hai",
                   "fieldName":"Lĩnh vực thử nghiệm","level":"PROVINCE","timeLimit":{"amount":5,"unit":"WORKING_DAY"},
                   "channels":["DESK"],"onlineLevel":"NONE"}}]}
                """.formatted(AGENCY)));
        importDossiers(
                // online, resolved early
                dossier(1, "ONLINE", "2024-01-25T08:30:00+07:00", "2024-02-08T08:30:00+07:00",
                        "{\"type\":\"RESOLVED\",\"at\":\"2024-02-01T10:00:00+07:00\",\"outcome\":\"GRANTED\"}"),
                // direct, open after its due date at the period's end: overdue
                dossier(2, "DIRECT", "2024-02-05T08:30:00+07:00", "2024-02-20T08:30:00+07:00", ""),
                // by post, due after the period's end: within the deadline
                dossier(3, "POSTAL", "2024-03-08T08:30:00+07:00", "2024-03-22T08:30:00+07:00", ""));
        control("documents", "\"number\":\"15/SKHCN-VP\",\"date\":\"2024-01-05\",\"kind\":\"DISPATCH\","
                + "\"summary\":\"Về việc nâng cao chất lượng giải quyết thủ tục hành chính\"");
        control("reviews", "\"year\":2024,\"procedureCode\":\"9.970001\",\"procedureName\":\"Thủ tục thử nghiệm\","
                + "\"dueDate\":\"2024-02-01\",\"reviewedDate\":\"2024-02-01\",\"optionKind\":\"CUT_TIME_LIMIT\","
                + "\"timeLimitFrom\":10,\"timeLimitTo\":7,\"status\":\"APPROVED\",\"decisionNumber\":\"20/QĐ-UBND\","
                + "\"decisionDate\":\"2024-03-01\"");
        control("communications", "\"date\":\"2024-02-10\",\"kind\":\"ARTICLE\",\"title\":\"Bài viết\",\"visits\":30");
        control("inspections", "\"title\":\"Kiểm tra Phòng QLCN\",\"status\":\"CONDUCTED\","
                + "\"plannedDate\":\"2024-03-01\",\"conductedDate\":\"2024-03-01\",\"violations\":1");
        control("legal-drafts", "\"name\":\"Dự thảo quyết định\",\"tthcCount\":2,\"impactAssessmentDate\":\"2024-02-15\"");
        clock.set(ZonedDateTime.of(2024, 2, 5, 10, 0, 0, 0, VIETNAM));
        created(officer().post("/api/v1/feedback", """
                {"agencyCode":"%s","kind":"REPORT","category":1,"subject":"Thời hạn giải quyết dài","channel":"DESK",
                 "content":"Nội dung phản ánh về quy định hành chính, đủ rõ ràng để xử lý.",
                 "submitter":{"type":"CITIZEN","name":"Trần Văn C","address":"Thôn Đông, xã Tây"}}
                """.formatted(AGENCY)));
        clock.set(TestClockConfiguration.START);
        JsonNode plan = created(officer().post("/api/v1/control/plans", seedPlan()));
        // IX.2: the monthly report, due on the 15th of each month
        long monthly = 0;
        for (JsonNode section : plan.get("sections")) {
            if (section.get("number").asString().equals("IX")) {
                monthly = section.get("tasks").get(1).get("id").asLong();
            }
        }
        created(officer().post("/api/v1/control/plans/" + plan.get("id").asLong() + "/tasks/" + monthly
                + "/progress", "{\"date\":\"2024-01-15\",\"status\":\"DONE\",\"dueDate\":\"2024-01-15\"}"));
    }

    /** The Quảng Trị 2024 plan (a seed) as this agency's plan. */
    private static String seedPlan() {
        try (InputStream in = PeriodicReportIntegrationTest.class.getResourceAsStream("/controlplan/quang-tri-2024.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("000.00.23.Q45", AGENCY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode content() {
        Api.Response response = officer().get("/api/v1/reports/periodic-content?" + PERIOD + "&kind=QUARTER");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static Map<String, Long> figures(JsonNode content) {
        Map<String, Long> figures = new LinkedHashMap<>();
        for (JsonNode section : content.get("sections")) {
            for (JsonNode figure : section.get("figures")) {
                figures.put(figure.get("key").asString(), figure.get("value").asLong());
            }
        }
        return figures;
    }

    @Test
    void everyNumberOfTheReportIsTheRecordBehindIt() {
        JsonNode content = content();
        Map<String, Long> f = figures(content);
        // by hand
        assertThat(f).containsEntry("direction.documents", 1L).containsEntry("publication.decisions", 1L)
                .containsEntry("publication.new", 2L).containsEntry("resolution.received", 3L)
                .containsEntry("resolution.receivedOnline", 1L).containsEntry("resolution.receivedDirectOrPostal", 2L)
                .containsEntry("resolution.early", 1L).containsEntry("resolution.overdue", 1L)
                .containsEntry("resolution.withinDeadline", 1L).containsEntry("feedback.received", 1L)
                .containsEntry("review.tthcReviewed", 1L).containsEntry("review.workingDaysSaved", 3L)
                .containsEntry("communications.items", 1L).containsEntry("communications.visits", 30L)
                .containsEntry("inspections.conducted", 1L).containsEntry("impactAssessment.tthcAssessed", 2L)
                .containsEntry("online.full", 1L).containsEntry("online.received", 1L)
                .containsEntry("oneStop.digitizedAtIntake", 3L);
        // and the module reports the blocks come from, figure by figure
        JsonNode resolution = officer().get("/api/v1/reports/dossier-resolution?" + PERIOD).json();
        JsonNode catalog = officer().get("/api/v1/reports/catalog?" + PERIOD).json();
        JsonNode activities = officer().get("/api/v1/reports/control-activities?" + PERIOD).json();
        Map<String, JsonNode> sources = Map.of("resolution", resolution, "catalog", catalog, "control", activities);
        Map<String, String> behind = new LinkedHashMap<>();
        behind.put("resolution.received", "resolution:/total/received/total");
        behind.put("resolution.carriedOver", "resolution:/total/received/carriedOver");
        behind.put("resolution.resolved", "resolution:/total/resolved/total");
        behind.put("resolution.late", "resolution:/total/resolved/late");
        behind.put("resolution.inProgress", "resolution:/total/inProgress/total");
        behind.put("online.paidOnline", "resolution:/eService/paidOnline");
        behind.put("oneStop.resultsDigitized", "resolution:/eService/resultsDigitized");
        behind.put("publication.procedures", "catalog:/procedures");
        behind.put("publication.publiclyPosted", "catalog:/publiclyPosted");
        behind.put("publication.withInternalProcedure", "catalog:/withInternalProcedure");
        behind.put("online.partial", "catalog:/onlinePartial");
        behind.put("review.optionsPassed", "control:/review/optionsPassed");
        behind.put("review.tthcToReview", "control:/review/tthcToReview");
        behind.put("appraisal.tthcAppraised", "control:/appraisal/tthcAppraised");
        behind.put("feedback.handled", "control:/feedback/handled");
        behind.put("feedback.inProgress", "control:/feedback/inProgress");
        behind.put("inspections.violations", "control:/inspections/violations");
        behind.put("communications.byKind.ARTICLE", "control:/communications/byKind/ARTICLE");
        behind.forEach((key, source) -> {
            String[] at = source.split(":");
            assertThat(f.get(key)).as(key).isEqualTo(sources.get(at[0]).at(at[1]).asLong());
        });
        // the blocks themselves, as their own endpoints give them
        assertThat(content.get("resolution").get("total")).isEqualTo(resolution.get("total"));
        assertThat(content.get("controlActivities").get("review")).isEqualTo(activities.get("review"));
        // the plan at the period's end and next quarter's tasks of the plan
        assertThat(content.at("/plan/number").asString()).isEqualTo("/KH-SKHCN");
        assertThat(content.at("/plan/doneOnTime").asInt()).isEqualTo(1);
        assertThat(content.at("/nextPeriod/period").asString()).isEqualTo("2024-Q2");
        assertThat(content.at("/nextPeriod/tasks")).isNotEmpty();
        for (JsonNode task : content.at("/nextPeriod/tasks")) {
            assertThat(task.get("dueDate").asString()).isBetween("2024-03-15", "2024-06-14");
        }
        assertThat(content.get("checks").findValuesAsString("rule")).hasSize(5);
    }

    @Test
    void anIssuedReportStaysAsIssuedAndTheNextDraftSaysWhatChanged() throws IOException {
        String period = "agency=" + AGENCY + "&period=2024-H1";
        Api.Response draft = officer().header("Accept", "application/json").post("/api/v1/reports/periodic?"
                + period, "{\"difficulties\":\"Đường truyền chập chờn.\",\"sections\":{\"II.9\":\"Đăng 01 bài.\"}}");
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        long id = draft.json().get("id").asLong();
        assertThat(draft.json().get("kind").asString()).isEqualTo("HALF");
        assertThat(draft.json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.header("Location")).endsWith("/api/v1/reports/periodic/" + id);
        // saving again keeps the one draft of the period
        Api.Response again = officer().header("Accept", "application/json").header("If-Match", "\"1\"")
                .post("/api/v1/reports/periodic?" + period, "{\"difficulties\":\"Đường truyền chập chờn.\","
                        + "\"proposals\":\"Nâng cấp đường truyền.\"}");
        assertThat(again.json().get("id").asLong()).isEqualTo(id);
        assertThat(again.json().get("version").asInt()).isEqualTo(2);
        Api.Response stale = officer().header("Accept", "application/json").header("If-Match", "\"1\"")
                .post("/api/v1/reports/periodic?" + period, "{}");
        assertThat(stale.status()).isEqualTo(412);

        Api.Response early = officer().post("/api/v1/reports/periodic/" + id + "/issue",
                "{\"number\":\"41/BC-SKHCN\",\"issuedOn\":\"2024-06-01\"}");
        assertThat(early.status()).isEqualTo(400);
        Api.Response issued = officer().post("/api/v1/reports/periodic/" + id + "/issue",
                "{\"number\":\"41/BC-SKHCN\",\"issuedOn\":\"2024-06-17\"}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        assertThat(issued.json().get("status").asString()).isEqualTo("ISSUED");
        assertThat(issued.json().get("revision").asInt()).isEqualTo(1);
        JsonNode before = officer().get("/api/v1/reports/periodic/" + id).json();
        byte[] file = officer().get("/api/v1/reports/periodic/" + id + "?format=docx").bytes();
        // kept for a look in LibreOffice (soffice --headless --convert-to pdf)
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "documents"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "documents", "periodic-2024-H1.docx"), file);
        String text = text(file);
        assertThat(text).contains("Số: 41/BC-SKHCN", "gày 17 tháng 6 năm 2024", "Nâng cấp đường truyền.",
                "Đường truyền chập chờn.", "6 tháng đầu năm 2024");
        assertThat(officer().post("/api/v1/reports/periodic/" + id + "/issue",
                "{\"number\":\"42/BC-SKHCN\",\"issuedOn\":\"2024-06-18\"}").status()).isEqualTo(409);

        // more data for the half year
        control("documents", "\"number\":\"16/SKHCN-VP\",\"date\":\"2024-04-02\",\"kind\":\"PLAN\","
                + "\"summary\":\"Kế hoạch truyền thông\"");
        importDossiers(dossier(4, "ONLINE", "2024-04-10T08:30:00+07:00", "2024-04-24T08:30:00+07:00", ""));

        JsonNode after = officer().get("/api/v1/reports/periodic/" + id).json();
        assertThat(after.get("content")).isEqualTo(before.get("content"));
        assertThat(officer().get("/api/v1/reports/periodic/" + id + "?format=docx").bytes()).isEqualTo(file);
        assertThat(figures(content()).get("direction.documents")).isEqualTo(1L);

        Api.Response next = officer().header("Accept", "application/json").post("/api/v1/reports/periodic?" + period,
                "{}");
        assertThat(next.status()).isEqualTo(201);
        long nextId = next.json().get("id").asLong();
        assertThat(nextId).isNotEqualTo(id);
        JsonNode changes = officer().get("/api/v1/reports/periodic/" + nextId).json().get("changes");
        Map<String, String> changed = new LinkedHashMap<>();
        changes.forEach(c -> changed.put(c.get("key").asString(), c.get("issued").asLong() + "→" + c.get("now")
                .asLong()));
        assertThat(changed).containsEntry("direction.documents", "1→2").containsKey("resolution.received")
                .containsKey("online.received");
        assertThat(created(officer().post("/api/v1/reports/periodic/" + nextId + "/issue",
                "{\"number\":\"45/BC-SKHCN\",\"issuedOn\":\"2024-06-20\"}")).get("revision").asInt()).isEqualTo(2);
        List<String> listed = new java.util.ArrayList<>();
        officer().get("/api/v1/reports/periodic?" + period).json().forEach(r -> listed.add(r.get("number").asString()));
        assertThat(listed).containsExactly("45/BC-SKHCN", "41/BC-SKHCN");
    }

    @Test
    void outsidersAndBadRequestsGetProblems() {
        Api applicant = Api.at(port).as("congdan", DemoAgency.PASSWORD);
        assertThat(applicant.get("/api/v1/reports/periodic-content?" + PERIOD).status()).isEqualTo(403);
        assertThat(applicant.post("/api/v1/reports/periodic?" + PERIOD, "{}").status()).isEqualTo(403);
        Api.Response kind = officer().get("/api/v1/reports/periodic-content?" + PERIOD + "&kind=YEAR");
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.json().at("/errors/0/field").asString()).isEqualTo("period");
        assertThat(officer().get("/api/v1/reports/periodic-content?" + PERIOD + "&kind=WEEK").json()
                .at("/errors/0/field").asString()).isEqualTo("kind");
        assertThat(officer().get("/api/v1/reports/periodic/999999999").status()).isEqualTo(404);
        JsonNode self = officer().get("/api/v1/reports/periodic-content?agency=" + AGENCY
                + "&period=2024-Y&kind=SELF_INSPECTION").json();
        List<String> keys = new java.util.ArrayList<>();
        self.get("sections").forEach(section -> keys.add(section.get("key").asString()));
        assertThat(keys).startsWith("I", "I.1", "I.2", "I.2.1");
        // a month is not kept but still comes as a document
        Api.Response month = officer().post("/api/v1/reports/periodic?agency=" + AGENCY + "&period=2024-M02", "{}");
        assertThat(month.status()).isEqualTo(200);
        assertThat(month.contentType()).startsWith(DOCX);
    }

    private static String text(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }
}

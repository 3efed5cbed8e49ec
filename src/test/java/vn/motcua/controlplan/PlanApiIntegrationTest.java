package vn.motcua.controlplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.identity.Agencies;
import vn.motcua.identity.Users;
import vn.motcua.support.Api;
import vn.motcua.support.IntegrationTest;

/**
 * The seed plans through the API: schedules understood, the DOCX appendix read back with POI, progress counted as of
 * several days, edits with versions, a copy into the next year, replacement, and who may do what.
 */
@IntegrationTest
class PlanApiIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Agencies agencies;

    @Autowired
    Users users;

    @BeforeEach
    void seedAgencies() {
        PlanFixtures.ensure(agencies, users);
    }

    private Api officer() {
        return Api.at(port).as(PlanFixtures.OFFICER, PlanFixtures.PASSWORD);
    }

    private Api leader() {
        return Api.at(port).as(PlanFixtures.LEADER, PlanFixtures.PASSWORD);
    }

    private JsonNode create(String fixture) {
        Api.Response created = officer().post("/api/v1/control/plans", PlanFixtures.json(fixture));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private static JsonNode task(JsonNode plan, String section, int number) {
        for (JsonNode s : plan.get("sections")) {
            if (s.get("number").asString().equals(section)) {
                return s.get("tasks").get(number - 1);
            }
        }
        throw new AssertionError("no section " + section);
    }

    private static List<String> dates(JsonNode task) {
        List<String> out = new ArrayList<>();
        task.get("schedule").get("dueDates").forEach(d -> out.add(d.asString()));
        return out;
    }

    @Test
    void theSeedPlansAreUnderstoodAndComeBackAsDocxWithEveryTask() throws IOException {
        for (String fixture : List.of("quang-tri-2024", "cao-bang-2023")) {
            JsonNode plan = create(fixture);
            JsonNode input = JSON.readTree(PlanFixtures.json(fixture));
            assertThat(plan.get("id").asLong()).isPositive();
            int tasks = 0;
            for (int s = 0; s < input.get("sections").size(); s++) {
                JsonNode inSection = input.get("sections").get(s);
                JsonNode outSection = plan.get("sections").get(s);
                assertThat(outSection.get("number").asString()).isEqualTo(inSection.get("number").asString());
                for (int t = 0; t < inSection.get("tasks").size(); t++) {
                    JsonNode out = outSection.get("tasks").get(t);
                    assertThat(out.get("id").asLong()).isPositive();
                    assertThat(out.get("timeFrame").asString())
                            .isEqualTo(inSection.get("tasks").get(t).get("timeFrame").asString());
                    assertThat(out.get("schedule").get("kind").asString()).isNotBlank();
                    tasks++;
                }
            }
            byte[] docx = officer().get("/api/v1/control/plans/" + plan.get("id").asLong() + "?format=docx").bytes();
            // kept for a person to look at (converted to PDF when LibreOffice is at hand)
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "documents"));
            java.nio.file.Files.write(java.nio.file.Path.of("target", "documents", "plan-" + fixture + ".docx"), docx);
            List<List<String>> rows = appendixRows(docx);
            int taskRows = 0;
            for (JsonNode inSection : input.get("sections")) {
                assertThat(rows).contains(List.of(inSection.get("number").asString(),
                        flat(inSection.get("title").asString())));
                for (JsonNode t : inSection.get("tasks")) {
                    List<String> units = new ArrayList<>();
                    t.get("coordinatingUnits").forEach(u -> units.add(u.asString()));
                    List<String> expected = List.of(flat(t.get("content").asString()), flat(t.path("leadUnit")
                            .asString("")), flat(String.join(" ", units)), flat(t.path("expectedResult")
                            .asString("")), flat(t.get("timeFrame").asString()), flat(t.path("note").asString("")));
                    assertThat(rows.stream().filter(r -> r.size() == 7).map(r -> r.subList(1, 7)).toList())
                            .as(t.get("content").asString()).contains(expected);
                    taskRows++;
                }
            }
            assertThat(taskRows).isEqualTo(tasks);
            // header rows + one per section + one per task
            assertThat(rows).hasSize(2 + input.get("sections").size() + tasks);
            if (fixture.equals("quang-tri-2024")) {
                assertThat(tasks).isEqualTo(25);
            } else {
                assertThat(tasks).isEqualTo(29);
            }
        }
    }

    @Test
    void schedulesAreUnderstoodOnWorkingDays() {
        JsonNode qt = create("quang-tri-2024");
        assertThat(task(qt, "I", 1).get("schedule").get("kind").asString()).isEqualTo("MONTH");
        assertThat(dates(task(qt, "I", 1))).containsExactly("2024-01-31");
        assertThat(task(qt, "I", 2).get("schedule").get("kind").asString()).isEqualTo("QUARTER");
        assertThat(dates(task(qt, "I", 2))).containsExactly("2024-12-31");
        assertThat(task(qt, "I", 3).get("schedule").get("kind").asString()).isEqualTo("REGULAR");
        assertThat(task(qt, "II", 1).get("schedule").get("kind").asString()).isEqualTo("WHEN_ARISING");
        assertThat(dates(task(qt, "III", 1))).containsExactly("2024-03-25");
        assertThat(dates(task(qt, "III", 2))).containsExactly("2024-09-30");
        assertThat(task(qt, "V", 1).get("schedule").get("kind").asString()).isEqualTo("QUARTER");
        JsonNode unknown = task(qt, "IX", 1).get("schedule");
        assertThat(unknown.get("kind").asString()).isEqualTo("TEXT");
        assertThat(unknown.get("understood").asBoolean()).isFalse();
        assertThat(unknown.get("explanation").asString()).contains("Theo KH của VP UBND tỉnh");
        // the 15th of each month of 2024 on the official calendar: 15/6, 15/9 and 15/12 fall on weekends
        JsonNode report = task(qt, "IX", 2);
        assertThat(report.get("schedule").get("kind").asString()).isEqualTo("MONTHLY");
        assertThat(dates(report)).containsExactly("2024-01-15", "2024-02-15", "2024-03-15", "2024-04-15",
                "2024-05-15", "2024-06-14", "2024-07-15", "2024-08-15", "2024-09-13", "2024-10-15", "2024-11-15",
                "2024-12-13");

        JsonNode cb = create("cao-bang-2023");
        assertThat(task(cb, "X", 2).get("schedule").get("kind").asString()).isEqualTo("QUARTERLY");
        assertThat(dates(task(cb, "X", 2))).containsExactly("2023-03-20", "2023-06-20", "2023-09-20", "2023-12-20");
        assertThat(dates(task(cb, "VIII", 1))).containsExactly("2023-03-31");
        // "Trước ngày 01/9/2023": 1 September 2023 was a day off (the National Day break of 2023 ran 1–4 September)
        assertThat(dates(task(cb, "VIII", 2))).containsExactly("2023-08-31");
        // 31/12/2023 is a Sunday: the last working day before it
        assertThat(dates(task(cb, "II", 1))).containsExactly("2023-12-29");
        assertThat(dates(task(cb, "I", 1))).containsExactly("2023-01-31", "2023-12-29");
        assertThat(task(cb, "XI", 3).get("schedule").get("kind").asString()).isEqualTo("TEXT");
    }

    @Test
    void progressIsCountedAsOfSeveralDays() throws IOException {
        JsonNode qt = create("quang-tri-2024");
        long id = qt.get("id").asLong();
        String base = "/api/v1/control/plans/" + id;
        long review = task(qt, "III", 1).get("id").asLong();
        long report = task(qt, "IX", 2).get("id").asLong();
        // a directive document of the control lists as evidence
        Api.Response document = officer().post("/api/v1/control/documents", "{\"agencyCode\":\"" + PlanFixtures.QUANG_TRI
                + "\",\"number\":\"12/BC-SKHCN\",\"date\":\"2024-03-20\",\"kind\":\"REPORT\","
                + "\"summary\":\"Báo cáo kết quả rà soát quy định, TTHC\"}");
        assertThat(document.status()).as(document.body()).isEqualTo(201);
        long documentId = document.json().get("id").asLong();

        Api.Response done = officer().post(base + "/tasks/" + review + "/progress", "{\"date\":\"2024-03-20\","
                + "\"status\":\"DONE\",\"note\":\"Đã gửi UBND tỉnh\",\"evidence\":{\"documentId\":" + documentId
                + ",\"fileId\":null,\"text\":null}}");
        assertThat(done.status()).as(done.body()).isEqualTo(201);
        assertThat(done.json().get("dueDate").asString()).isEqualTo("2024-03-25");
        assertThat(officer().post(base + "/tasks/" + report + "/progress", "{\"date\":\"2024-01-15\",\"status\":"
                + "\"DONE\",\"dueDate\":\"2024-01-15\",\"evidence\":{\"text\":\"Báo cáo tháng 1 qua hệ thống\"}}")
                .status()).isEqualTo(201);
        assertThat(officer().post(base + "/tasks/" + report + "/progress", "{\"date\":\"2024-02-10\",\"status\":"
                + "\"IN_PROGRESS\",\"dueDate\":\"2024-02-15\",\"note\":\"Đang tổng hợp\"}").status()).isEqualTo(201);
        assertThat(officer().post(base + "/tasks/" + report + "/progress", "{\"date\":\"2024-02-20\",\"status\":"
                + "\"DONE\",\"dueDate\":\"2024-02-15\"}").status()).isEqualTo(201);

        // 17 dated occurrences: I.1, I.2, III.1, III.2, V.1 and the 12 monthly reports
        JsonNode feb = officer().get(base + "/progress?asOf=2024-02-10").json();
        assertThat(counts(feb)).containsExactly(25, 17, 2, 1, 0, 1, 15);
        JsonNode mar = officer().get(base + "/progress?asOf=2024-03-01").json();
        assertThat(counts(mar)).containsExactly(25, 17, 3, 1, 1, 1, 14);
        JsonNode oct = officer().get(base + "/progress?asOf=2024-10-01").json();
        assertThat(counts(oct)).containsExactly(25, 17, 12, 2, 1, 9, 5);
        JsonNode sectionIx = null;
        for (JsonNode s : oct.get("bySection")) {
            if (s.get("key").asString().equals("IX")) {
                sectionIx = s;
            }
        }
        assertThat(sectionIx.get("doneOnTime").asInt()).isEqualTo(1);
        assertThat(sectionIx.get("doneLate").asInt()).isEqualTo(1);
        assertThat(sectionIx.get("overdue").asInt()).isEqualTo(7);
        // due in the next 10 working days from 01/10/2024: the report of 15/10
        List<String> soon = new ArrayList<>();
        oct.get("dueSoon").forEach(o -> soon.add(o.get("dueDate").asString()));
        assertThat(soon).containsExactly("2024-10-15");
        // the plan read as of a day carries the same progress
        assertThat(officer().get(base + "?asOf=2024-10-01").json().get("progress").get("overdue").asInt()).isEqualTo(9);

        // refusals: the occurrence of a recurring task must be named; the document must exist
        Api.Response noDue = officer().post(base + "/tasks/" + report + "/progress",
                "{\"date\":\"2024-03-15\",\"status\":\"DONE\"}");
        assertThat(noDue.status()).isEqualTo(400);
        assertThat(noDue.json().get("errors").get(0).get("field").asString()).isEqualTo("dueDate");
        Api.Response badDocument = officer().post(base + "/tasks/" + review + "/progress", "{\"date\":\"2024-03-21\","
                + "\"status\":\"DONE\",\"evidence\":{\"documentId\":987654321}}");
        assertThat(badDocument.status()).isEqualTo(400);
        assertThat(badDocument.json().get("errors").get(0).get("field").asString()).isEqualTo("evidence.documentId");
        assertThat(badDocument.json().get("detail").asString()).contains("Không có văn bản chỉ đạo");

        // the XLSX progress report has the same figures
        byte[] xlsx = officer().get(base + "/progress?asOf=2024-10-01&format=xlsx").bytes();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet summary = book.getSheet("Tổng hợp");
            Row whole = summary.getRow(4);
            assertThat(whole.getCell(0).getStringCellValue()).isEqualTo("Cả kế hoạch");
            assertThat(whole.getCell(3).getNumericCellValue()).isEqualTo(17);
            assertThat(whole.getCell(7).getNumericCellValue()).isEqualTo(9);
            assertThat(book.getSheet("Nhật ký").getLastRowNum()).isEqualTo(4);
            assertThat(book.getSheet("Chi tiết").getLastRowNum()).isEqualTo(17 + 19);
        }
    }

    private static List<Integer> counts(JsonNode p) {
        return List.of(p.get("tasks").asInt(), p.get("occurrences").asInt(), p.get("occurrencesDue").asInt(),
                p.get("doneOnTime").asInt(), p.get("doneLate").asInt(), p.get("overdue").asInt(),
                p.get("notYetDue").asInt());
    }

    @Test
    void editsNeedTheVersionAndATaskWithProgressIsNotRemoved() throws IOException {
        JsonNode plan = create("cao-bang-2023");
        String path = "/api/v1/control/plans/" + plan.get("id").asLong();
        tools.jackson.databind.node.ObjectNode edit = (tools.jackson.databind.node.ObjectNode) plan.deepCopy();
        edit.put("number", "15/KH-SKHCN");
        // move section II's task to the end of section I and drop the empty section II
        tools.jackson.databind.node.ArrayNode sections = (tools.jackson.databind.node.ArrayNode) edit.get("sections");
        JsonNode moved = sections.get(1).get("tasks").get(0);
        ((tools.jackson.databind.node.ArrayNode) sections.get(0).get("tasks")).add(moved);
        sections.remove(1);
        Api.Response missing = officer().put(path, edit.toString());
        assertThat(missing.status()).isEqualTo(428);
        Api.Response saved = officer().header("If-Match", "\"1\"").put(path, edit.toString());
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.header("ETag")).isEqualTo("\"2\"");
        JsonNode first = saved.json().get("sections").get(0);
        assertThat(first.get("tasks")).hasSize(4);
        assertThat(first.get("tasks").get(3).get("id").asLong()).isEqualTo(moved.get("id").asLong());
        assertThat(first.get("tasks").get(3).get("number").asInt()).isEqualTo(4);
        assertThat(saved.json().get("sections").get(1).get("number").asString()).isEqualTo("III");
        Api.Response stale = officer().header("If-Match", "\"1\"").put(path, edit.toString());
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).contains("application/problem+json");

        long taskId = first.get("tasks").get(0).get("id").asLong();
        assertThat(officer().post(path + "/tasks/" + taskId + "/progress", "{\"date\":\"2023-01-20\","
                + "\"status\":\"DONE\",\"dueDate\":\"2023-01-31\"}").status()).isEqualTo(201);
        tools.jackson.databind.node.ObjectNode removing = (tools.jackson.databind.node.ObjectNode) saved.json()
                .deepCopy();
        ((tools.jackson.databind.node.ArrayNode) removing.get("sections").get(0).get("tasks")).remove(0);
        Api.Response refused = officer().header("If-Match", "\"2\"").put(path, removing.toString());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asString()).contains("đã có tiến độ");

        // a blank content and time frame are refused with every field named
        tools.jackson.databind.node.ObjectNode blank = (tools.jackson.databind.node.ObjectNode) saved.json()
                .deepCopy();
        ((tools.jackson.databind.node.ObjectNode) blank.get("sections").get(0).get("tasks").get(1))
                .put("content", " ").put("timeFrame", "");
        Api.Response invalid = officer().header("If-Match", "\"2\"").put(path, blank.toString());
        assertThat(invalid.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        invalid.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactly("sections[0].tasks[1].content", "sections[0].tasks[1].timeFrame");
    }

    @Test
    void aPlanIsCopiedIntoTheNextYearAndALaterPlanReplacesIt() throws IOException {
        JsonNode qt = create("quang-tri-2024");
        long id = qt.get("id").asLong();
        Api.Response copied = officer().post("/api/v1/control/plans/" + id + "/copy?year=2025", "");
        assertThat(copied.status()).as(copied.body()).isEqualTo(201);
        JsonNode next = copied.json();
        assertThat(next.get("year").asInt()).isEqualTo(2025);
        assertThat(next.get("title").asString()).endsWith("năm 2025");
        assertThat(task(next, "I", 2).get("timeFrame").asString()).isEqualTo("Quý IV/2025");
        assertThat(dates(task(next, "I", 2))).containsExactly("2025-12-31");
        assertThat(dates(task(next, "IX", 2))).hasSize(12).allMatch(d -> d.startsWith("2025-"));
        assertThat(task(next, "IX", 2).get("id").asLong()).isNotEqualTo(task(qt, "IX", 2).get("id").asLong());

        tools.jackson.databind.node.ObjectNode replacing = (tools.jackson.databind.node.ObjectNode) JSON
                .readTree(PlanFixtures.json("quang-tri-2024"));
        replacing.put("replacesPlanId", id);
        replacing.put("number", "45/KH-SKHCN");
        Api.Response replacement = officer().post("/api/v1/control/plans", replacing.toString());
        assertThat(replacement.status()).as(replacement.body()).isEqualTo(201);
        assertThat(officer().get("/api/v1/control/plans/" + id).json().get("replacedByPlanId").asLong())
                .isEqualTo(replacement.json().get("id").asLong());
        assertThat(officer().post("/api/v1/control/plans", replacing.toString()).status()).isEqualTo(409);
        byte[] docx = officer().get("/api/v1/control/plans/" + replacement.json().get("id").asLong()
                + "?format=docx").bytes();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText();
            assertThat(text).contains("Kế hoạch này thay thế Kế hoạch số /KH-SKHCN ngày 07/03/2024");
            assertThat(text).contains("UBND TỈNH QUẢNG TRỊ").contains("SỞ KHOA HỌC VÀ CÔNG NGHỆ")
                    .contains("Quảng Trị, ngày 07 tháng 3 năm 2024").contains("Số: 45/KH-SKHCN");
        }
        List<String> numbers = new ArrayList<>();
        officer().get("/api/v1/control/plans?agency=" + PlanFixtures.QUANG_TRI + "&year=2025").json()
                .forEach(p -> numbers.add(p.get("year").asString()));
        assertThat(numbers).isNotEmpty().allMatch(y -> y.equals("2025"));
    }

    @Test
    void leadersReadTheirAgencyOnlyAndNeverWrite() {
        JsonNode qt = create("quang-tri-2024");
        JsonNode cb = create("cao-bang-2023");
        String qtPath = "/api/v1/control/plans/" + qt.get("id").asLong();
        assertThat(leader().get(qtPath).status()).isEqualTo(200);
        assertThat(leader().get("/api/v1/control/plans?agency=" + PlanFixtures.QUANG_TRI).status()).isEqualTo(200);
        assertThat(leader().get("/api/v1/control/plans/" + cb.get("id").asLong()).status()).isEqualTo(403);
        assertThat(leader().get("/api/v1/control/plans?agency=" + PlanFixtures.CAO_BANG).status()).isEqualTo(403);
        assertThat(leader().get("/api/v1/control/plans/" + cb.get("id").asLong() + "?format=docx").status())
                .isEqualTo(403);
        long taskId = task(qt, "III", 1).get("id").asLong();
        Api.Response write = leader().post(qtPath + "/tasks/" + taskId + "/progress",
                "{\"date\":\"2024-03-20\",\"status\":\"DONE\"}");
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.json().get("detail").asString()).contains("cán bộ kiểm soát TTHC");
        assertThat(leader().post("/api/v1/control/plans", PlanFixtures.json("quang-tri-2024")).status())
                .isEqualTo(403);
    }

    /** The rows of the appendix table (the one whose first cell is "TT"), each cell's text with spaces folded. */
    static List<List<String>> appendixRows(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getOrient().toString()).isEqualTo("landscape");
            for (XWPFTable table : doc.getTables()) {
                if (!table.getRow(0).getCell(0).getText().strip().equals("TT")) {
                    continue;
                }
                List<List<String>> rows = new ArrayList<>();
                for (XWPFTableRow row : table.getRows()) {
                    List<String> cells = new ArrayList<>();
                    for (XWPFTableCell cell : row.getTableCells()) {
                        // a paragraph per line (units, "- " items): joined by line breaks, then spaces folded
                        cells.add(flat(String.join("\n", cell.getParagraphs().stream()
                                .map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText).toList())));
                    }
                    rows.add(cells);
                }
                return rows;
            }
        }
        throw new AssertionError("no appendix table");
    }

    static String flat(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}

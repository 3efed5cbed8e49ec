package vn.motcua.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.motcua.identity.DemoAgency;
import vn.motcua.support.Api;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestAgencies;

/** The lists over HTTP: editing with versions, refusals in Vietnamese, spreadsheets in and out, and who may do what. */
@IntegrationTest
class ControlListsIntegrationTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    vn.motcua.support.MutableClock clock;

    private Api officer() {
        return Api.at(port).as(TestAgencies.OFFICER, TestAgencies.OFFICER_PASSWORD);
    }

    private Api demo(String user) {
        return Api.at(port).as(user, DemoAgency.PASSWORD);
    }

    /** A sheet with a header row and rows of cells (strings, numbers or dates). */
    static byte[] sheet(List<String> header, List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Tuyên truyền");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                head.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    Cell cell = row.createCell(c);
                    if (value instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static final List<String> HEADER = List.of("Ngày", "Hình thức", "Tiêu đề, nội dung", "Kênh, nơi đăng",
            "Đường dẫn", "Lượt truy cập, tham dự");

    @Test
    void aRecordIsEditedWithItsVersionAndAStaleEditIsRefused() {
        String agency = "000.00.93.T01";
        Api.Response created = officer().post("/api/v1/control/documents", "{\"agencyCode\":\"" + agency
                + "\",\"number\":\"12/KH-SKHCN\",\"date\":\"2024-02-06\",\"kind\":\"PLAN\",\"summary\":\"Kế hoạch\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.json().get("createdBy").asString()).isEqualTo(TestAgencies.OFFICER);
        assertThat(created.json().get("date").asString()).isEqualTo("2024-02-06");
        assertThat(created.json().get("fileId").isNull()).isTrue();

        assertThat(created.json().get("createdAt").asString()).isEqualTo(clock.instant().toString());
        java.time.Instant createdAt = clock.instant();
        clock.advance(java.time.Duration.ofHours(3));
        String path = "/api/v1/control/documents/" + id;
        String changed = "{\"agencyCode\":\"" + agency + "\",\"number\":\"12/KH-SKHCN\",\"date\":\"2024-02-07\","
                + "\"kind\":\"PLAN\",\"summary\":\"Kế hoạch kiểm soát TTHC năm 2024\"}";
        assertThat(officer().put(path, changed).status()).isEqualTo(428);
        Api.Response updated = officer().header("If-Match", "\"1\"").put(path, changed);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.header("ETag")).isEqualTo("\"2\"");
        assertThat(updated.json().get("summary").asString()).isEqualTo("Kế hoạch kiểm soát TTHC năm 2024");
        assertThat(updated.json().get("createdAt").asString()).isEqualTo(createdAt.toString());
        assertThat(updated.json().get("updatedAt").asString()).isEqualTo(createdAt.plusSeconds(3 * 3600).toString());
        Api.Response stale = officer().header("If-Match", "\"1\"").put(path, changed);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");

        assertThat(officer().get(path).json().get("date").asString()).isEqualTo("2024-02-07");
        assertThat(officer().header("If-Match", "\"1\"").delete(path).status()).isEqualTo(412);
        assertThat(officer().header("If-Match", "\"2\"").delete(path).status()).isEqualTo(204);
        assertThat(officer().get(path).status()).isEqualTo(404);
    }

    @Test
    void ofTwoEditsOfTheSameVersionAtOnceOneWinsAndTheOtherIsToldItIsStale() throws Exception {
        String agency = "000.00.93.T01";
        long id = officer().post("/api/v1/control/communications", "{\"agencyCode\":\"" + agency
                + "\",\"date\":\"2024-04-01\",\"kind\":\"ARTICLE\",\"title\":\"Bản đầu\"}").json().get("id").asLong();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String title = "Bản sửa " + i;
                answers.add(pool.submit(() -> officer().header("If-Match", "\"1\"").put(
                        "/api/v1/control/communications/" + id, "{\"agencyCode\":\"" + agency + "\",\"date\":"
                                + "\"2024-04-01\",\"kind\":\"ARTICLE\",\"title\":\"" + title + "\"}").status()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnly(200, 412);
            assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        } finally {
            pool.shutdown();
        }
        JsonNode now = officer().get("/api/v1/control/communications/" + id).json();
        assertThat(now.get("version").asInt()).isEqualTo(2);
        assertThat(now.get("title").asString()).startsWith("Bản sửa ");
    }

    @Test
    void aDirectiveDocumentKeepsItsFileInTheFileStore() {
        byte[] pdf = "%PDF-1.7\nKế hoạch số 15/KH-SKHCN\n%%EOF".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Api.Response stored = officer().upload("/api/v1/control/documents/file", "file", "ke-hoach.pdf", pdf);
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        String key = stored.json().get("fileId").asString();
        assertThat(key).hasSize(64);

        String agency = "000.00.93.T01";
        Api.Response created = officer().post("/api/v1/control/documents", "{\"agencyCode\":\"" + agency
                + "\",\"number\":\"15/KH-SKHCN\",\"date\":\"2024-02-06\",\"kind\":\"PLAN\",\"summary\":\"Kế hoạch\","
                + "\"fileId\":\"" + key + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Api.Response file = officer().get("/api/v1/control/documents/" + created.json().get("id").asLong() + "/file");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.bytes()).isEqualTo(pdf);
        assertThat(demo("kiemsoat").get("/api/v1/control/documents/" + created.json().get("id").asLong() + "/file")
                .status()).isEqualTo(403);

        Api.Response unknown = officer().post("/api/v1/control/documents", "{\"agencyCode\":\"" + agency
                + "\",\"number\":\"16/KH\",\"date\":\"2024-02-06\",\"kind\":\"PLAN\",\"summary\":\"x\","
                + "\"fileId\":\"" + "0".repeat(64) + "\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().at("/errors/0/field").asString()).isEqualTo("fileId");
        assertThat(demo("lanhdao").upload("/api/v1/control/documents/file", "file", "x.pdf", pdf).status())
                .isEqualTo(403);
    }

    @Test
    void badInputIsRefusedFieldByFieldInVietnamese() {
        Api.Response response = officer().post("/api/v1/control/reviews", "{\"agencyCode\":\"000.00.93.T01\","
                + "\"year\":2024,\"procedureCode\":\"1.001\",\"procedureName\":\"Thủ tục\",\"dueDate\":\"31/02/2024\","
                + "\"status\":\"APPROVED\",\"optionKind\":\"CUT_TIME_LIMIT\",\"timeLimitFrom\":10,\"timeLimitTo\":12}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().findValuesAsString("field")).containsExactly("dueDate");
        assertThat(response.json().at("/errors/0/message").asString()).contains("Hạn rà soát")
                .contains("không phải ngày hợp lệ");

        response = officer().post("/api/v1/control/reviews", "{\"agencyCode\":\"000.00.93.T01\","
                + "\"year\":2024,\"procedureCode\":\"1.001\",\"procedureName\":\"Thủ tục\",\"dueDate\":\"2024-02-28\","
                + "\"status\":\"APPROVED\",\"optionKind\":\"CUT_TIME_LIMIT\",\"timeLimitFrom\":10,\"timeLimitTo\":12}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().findValuesAsString("field"))
                .containsExactlyInAnyOrder("timeLimitTo", "decisionNumber", "decisionDate");
        assertThat(response.body()).contains("phải ngắn hơn thời hạn hiện hành");

        response = officer().post("/api/v1/control/communications", "{\"date\":\"2024-01-01\",\"kind\":\"TV\"}");
        assertThat(response.json().findValuesAsString("field")).containsExactlyInAnyOrder("agencyCode", "kind",
                "title");
        assertThat(officer().get("/api/v1/control/nothing?agency=000.00.93.T01").status()).isEqualTo(404);
    }

    @Test
    void anImportWithBadRowsWritesNothingAndNamesEveryBadRow() throws IOException {
        String agency = "000.00.93.T02";
        byte[] bad = sheet(HEADER, List.of(
                List.of(LocalDate.of(2024, 1, 10), "Tin, bài viết", "Bài đúng", "Cổng thông tin", "https://a.vn/1", 12),
                List.of("32/01/2024", "ARTICLE", "Ngày sai", "", "", 3),
                List.of(LocalDate.of(2024, 1, 11), "Truyền hình", "Hình thức sai", "", "", ""),
                new ArrayList<>(java.util.Arrays.asList(LocalDate.of(2024, 1, 12), "CONFERENCE", null, "", "ftp://x", -2))));
        Api.Response refused = officer().upload("/api/v1/control/communications/import?agency=" + agency, "file",
                "tuyen-truyen.xlsx", bad);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode rows = refused.json().get("refused");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("row").asInt()).isEqualTo(3);
        assertThat(rows.get(0).get("reason").asString()).contains("Ngày").contains("32/01/2024");
        assertThat(rows.get(1).get("row").asInt()).isEqualTo(4);
        assertThat(rows.get(1).get("reason").asString()).contains("Hình thức").contains("Truyền hình");
        assertThat(rows.get(2).get("row").asInt()).isEqualTo(5);
        assertThat(rows.get(2).get("reason").asString()).contains("Tiêu đề, nội dung: bắt buộc")
                .contains("Đường dẫn").contains("số nguyên không âm");
        assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("row 3");
        assertThat(officer().get("/api/v1/control/communications?agency=" + agency).json()).isEmpty();

        byte[] good = sheet(HEADER, List.of(
                List.of(LocalDate.of(2024, 1, 10), "Tin, bài viết", "Bài 1", "Cổng thông tin", "https://a.vn/1", 12),
                List.of("11/01/2024", "CONFERENCE", "Hội nghị", "", "", "1.200")));
        Api.Response imported = officer().upload("/api/v1/control/communications/import?agency=" + agency, "file",
                "tuyen-truyen.xlsx", good);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(2);
        JsonNode listed = officer().get("/api/v1/control/communications?agency=" + agency).json();
        assertThat(listed).hasSize(2);
        assertThat(listed.get(0).get("kind").asString()).isEqualTo("ARTICLE");
        assertThat(listed.get(1).get("date").asString()).isEqualTo("2024-01-11");
        assertThat(listed.get(1).get("visits").asLong()).isEqualTo(1200);

        Api.Response unknownColumn = officer().upload("/api/v1/control/communications/import?agency=" + agency,
                "file", "x.xlsx", sheet(List.of("Ngày", "Màu sắc"), List.of(List.of("01/01/2024", "đỏ"))));
        assertThat(unknownColumn.status()).isEqualTo(400);
        assertThat(unknownColumn.json().at("/errors/0/field").asString()).isEqualTo("file");
        assertThat(unknownColumn.json().get("detail").asString()).contains("Màu sắc");
        Api.Response notASheet = officer().upload("/api/v1/control/communications/import?agency=" + agency,
                "file", "x.xlsx", "không phải bảng tính".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(notASheet.status()).isEqualTo(400);
        assertThat(officer().get("/api/v1/control/communications?agency=" + agency).json()).hasSize(2);
    }

    @Test
    void theExportIsASpreadsheetOfThePeriodThatImportsBack() throws IOException {
        String agency = "000.00.93.T01";
        for (String date : List.of("2024-03-14", "2024-03-15", "2024-01-20")) {
            assertThat(officer().post("/api/v1/control/inspections", "{\"agencyCode\":\"" + agency + "\","
                    + "\"title\":\"Kiểm tra " + date + "\",\"status\":\"CONDUCTED\",\"conductedDate\":\"" + date + "\","
                    + "\"violations\":1,\"unitsInspected\":\"Phòng Quản lý chuyên ngành\"}").status()).isEqualTo(201);
        }
        Api.Response xlsx = officer().get("/api/v1/control/inspections/export?agency=" + agency + "&period=2024-Q1");
        assertThat(xlsx.status()).as(xlsx.body()).isEqualTo(200);
        assertThat(xlsx.contentType()).isEqualTo(XLSX);
        assertThat(xlsx.header("Content-Disposition")).contains("kiem-soat-kiem-tra-2024-Q1.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Kiểm tra");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Nội dung kiểm tra");
            assertThat(sheet.getLastRowNum()).isEqualTo(2); // 20/01 and 14/03; 15/03 is in Q2
            Row first = sheet.getRow(1);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo(agency);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("Kiểm tra 2024-01-20");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("Đã kiểm tra");
            assertThat(first.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 1, 20));
            assertThat(first.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(first.getCell(8).getNumericCellValue()).isEqualTo(1);
        }
        Api.Response again = officer().upload("/api/v1/control/inspections/import", "file", "kiem-tra.xlsx",
                xlsx.bytes());
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("imported").asInt()).isEqualTo(2);
        assertThat(officer().get("/api/v1/control/inspections?agency=" + agency + "&period=2024-Q1").json())
                .hasSize(4);
    }

    @Test
    void nobodyReadsOrWritesAnotherAgencysRecords() throws IOException {
        String other = "000.00.92.T07";
        Api.Response created = officer().post("/api/v1/control/communications", "{\"agencyCode\":\"" + other
                + "\",\"date\":\"2024-05-02\",\"kind\":\"ARTICLE\",\"title\":\"Tin nội bộ\"}");
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();

        // kiemsoat controls only the demo department
        Api kiemsoat = demo("kiemsoat");
        for (String path : List.of("/api/v1/control/communications?agency=" + other,
                "/api/v1/control/communications/" + id,
                "/api/v1/control/communications/export?agency=" + other,
                "/api/v1/reports/control-activities?agency=" + other + "&period=2024-Q2",
                "/api/v1/reports/control-activities/records?agency=" + other + "&period=2024-Q2&figure=communications.items")) {
            Api.Response refused = kiemsoat.get(path);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("detail").asString()).contains("cán bộ kiểm soát TTHC");
        }
        assertThat(kiemsoat.post("/api/v1/control/communications", "{\"agencyCode\":\"" + other
                + "\",\"date\":\"2024-05-02\",\"kind\":\"ARTICLE\",\"title\":\"x\"}").status()).isEqualTo(403);
        assertThat(kiemsoat.header("If-Match", "\"1\"").put("/api/v1/control/communications/" + id,
                "{\"agencyCode\":\"" + DemoAgency.CODE.value() + "\",\"date\":\"2024-05-02\",\"kind\":\"ARTICLE\","
                        + "\"title\":\"x\"}").status()).isEqualTo(403);
        assertThat(kiemsoat.delete("/api/v1/control/communications/" + id).status()).isEqualTo(403);
        assertThat(kiemsoat.upload("/api/v1/control/communications/import?agency=" + other, "file", "x.xlsx",
                sheet(HEADER, List.of(List.of("02/05/2024", "ARTICLE", "x", "", "", 1)))).status()).isEqualTo(403);
        assertThat(officer().get("/api/v1/control/communications/" + id).json().get("title").asString())
                .isEqualTo("Tin nội bộ");

        // a sheet naming an agency the officer does not control is refused on that row, and nothing is written
        List<String> withAgency = new ArrayList<>(List.of("Mã cơ quan"));
        withAgency.addAll(HEADER);
        Api.Response mixed = officer().upload("/api/v1/control/communications/import", "file", "x.xlsx",
                sheet(withAgency, List.of(List.of(other, "03/05/2024", "ARTICLE", "Của mình", "", "", 1),
                        List.of(DemoAgency.PROVINCE.value(), "03/05/2024", "ARTICLE", "Của tỉnh", "", "", 1))));
        assertThat(mixed.status()).isEqualTo(400);
        assertThat(mixed.json().at("/refused/0/row").asInt()).isEqualTo(3);
        assertThat(mixed.json().at("/refused/0/reason").asString()).contains("Chỉ cán bộ kiểm soát TTHC");
        assertThat(officer().get("/api/v1/control/communications?agency=" + other).json()).hasSize(1);

        // the demo department's leader reads its records but does not write them; an applicant reads nothing
        String demoAgency = DemoAgency.CODE.value();
        assertThat(demo("lanhdao").get("/api/v1/control/communications?agency=" + demoAgency).status()).isEqualTo(200);
        assertThat(demo("lanhdao").post("/api/v1/control/communications", "{\"agencyCode\":\"" + demoAgency
                + "\",\"date\":\"2024-05-02\",\"kind\":\"ARTICLE\",\"title\":\"x\"}").status()).isEqualTo(403);
        assertThat(demo("congdan").get("/api/v1/control/communications?agency=" + demoAgency).status())
                .isEqualTo(403);
        assertThat(demo("admin").get("/api/v1/control/communications/" + id).status()).isEqualTo(200);
    }
}

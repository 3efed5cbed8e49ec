package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.motcua.identity.DemoAgency;
import vn.motcua.support.Api;
import vn.motcua.support.IntegrationTest;

/** The report files over HTTP, as the control officer of the demo department downloads them. */
@IntegrationTest
class ReportExportsIntegrationTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String QUERY = "agency=000.00.22.H05&period=2026-Q1";

    @LocalServerPort
    int port;

    private Api officer() {
        return Api.at(port).as("kiemsoat", DemoAgency.PASSWORD);
    }

    private static Api.Response file(Api.Response response, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo(type);
        return response;
    }

    private static String text(Api.Response docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.bytes()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertThat(doc.getProperties().getCoreProperties().getCreator()).isEqualTo("motcua");
            return extractor.getText();
        }
    }

    private static Row totalRow(Sheet sheet) {
        for (Row row : sheet) {
            if (row.getCell(1) != null && "Tổng cộng".equals(row.getCell(1).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no total row");
    }

    @Test
    void theResolutionReportDownloadsAsFormII06aWhoseTotalsAreTheLedgers() throws IOException {
        JsonNode report = officer().get("/api/v1/reports/dossier-resolution?" + QUERY).json();
        Api.Response xlsx = file(officer().get("/api/v1/reports/dossier-resolution?" + QUERY + "&format=xlsx"), XLSX);
        assertThat(xlsx.header("Content-Disposition")).contains("bao-cao-giai-quyet-tthc-2026-Q1.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Biểu II.06a");
            assertThat(workbook.getSheetName(1)).isEqualTo("Dịch vụ công trực tuyến");
            assertThat(workbook.getSheetName(2)).isEqualTo("Kiểm tra");
            Sheet form = workbook.getSheet("Biểu II.06a");
            assertThat(form.getRow(0).getCell(7).getStringCellValue())
                    .isEqualTo("Đơn vị báo cáo: Sở Khoa học và Công nghệ tỉnh Bắc Ninh");
            assertThat(form.getRow(1).getCell(7).getStringCellValue())
                    .isEqualTo("Đơn vị nhận báo cáo: Văn phòng Ủy ban nhân dân tỉnh Bắc Ninh");
            assertThat(form.getRow(3).getCell(0).getStringCellValue())
                    .isEqualTo("Kỳ báo cáo: Quý I năm 2026 (từ ngày 15/12/2025 đến ngày 14/3/2026)");
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            Row total = totalRow(form);
            assertThat(evaluator.evaluate(total.getCell(2)).getNumberValue())
                    .isEqualTo(report.at("/total/received/total").asLong());
            assertThat(evaluator.evaluate(total.getCell(6)).getNumberValue())
                    .isEqualTo(report.at("/total/resolved/total").asLong());
            assertThat(evaluator.evaluate(total.getCell(10)).getNumberValue())
                    .isEqualTo(report.at("/total/inProgress/total").asLong());
            assertThat(form.getLastRowNum()).isEqualTo(8 + report.get("rows").size());
        }
    }

    @Test
    void thePeriodicReportDownloadsWithTheDefaultNarrative() throws IOException {
        JsonNode report = officer().get("/api/v1/reports/dossier-resolution?" + QUERY).json();
        Api.Response docx = file(officer().get("/api/v1/reports/dossier-resolution?" + QUERY + "&format=docx"), DOCX);
        assertThat(docx.header("Content-Disposition")).contains("bao-cao-kiem-soat-tthc-2026-Q1.docx");
        String text = text(docx);
        assertThat(text).contains("UBND TỈNH BẮC NINH", "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số:       /BC-SKHCN",
                "Bắc Ninh, ngày      tháng", "BÁO CÁO", "quý I năm 2026",
                "(Số liệu từ ngày 15/12/2025 đến ngày 14/3/2026)", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2026",
                "KT. GIÁM ĐỐC", "Nơi nhận:");
        // the report groups thousands the Vietnamese way (3.006): other tests may have imported thousands of dossiers
        String received = String.format(Locale.ROOT, "%,d", report.at("/total/received/total").asLong())
                .replace(',', '.');
        assertThat(text).contains("Tổng số hồ sơ nhận giải quyết: " + received + " hồ sơ");
    }

    @Test
    void thePeriodicReportCarriesTheNarrativeTheOfficerPosted() throws IOException {
        String narrative = """
                {"number":"21","difficulties":"Đường truyền tới Cổng dịch vụ công quốc gia chập chờn.",
                 "proposals":"Đề nghị nâng cấp đường truyền.","nextTasks":"1. Số hóa toàn bộ kết quả giải quyết.",
                 "signerTitle":"GIÁM ĐỐC","signerName":"Bế Đăng Khoa",
                 "recipients":["Văn phòng UBND tỉnh (b/c)","Sở Nội vụ (b/c)"]}""";
        Api.Response docx = file(officer().post("/api/v1/reports/periodic?" + QUERY + "&periodType=REPORTING",
                narrative), DOCX);
        String text = text(docx);
        assertThat(text).contains("Số: 21/BC-SKHCN", "Đường truyền tới Cổng dịch vụ công quốc gia chập chờn.",
                "Đề nghị nâng cấp đường truyền.", "1. Số hóa toàn bộ kết quả giải quyết.", "GIÁM ĐỐC",
                "Bế Đăng Khoa", "- Sở Nội vụ (b/c);", "- Lưu: VT.");
        assertThat(text).doesNotContain("KT. GIÁM ĐỐC");

        Api.Response none = file(officer().post("/api/v1/reports/periodic?" + QUERY, "{}"), DOCX);
        assertThat(text(none)).contains("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
    }

    @Test
    void theCatalogFiguresDownloadAsAWorkbook() throws IOException {
        JsonNode catalog = officer().get("/api/v1/reports/catalog?" + QUERY).json();
        Api.Response xlsx = file(officer().get("/api/v1/reports/catalog?" + QUERY + "&format=xlsx"), XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet form = workbook.getSheet("Biểu II.07b");
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            assertThat(evaluator.evaluate(form.getRow(8).getCell(2)).getNumberValue())
                    .isEqualTo(catalog.get("procedures").asLong());
            assertThat(workbook.getSheet("Quyết định công bố")).isNotNull();
        }
    }

    @Test
    void badRequestsAndOutsidersGetProblemsNotFiles() {
        Api.Response format = officer().get("/api/v1/reports/catalog?" + QUERY + "&format=pdf");
        assertThat(format.status()).isEqualTo(400);
        assertThat(format.json().at("/errors/0/field").asString()).isEqualTo("format");
        Api.Response tooLong = officer().post("/api/v1/reports/periodic?" + QUERY,
                "{\"proposals\":\"" + "x".repeat(20_001) + "\"}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().at("/errors/0/field").asString()).isEqualTo("proposals");
        Api.Response period = officer().post("/api/v1/reports/periodic?agency=000.00.22.H05&period=2026-Q5", "{}");
        assertThat(period.status()).isEqualTo(400);
        Api.Response applicant = Api.at(port).as("congdan", DemoAgency.PASSWORD)
                .get("/api/v1/reports/dossier-resolution?" + QUERY + "&format=xlsx");
        assertThat(applicant.status()).isEqualTo(403);
    }
}

package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.motcua.reporting.ResolutionReport.Check;
import vn.motcua.reporting.ResolutionReport.Row;
import vn.motcua.reporting.internal.ReportDocuments;

/** The XLSX exports read back with POI: values, formulas that evaluate to the report's figures, layout. */
class ReportWorkbooksTest {

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static XSSFWorkbook resolutionWorkbook(ResolutionReport report) throws IOException {
        return open(ReportDocuments.resolutionWorkbook(report, ReportSamples.LETTERHEAD));
    }

    private static Cell cell(Sheet sheet, String ref) {
        CellReference at = new CellReference(ref);
        return sheet.getRow(at.getRow()).getCell(at.getCol());
    }

    private static double value(FormulaEvaluator evaluator, Sheet sheet, String ref) {
        return evaluator.evaluate(cell(sheet, ref)).getNumberValue();
    }

    private static String text(FormulaEvaluator evaluator, Sheet sheet, String ref) {
        return evaluator.evaluate(cell(sheet, ref)).getStringValue();
    }

    @Test
    void formII06aHasOneLinePerFieldThenATotalLineOfFormulasThatAddUpToTheReportTotals() throws IOException {
        ResolutionReport report = ReportSamples.resolution();
        try (XSSFWorkbook workbook = resolutionWorkbook(report)) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Biểu II.06a");
            Sheet form = workbook.getSheet("Biểu II.06a");
            assertThat(cell(form, "A1").getStringCellValue()).isEqualTo("Biểu số II.06a/VPCP/KSTT");
            assertThat(cell(form, "H1").getStringCellValue()).isEqualTo("Đơn vị báo cáo: " + ReportSamples.AGENCY);
            assertThat(cell(form, "H2").getStringCellValue())
                    .isEqualTo("Đơn vị nhận báo cáo: Văn phòng Ủy ban nhân dân tỉnh Bắc Ninh");
            assertThat(cell(form, "A3").getStringCellValue()).startsWith("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC");
            assertThat(cell(form, "A4").getStringCellValue())
                    .isEqualTo("Kỳ báo cáo: Quý III năm 2023 (từ ngày 15/6/2023 đến ngày 14/9/2023)");

            assertThat(cell(form, "B9").getStringCellValue()).isEqualTo("Hoạt động khoa học và công nghệ");
            assertThat(cell(form, "B11").getStringCellValue())
                    .isEqualTo("Năng lượng nguyên tử, an toàn bức xạ và hạt nhân");
            assertThat(cell(form, "D9").getNumericCellValue()).as("online").isEqualTo(5);
            assertThat(cell(form, "F9").getNumericCellValue()).as("carried over").isEqualTo(3);
            assertThat(cell(form, "J9").getNumericCellValue()).as("resolved late").isEqualTo(1);
            assertThat(cell(form, "M9").getNumericCellValue()).as("overdue").isEqualTo(1);
            assertThat(cell(form, "C9").getCellFormula()).isEqualTo("D9+E9+F9");
            assertThat(cell(form, "G9").getCellFormula()).isEqualTo("H9+I9+J9");
            assertThat(cell(form, "K9").getCellFormula()).isEqualTo("L9+M9");

            assertThat(cell(form, "B12").getStringCellValue()).isEqualTo("Tổng cộng");
            String[] columns = {"C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M"};
            long[] totals = {39, 22, 12, 5, 30, 22, 6, 2, 9, 8, 1};
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (int i = 0; i < columns.length; i++) {
                Cell total = cell(form, columns[i] + "12");
                assertThat(total.getCellType()).as(columns[i] + "12").isEqualTo(CellType.FORMULA);
                assertThat(total.getCellFormula()).isEqualTo("SUM(" + columns[i] + "9:" + columns[i] + "11)");
                assertThat(total.getNumericCellValue()).as("cached value of " + columns[i] + "12").isEqualTo(totals[i]);
                assertThat(value(evaluator, form, columns[i] + "12")).as(columns[i] + "12").isEqualTo(totals[i]);
            }
            assertThat(totals[0]).isEqualTo(report.total().received().total());
            assertThat(totals[4]).isEqualTo(report.total().resolved().total());
            assertThat(totals[8]).isEqualTo(report.total().inProgress().total());
        }
    }

    @Test
    void theHeaderIsTwoRowsOfMergedGroupsFrozenAndPrintedOnA4Landscape() throws IOException {
        try (XSSFWorkbook workbook = resolutionWorkbook(ReportSamples.resolution())) {
            XSSFSheet form = workbook.getSheet("Biểu II.06a");
            List<String> merged = form.getMergedRegions().stream().map(CellRangeAddress::formatAsString).toList();
            assertThat(merged).contains("A6:A7", "B6:B7", "C6:F6", "G6:J6", "K6:M6", "A3:M3");
            assertThat(cell(form, "A6").getStringCellValue()).isEqualTo("STT");
            assertThat(cell(form, "C6").getStringCellValue()).isEqualTo("Số hồ sơ nhận giải quyết");
            assertThat(cell(form, "G6").getStringCellValue()).isEqualTo("Số hồ sơ đã giải quyết");
            assertThat(cell(form, "K6").getStringCellValue()).isEqualTo("Số hồ sơ đang giải quyết");
            assertThat(List.of("C7", "D7", "E7", "F7", "H7", "J7", "L7").stream()
                    .map(ref -> cell(form, ref).getStringCellValue())).containsExactly("Tổng số", "Trực tuyến",
                    "Trực tiếp, dịch vụ bưu chính", "Từ kỳ trước", "Trước hạn", "Quá hạn", "Trong hạn");
            assertThat(cell(form, "M8").getStringCellValue()).isEqualTo("(13)");
            assertThat(form.getPaneInformation().isFreezePane()).isTrue();
            assertThat(form.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 8);
            assertThat(form.getPrintSetup().getLandscape()).isTrue();
            assertThat(form.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(form.getRepeatingRows().formatAsString()).isEqualTo("6:8");
            assertThat(form.getColumnWidth(1)).isGreaterThan(form.getColumnWidth(2));
            assertThat(workbook.getFontAt(cell(form, "B9").getCellStyle().getFontIndex()).getFontName())
                    .isEqualTo("Times New Roman");
            assertThat(cell(form, "C12").getCellStyle().getBorderBottom())
                    .isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THIN);
            var properties = workbook.getProperties().getCoreProperties();
            assertThat(properties.getTitle()).contains("quý III năm 2023").contains(ReportSamples.AGENCY);
            assertThat(properties.getCreator()).isEqualTo("motcua");
        }
    }

    @Test
    void editingAFigureKeepsTheTotalsTrueAndTheChecksSheetSaysWhatNoLongerBalances() throws IOException {
        try (XSSFWorkbook workbook = resolutionWorkbook(ReportSamples.resolution())) {
            Sheet form = workbook.getSheet("Biểu II.06a");
            Sheet checks = workbook.getSheet("Kiểm tra");
            cell(form, "D9").setCellValue(100);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            assertThat(value(evaluator, form, "C9")).isEqualTo(107);
            assertThat(value(evaluator, form, "D12")).isEqualTo(117);
            assertThat(value(evaluator, form, "C12")).isEqualTo(134);
            assertThat(text(evaluator, checks, "B5")).startsWith("Số hồ sơ nhận giải quyết bằng số trực tuyến");
            assertThat(text(evaluator, checks, "E5")).as("c3 = c4 + c5 + c6 still holds").isEqualTo("Đạt");
            assertThat(text(evaluator, checks, "C8")).isEqualTo("(3) = (7) + (11)");
            assertThat(text(evaluator, checks, "D8")).as("as the ledger found it").isEqualTo("Đạt");
            assertThat(text(evaluator, checks, "E8")).as("c3 = c7 + c11 no longer").isEqualTo("Không đạt");
            assertThat(text(evaluator, checks, "F13")).as("line 1, c3 = c7 + c11").isEqualTo("Không đạt");
            assertThat(text(evaluator, checks, "F14")).as("line 2, c3 = c7 + c11").isEqualTo("Đạt");
        }
    }

    @Test
    void theChecksSheetListsEveryCheckOfTheReportAndRecomputesItOnTheSheet() throws IOException {
        ResolutionReport report = ReportSamples.resolution();
        try (XSSFWorkbook workbook = resolutionWorkbook(report)) {
            assertThat(workbook.getSheetName(2)).isEqualTo("Kiểm tra");
            Sheet checks = workbook.getSheet("Kiểm tra");
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            for (int i = 0; i < report.checks().size(); i++) {
                int row = 5 + i;
                assertThat(cell(checks, "D" + row).getStringCellValue()).as("row " + row).isEqualTo("Đạt");
                assertThat(cell(checks, "E" + row).getCellType()).isEqualTo(CellType.FORMULA);
                assertThat(text(evaluator, checks, "E" + row)).as("row " + row).isEqualTo("Đạt");
            }
            assertThat(cell(checks, "C9").getStringCellValue()).isEqualTo("Tổng cộng = tổng các dòng");
            assertThat(cell(checks, "B16").getStringCellValue()).isEqualTo("Tổng cộng");
        }
    }

    @Test
    void figuresOfTheLedgerThatDoNotAddUpAreWrittenAsTheyAreAndFlagged() throws IOException {
        ResolutionReport sample = ReportSamples.resolution();
        ResolutionReport.Counts wrong = new ResolutionReport.Counts(
                new ResolutionReport.Received(10, 3, 4, 2), new ResolutionReport.Resolved(6, 4, 2, 0),
                new ResolutionReport.InProgress(4, 4, 0));
        ResolutionReport report = new ResolutionReport(sample.agencyCode(), sample.agencyName(), sample.period(),
                sample.from(), sample.to(), wrong, List.of(new Row("Lĩnh vực lệch số", wrong)), sample.eService(),
                List.of(new Check(ReportSamples.CONSISTENT_CHECKS.get(0), false),
                        new Check(ReportSamples.CONSISTENT_CHECKS.get(3), true)));
        try (XSSFWorkbook workbook = resolutionWorkbook(report)) {
            Sheet form = workbook.getSheet("Biểu II.06a");
            assertThat(cell(form, "C9").getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell(form, "C9").getNumericCellValue()).isEqualTo(10);
            assertThat(cell(form, "G9").getCellFormula()).isEqualTo("H9+I9+J9");
            Sheet checks = workbook.getSheet("Kiểm tra");
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            assertThat(cell(checks, "D5").getStringCellValue()).isEqualTo("Không đạt");
            assertThat(text(evaluator, checks, "E5")).isEqualTo("Không đạt");
            assertThat(text(evaluator, checks, "E6")).as("c3 = c7 + c11").isEqualTo("Đạt");
        }
    }

    @Test
    void theEServiceSheetComputesItsRatesByFormula() throws IOException {
        ResolutionReport report = ReportSamples.resolution();
        try (XSSFWorkbook workbook = resolutionWorkbook(report)) {
            Sheet eService = workbook.getSheet("Dịch vụ công trực tuyến");
            assertThat(workbook.getSheetIndex(eService)).isEqualTo(1);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            assertThat(cell(eService, "C6").getNumericCellValue()).isEqualTo(34);
            assertThat(cell(eService, "C7").getNumericCellValue()).isEqualTo(22);
            assertThat(cell(eService, "D7").getCellFormula()).isEqualTo("IF(C6=0,\"\",C7/C6)");
            assertThat(value(evaluator, eService, "D7")).isCloseTo(report.eService().onlineRate().doubleValue(),
                    within(0.00005));
            assertThat(value(evaluator, eService, "D9")).as("paid online").isCloseTo(0.6, within(1e-9));
            assertThat(cell(eService, "C11").getCellFormula()).isEqualTo("'Biểu II.06a'!G12");
            assertThat(value(evaluator, eService, "C11")).as("resolved, from the form").isEqualTo(30);
            assertThat(value(evaluator, eService, "D12")).as("results digitized").isCloseTo(25.0 / 30, within(1e-9));
            assertThat(cell(eService, "D7").getCellStyle().getDataFormatString()).isEqualTo("0.00%");
        }
    }

    @Test
    void aReportWithoutDossiersStillHasATotalLineThatEvaluates() throws IOException {
        ResolutionReport.Counts none = ReportSamples.counts(0, 0, 0, 0, 0, 0, 0, 0);
        ResolutionReport report = new ResolutionReport("000.00.22.H05", ReportSamples.AGENCY, "2026-Q1",
                LocalDate.of(2025, 12, 15), LocalDate.of(2026, 3, 14), none, List.of(),
                new ResolutionReport.EService(0, 0, null, 0, 0, 0, 0),
                ReportSamples.CONSISTENT_CHECKS.stream().map(rule -> new Check(rule, true)).toList());
        try (XSSFWorkbook workbook = resolutionWorkbook(report)) {
            Sheet form = workbook.getSheet("Biểu II.06a");
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            assertThat(cell(form, "B9").getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(cell(form, "A4").getStringCellValue())
                    .isEqualTo("Kỳ báo cáo: Quý I năm 2026 (từ ngày 15/12/2025 đến ngày 14/3/2026)");
            assertThat(value(evaluator, form, "C9")).isZero();
            assertThat(text(evaluator, workbook.getSheet("Dịch vụ công trực tuyến"), "D7")).isEmpty();
            assertThat(text(evaluator, workbook.getSheet("Kiểm tra"), "E9")).isEqualTo("Đạt");
        }
    }

    @Test
    void theCatalogWorkbookCountsProceduresByLevelWithFormulasAndListsTheDecisions() throws IOException {
        CatalogReport report = ReportSamples.catalog();
        try (XSSFWorkbook workbook = open(ReportDocuments.catalogWorkbook(report, ReportSamples.LETTERHEAD))) {
            Sheet form = workbook.getSheet("Biểu II.07b");
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            assertThat(cell(form, "A1").getStringCellValue()).isEqualTo("Biểu số II.07b/VPCP/KSTT");
            assertThat(cell(form, "A3").getStringCellValue()).isEqualTo("TỔNG HỢP SỐ LƯỢNG THỦ TỤC HÀNH CHÍNH");
            assertThat(cell(form, "D7").getStringCellValue()).isEqualTo("Cấp tỉnh");
            assertThat(cell(form, "F7").getStringCellValue()).isEqualTo("Cấp xã");
            assertThat(cell(form, "B9").getStringCellValue()).isEqualTo(ReportSamples.AGENCY);
            assertThat(cell(form, "C9").getCellFormula()).isEqualTo("SUM(D9:F9)");
            assertThat(value(evaluator, form, "C9")).isEqualTo(47);
            assertThat(cell(form, "E9").getNumericCellValue()).as("district").isZero();
            assertThat(cell(form, "G9").getNumericCellValue()).as("published").isEqualTo(47);
            assertThat(cell(form, "H9").getNumericCellValue()).as("internal procedure").isEqualTo(41);
            assertThat(cell(form, "I9").getNumericCellValue()).as("fully online").isEqualTo(30);
            assertThat(cell(form, "J9").getNumericCellValue()).as("partly online").isEqualTo(12);
            assertThat(form.getMergedRegions().stream().map(CellRangeAddress::formatAsString))
                    .contains("C6:F6", "I6:J6", "A6:A7", "G6:G7");
            assertThat(cell(form, "B17").getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(value(evaluator, form, "C17")).as("announced in the period").isEqualTo(20);
            assertThat(cell(form, "C18").getNumericCellValue()).as("decisions").isEqualTo(2);

            Sheet decisions = workbook.getSheet("Quyết định công bố");
            assertThat(cell(decisions, "B5").getStringCellValue()).isEqualTo("1277/QĐ-UBND");
            assertThat(cell(decisions, "C5").getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2023, 6, 20));
            assertThat(cell(decisions, "E6").getStringCellValue()).isEqualTo("Hoàng Nam");
            assertThat(cell(decisions, "F7").getCellFormula()).isEqualTo("SUM(F5:F6)");
            assertThat(value(evaluator, decisions, "F7")).isEqualTo(23);
            assertThat(workbook.getProperties().getCoreProperties().getCreator()).isEqualTo("motcua");
        }
    }

    @Test
    void charactersXmlForbidsNeverReachTheWorkbook() throws IOException {
        ResolutionReport sample = ReportSamples.resolution();
        ResolutionReport report = new ResolutionReport(sample.agencyCode(), "Sở\u0000 Khoa học\u000B",
                sample.period(), sample.from(), sample.to(), sample.total(),
                List.of(new Row("Lĩnh vực\u0001 có\uFFFF ký tự lạ\uD800", sample.total())), sample.eService(),
                sample.checks());
        try (XSSFWorkbook workbook = resolutionWorkbook(report)) {
            Sheet form = workbook.getSheet("Biểu II.06a");
            assertThat(cell(form, "B9").getStringCellValue()).isEqualTo("Lĩnh vực có ký tự lạ");
            assertThat(cell(form, "H1").getStringCellValue()).isEqualTo("Đơn vị báo cáo: Sở Khoa học");
        }
    }
}

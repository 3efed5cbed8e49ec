package vn.motcua.periodic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.motcua.control.ControlActivitiesReport;
import vn.motcua.control.FindingAssessment;
import vn.motcua.control.InspectionContent;
import vn.motcua.control.InspectionFinding;
import vn.motcua.controlplan.PlanProgress;
import vn.motcua.periodic.Narrative;
import vn.motcua.periodic.PeriodicContent;
import vn.motcua.periodic.ReportKind;
import vn.motcua.reporting.PeriodType;
import vn.motcua.reporting.ReportSamples;
import vn.motcua.reporting.ReportingPeriod;
import vn.motcua.reporting.internal.ReportDocuments;

/**
 * The periodic report (DOCX) read back with POI: Decree 30/2020 layout, every section's figures from the blocks the
 * modules compute (the ledger's, the catalog's, the control lists', the plan's), the narrative around them.
 */
class PeriodicReportTest {

    static final ReportingPeriod Q3 = ReportingPeriod.parse("2023-Q3", PeriodType.REPORTING);

    private static final Narrative WRITTEN = new Narrative("15",
            "- Hệ thống một cửa điện tử của tỉnh còn gián đoạn vào cuối tháng 8.\n- Người dân chưa quen thanh toán trực tuyến.",
            "Đề nghị Văn phòng UBND tỉnh tổ chức tập huấn nghiệp vụ số hóa hồ sơ.",
            "1. Rà soát, trình công bố thủ tục hành chính mới.\n2. Nâng tỷ lệ hồ sơ trực tuyến lên trên 70%.",
            "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Nguyễn Hữu Thắng",
            List.of("VP UBND tỉnh (b/c);", "- GĐ, các PGĐ Sở;", "Các phòng, đơn vị thuộc Sở", "Lưu: VT, VP."),
            null, java.util.Map.of("II.7", "Bộ phận Một cửa bố trí thêm một công chức vào các ngày thứ Hai."));

    /** The control lists of the quarter as their module would count them. */
    static ControlActivitiesReport control() {
        return new ControlActivitiesReport("000.00.22.H05", "2023-Q3", PeriodType.REPORTING, ReportSamples.FROM,
                ReportSamples.TO, List.of(new ControlActivitiesReport.DocumentLine(1, "527/SKHCN-VP",
                        LocalDate.of(2023, 6, 22), "DISPATCH", "Về việc cải cách thủ tục hành chính")),
                new ControlActivitiesReport.ImpactAssessment(3, 1), new ControlActivitiesReport.Appraisal(2, 1),
                new ControlActivitiesReport.Review(47, 12, 3, 2, 15),
                new ControlActivitiesReport.Communications(4, new java.util.LinkedHashMap<>(java.util.Map.of(
                        "ARTICLE", 2L, "CONFERENCE", 1L, "DOCUMENT", 1L)), 350),
                new ControlActivitiesReport.Inspections(2, 1, 0, 0, 0),
                new ControlActivitiesReport.Feedback(5, 4, 3, 2, 3, 2, 1), List.of(
                        finding("Phòng Quản lý chuyên ngành", InspectionContent.PUBLICATION, FindingAssessment.GOOD, ""),
                        finding("Phòng Quản lý chuyên ngành", InspectionContent.RESOLUTION,
                                FindingAssessment.SHORTCOMINGS, "Phiếu kiểm soát chưa ghi đủ thời gian các bước."),
                        finding("Văn phòng Sở", InspectionContent.ONE_STOP, FindingAssessment.VIOLATION,
                                "Yêu cầu nộp thêm bản sao không có trong thành phần hồ sơ")));
    }

    private static InspectionFinding finding(String unit, InspectionContent content, FindingAssessment assessment,
            String note) {
        return new InspectionFinding(3, "Kiểm tra công tác kiểm soát TTHC", LocalDate.of(2023, 9, 5), unit, content,
                assessment, note);
    }

    static PeriodicContent.PlanStatus plan() {
        return new PeriodicContent.PlanStatus(7, "09/KH-SKHCN", LocalDate.of(2023, 1, 27),
                "Kế hoạch kiểm soát thủ tục hành chính năm 2023", ReportSamples.TO, 20, 11, 8, 2, 1, 5, 4,
                List.<PlanProgress.Tally>of(), List.of(new PeriodicContent.Task(12, "III", "Rà soát quy trình nội bộ.",
                        "Phòng Quản lý chuyên ngành", "Trước 30/8/2023", LocalDate.of(2023, 8, 30))));
    }

    static PeriodicContent.NextPeriod next() {
        return new PeriodicContent.NextPeriod("2023-Q4", "Quý IV năm 2023", LocalDate.of(2023, 9, 15),
                LocalDate.of(2023, 12, 14), 7L, List.of(new PeriodicContent.Task(31, "II",
                        "Báo cáo kết quả kiểm soát TTHC năm 2023.", "Văn phòng Sở", "Trước ngày 10/12/2023",
                        LocalDate.of(2023, 12, 8))));
    }

    static PeriodicContent content(ReportKind kind) {
        return PeriodicService.assemble(kind, kind == ReportKind.SELF_INSPECTION
                        ? ReportingPeriod.parse("2023-Y", PeriodType.REPORTING) : Q3, ReportSamples.resolution(),
                ReportSamples.catalog(), control(), plan(), next());
    }

    private static XWPFDocument open(Narrative narrative) throws IOException {
        return open(ReportKind.QUARTER, narrative);
    }

    private static XWPFDocument open(ReportKind kind, Narrative narrative) throws IOException {
        PeriodicContent content = content(kind);
        byte[] bytes = ReportDocuments.report(DocumentComposer.compose(content,
                ReportingPeriod.parse(content.period(), PeriodType.REPORTING), narrative, null), ReportSamples.LETTERHEAD);
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private static String text(XWPFDocument doc) throws IOException {
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            extractor.setCloseFilesystem(false);
            return extractor.getText();
        }
    }

    private static String text(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph \"" + text + "\""));
    }

    /** The sections in order: those closed by a paragraph, then the body's last one. */
    private static List<CTSectPr> sections(XWPFDocument doc) {
        List<CTSectPr> sections = new java.util.ArrayList<>(doc.getParagraphs().stream()
                .map(p -> p.getCTP().getPPr()).filter(Objects::nonNull).filter(ppr -> ppr.isSetSectPr())
                .map(ppr -> ppr.getSectPr()).toList());
        sections.add(doc.getDocument().getBody().getSectPr());
        return sections;
    }

    @Test
    void theHeaderCarriesTheIssuerTheMottoTheNumberAndThePlaceAndDate() throws IOException {
        try (XWPFDocument doc = open(WRITTEN)) {
            XWPFTable header = doc.getTables().get(0);
            assertThat(header.getCTTbl().getTblPr().isSetTblBorders()).as("borderless").isFalse();
            XWPFTableCell issuer = header.getRow(0).getCell(0);
            assertThat(text(issuer)).startsWith("UBND TỈNH BẮC NINH\nSỞ KHOA HỌC VÀ CÔNG NGHỆ");
            assertThat(issuer.getParagraphs().get(1).getRuns().get(0).isBold()).isTrue();
            assertThat(issuer.getParagraphs().get(0).getRuns().get(0).isBold()).isFalse();
            XWPFTableCell motto = header.getRow(0).getCell(1);
            assertThat(text(motto)).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc");
            XWPFRun mottoRun = motto.getParagraphs().get(1).getRuns().get(0);
            assertThat(mottoRun.isBold()).isTrue();
            assertThat(mottoRun.getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
            assertThat(text(header.getRow(1).getCell(0))).isEqualTo("Số: 15/BC-SKHCN");
            XWPFParagraph date = header.getRow(1).getCell(1).getParagraphs().get(0);
            assertThat(date.getText()).isEqualTo("Bắc Ninh, ngày 16 tháng 9 năm 2023");
            assertThat(date.getRuns().get(0).isItalic()).isTrue();
        }
    }

    @Test
    void theTitleAndSummaryNameThePeriodAndItsCutOffDates() throws IOException {
        try (XWPFDocument doc = open(WRITTEN)) {
            XWPFParagraph type = paragraph(doc, "BÁO CÁO");
            assertThat(type.getRuns().get(0).isBold()).isTrue();
            assertThat(type.getAlignment()).isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
            assertThat(text(doc)).contains("Kết quả thực hiện công tác kiểm soát thủ tục hành chính, "
                    + "triển khai cơ chế một cửa, một cửa liên thông và thực hiện thủ tục hành chính trên môi trường "
                    + "điện tử quý III năm 2023").contains("(Số liệu từ ngày 15/6/2023 đến ngày 14/9/2023)");
            var properties = doc.getProperties().getCoreProperties();
            assertThat(properties.getTitle()).startsWith("BÁO CÁO Kết quả thực hiện").endsWith("quý III năm 2023");
            assertThat(properties.getCreator()).isEqualTo("motcua");
        }
    }

    @Test
    void theBodyHasEverySectionOfTheDepartmentsQuarterlyReportsInTheirOrder() throws IOException {
        try (XWPFDocument doc = open(WRITTEN)) {
            String text = text(doc);
            assertThat(text).containsSubsequence("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
                    "II. TÌNH HÌNH, KẾT QUẢ KIỂM SOÁT THỦ TỤC HÀNH CHÍNH (TTHC)",
                    "1. Đánh giá tác động TTHC quy định tại dự thảo văn bản quy phạm pháp luật",
                    "2. Thẩm định, thẩm tra TTHC", "3. Công bố, công khai TTHC, danh mục TTHC",
                    "4. Rà soát, đơn giản hóa TTHC", "5. Về tình hình, kết quả giải quyết TTHC",
                    "6. Tiếp nhận, xử lý phản ánh, kiến nghị về quy định, TTHC",
                    "7. Triển khai cơ chế một cửa, một cửa liên thông", "8. Thực hiện TTHC trên môi trường điện tử",
                    "9. Truyền thông hỗ trợ hoạt động kiểm soát TTHC", "10. Kiểm tra thực hiện kiểm soát TTHC",
                    "11. Nghiên cứu, đề xuất sáng kiến cải cách TTHC",
                    "III. ĐÁNH GIÁ CHUNG", "1. Ưu điểm", "2. Khó khăn, vướng mắc",
                    "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2023", "V. KIẾN NGHỊ, ĐỀ XUẤT");
        }
    }

    @Test
    void theBodyStatesEveryFigureOfTheLedgerTheCatalogTheControlListsAndThePlan() throws IOException {
        try (XWPFDocument doc = open(WRITTEN)) {
            String text = text(doc);
            assertThat(text).contains("+ Công văn số 527/SKHCN-VP ngày 22/6/2023 về việc cải cách thủ tục hành chính;")
                    .contains("- Triển khai Kế hoạch số 09/KH-SKHCN ngày 27/1/2023 về kiểm soát thủ tục hành chính "
                            + "năm 2023. Đến ngày 14/9/2023:")
                    .contains("+ Hoàn thành đúng hạn: 8; hoàn thành trễ hạn: 2; chưa hoàn thành, đã quá hạn: 1;")
                    .contains("+ Nhiệm vụ chưa hoàn thành, đã quá hạn:\n– Rà soát quy trình nội bộ (chủ trì: Phòng Quản "
                            + "lý chuyên ngành; thời hạn: 30/8/2023).");
            assertThat(text).contains("- Số lượng TTHC đã được đánh giá tác động trong kỳ báo cáo: 3.")
                    .contains("- Số TTHC được thẩm định, thẩm tra trong kỳ báo cáo: 2.")
                    .contains("- Số TTHC đã rà soát: 12.").contains("- Tổng số ngày làm việc được cắt giảm: 15.");
            assertThat(text).contains("+ Quyết định số 1277/QĐ-UBND ngày 20/6/2023, có hiệu lực từ ngày 1/7/2023: 20 "
                    + "TTHC;")
                    .contains("+ Thủ tục hành chính mới ban hành: 7;").contains("+ Thủ tục hành chính bị bãi bỏ: 6.")
                    .contains("của cơ quan tính đến ngày 14/9/2023: 47 TTHC.")
                    .contains("- Số TTHC được công khai: 47/47, đạt tỷ lệ 100%.")
                    .contains("quy trình nội bộ giải quyết: 41/47, đạt tỷ lệ 87,23%.")
                    .contains("dịch vụ công trực tuyến: 42/47 TTHC, trong đó toàn trình: 30; một phần: 12.");
            assertThat(text).contains("Tổng số hồ sơ nhận giải quyết: 39 hồ sơ, trong đó: số từ kỳ trước chuyển sang: "
                    + "5; số mới tiếp nhận trực tuyến: 22; số mới tiếp nhận trực tiếp và qua dịch vụ bưu chính: 12.")
                    .contains("Số hồ sơ đã giải quyết: 30, trong đó: giải quyết trước hạn: 22; đúng hạn: 6; quá hạn: 2."
                            + " Tỷ lệ giải quyết trước hạn và đúng hạn đạt 93,33%.")
                    .contains("Số hồ sơ đang giải quyết: 9, trong đó: trong hạn: 8; quá hạn: 1.");
            assertThat(text).contains("- Tổng số phản ánh, kiến nghị đã tiếp nhận trong kỳ báo cáo: 5.")
                    .contains("- Số phản ánh, kiến nghị đã xử lý: 3 (đúng hạn: 2, đạt 66,67%), trong đó:")
                    .contains("+ Số phản ánh, kiến nghị đang xử lý: 2, trong đó quá hạn: 1.");
            assertThat(text).contains("tiếp nhận trực tuyến: 22, đạt tỷ lệ 64,71%.")
                    .contains("thanh toán trực tuyến: 6, đạt tỷ lệ 60%.")
                    .contains("khi tiếp nhận: 30/34, đạt tỷ lệ 88,24%.")
                    .contains("có kết quả được số hóa: 25/30, đạt tỷ lệ 83,33%.")
                    .contains("Đồng bộ hồ sơ với Cổng Dịch vụ công quốc gia: hệ thống chưa ghi nhận số liệu trao đổi.");
            assertThat(text).contains("- Số hoạt động truyền thông về kiểm soát TTHC trong kỳ: 4 (tin, bài viết: 2; "
                    + "văn bản, tài liệu: 1; hội nghị, tập huấn: 1).")
                    .contains("- Số cuộc kiểm tra đã thực hiện: 1.")
                    .contains("- Kết quả kiểm tra tại 2 đơn vị trên 3 lượt nội dung: thực hiện tốt: 1; còn hạn chế, "
                            + "thiếu sót: 1; có sai phạm: 1, cụ thể:")
                    .contains("+ Phòng Quản lý chuyên ngành: thực hiện công bố, công khai thủ tục hành chính: thực "
                            + "hiện tốt; giải quyết thủ tục hành chính: còn hạn chế, thiếu sót (Phiếu kiểm soát chưa "
                            + "ghi đủ thời gian các bước);")
                    .contains("+ Văn phòng Sở: thực hiện quy định một cửa, một cửa liên thông trong giải quyết TTHC: có "
                            + "sai phạm (Yêu cầu nộp thêm bản sao không có trong thành phần hồ sơ);");
        }
    }

    @Test
    void nextPeriodsTasksComeFromThePlanBeforeWhatTheOfficerAdds() throws IOException {
        try (XWPFDocument doc = open(WRITTEN)) {
            assertThat(text(doc)).contains("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2023\nCác nhiệm vụ của kế hoạch kiểm "
                    + "soát TTHC đến hạn quý IV năm 2023:\n1. Báo cáo kết quả kiểm soát TTHC năm 2023 (chủ trì: Văn "
                    + "phòng Sở; thời hạn: 8/12/2023).\n1. Rà soát, trình công bố thủ tục hành chính mới.");
        }
    }

    @Test
    void whatTheOfficerWritesUnderASectionFollowsItsFigures() throws IOException {
        try (XWPFDocument doc = open(WRITTEN)) {
            assertThat(text(doc)).containsSubsequence("có kết quả được số hóa: 25/30",
                    "Bộ phận Một cửa bố trí thêm một công chức vào các ngày thứ Hai.",
                    "8. Thực hiện TTHC trên môi trường điện tử");
        }
    }

    @Test
    void theSelfInspectionReportHasTheShapeOfTheKonTumReport() throws IOException {
        try (XWPFDocument doc = open(ReportKind.SELF_INSPECTION, Narrative.NONE)) {
            String text = text(doc);
            assertThat(text).contains("Kết quả tự kiểm tra công tác kiểm soát thủ tục hành chính năm 2023")
                    .containsSubsequence("I. KẾT QUẢ ĐẠT ĐƯỢC", "1. Công tác chỉ đạo, điều hành",
                            "2. Về tự kiểm tra công tác kiểm soát thủ tục hành chính", "2.1. Công bố, công khai TTHC",
                            "2.2. Về tình hình, kết quả giải quyết TTHC", "2.3. Tiếp nhận, xử lý phản ánh, kiến nghị",
                            "2.4. Về rà soát, đơn giản hóa TTHC, công tác truyền thông",
                            "2.5. Việc giải quyết hồ sơ thủ tục hành chính trên môi trường điện tử",
                            "II. ĐÁNH GIÁ CHUNG", "1. Những mặt đạt được", "2. Những tồn tại, hạn chế, khó khăn",
                            "III. KIẾN NGHỊ, ĐỀ XUẤT");
            assertThat(text).doesNotContain("PHƯƠNG HƯỚNG");
        }
    }

    @Test
    void everyFigureHasOneKeyAndADraftShowsWhichChangedSinceIssue() {
        PeriodicContent content = content(ReportKind.QUARTER);
        long keys = content.sections().stream().flatMap(s -> s.figures().stream()).map(f -> f.key()).count();
        assertThat(content.figures()).hasSize((int) keys);
        java.util.Map<String, Long> issued = new java.util.LinkedHashMap<>(content.figures());
        issued.put("resolution.received", 38L);
        issued.put("an.old.figure", 1L);
        assertThat(PeriodicService.changes(issued, content)).extracting(c -> c.key() + ":" + c.issued() + "→" + c.now())
                .containsExactly("resolution.received:38→39", "an.old.figure:1→null");
    }

    @Test
    void theNarrativeTheSignatureAndTheRecipientsAreTheOfficers() throws IOException {
        try (XWPFDocument doc = open(WRITTEN)) {
            String text = text(doc);
            assertThat(text).contains("2. Khó khăn, vướng mắc\n- Hệ thống một cửa điện tử của tỉnh còn gián đoạn "
                    + "vào cuối tháng 8.\n- Người dân chưa quen thanh toán trực tuyến.")
                    .contains("V. KIẾN NGHỊ, ĐỀ XUẤT\nĐề nghị Văn phòng UBND tỉnh tổ chức tập huấn")
                    .contains("(chủ trì: Văn phòng Sở; thời hạn: 8/12/2023).\n1. Rà soát, trình công bố")
                    .contains("2. Nâng tỷ lệ hồ sơ trực tuyến lên trên 70%.")
                    .contains("công tác kiểm soát thủ tục hành chính quý III năm 2023 của " + ReportSamples.AGENCY
                            + "./.");
            XWPFTable signature = doc.getTables().get(1);
            assertThat(text(signature.getRow(0).getCell(0))).isEqualTo("""
                    Nơi nhận:
                    - VP UBND tỉnh (b/c);
                    - GĐ, các PGĐ Sở;
                    - Các phòng, đơn vị thuộc Sở;
                    - Lưu: VT, VP.""");
            XWPFRun label = signature.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0);
            assertThat(label.isBold() && label.isItalic()).isTrue();
            List<XWPFParagraph> signer = signature.getRow(0).getCell(1).getParagraphs();
            assertThat(signer.get(0).getText()).isEqualTo("KT. GIÁM ĐỐC");
            assertThat(signer.get(1).getText()).isEqualTo("PHÓ GIÁM ĐỐC");
            assertThat(signer.get(signer.size() - 1).getText()).isEqualTo("Nguyễn Hữu Thắng");
            assertThat(signer.get(signer.size() - 1).getRuns().get(0).isBold()).isTrue();
        }
    }

    @Test
    void formII06aIsAnnexedOnLandscapePagesWithTheLedgerFigures() throws IOException {
        try (XWPFDocument doc = open(WRITTEN)) {
            assertThat(text(doc)).contains("(Kèm theo Báo cáo số 15/BC-SKHCN ngày 16/9/2023 của "
                    + ReportSamples.AGENCY + ")").contains("Biểu số II.06a/VPCP/KSTT")
                    .contains("Kỳ báo cáo: Quý III năm 2023 (từ ngày 15/6/2023 đến ngày 14/9/2023)");
            XWPFTable form = doc.getTables().get(3);
            assertThat(form.getCTTbl().getTblGrid().sizeOfGridColArray()).isEqualTo(13);
            XWPFTableRow groups = form.getRow(0);
            assertThat(groups.getTableCells()).hasSize(5);
            assertThat(text(groups.getCell(2))).isEqualTo("Số hồ sơ nhận giải quyết");
            assertThat(groups.getCell(2).getCTTc().getTcPr().getGridSpan().getVal()).isEqualTo(BigInteger.valueOf(4));
            assertThat(groups.getCell(4).getCTTc().getTcPr().getGridSpan().getVal()).isEqualTo(BigInteger.valueOf(3));
            assertThat(form.getRow(1).getTableCells()).hasSize(13);
            assertThat(groups.isRepeatHeader()).isTrue();
            assertThat(form.getRow(3).getTableCells().stream().map(PeriodicReportTest::text).toList())
                    .containsExactly("1", "Hoạt động khoa học và công nghệ", "12", "5", "4", "3", "8", "5", "2", "1",
                            "4", "3", "1");
            XWPFTableRow total = form.getRow(6);
            assertThat(total.getTableCells().stream().map(PeriodicReportTest::text).toList())
                    .containsExactly("", "Tổng cộng", "39", "22", "12", "5", "30", "22", "6", "2", "9", "8", "1");
        }
    }

    @Test
    void theReportIsOnA4PortraitWithDecree30MarginsAndPageNumbersFromPageTwo() throws Exception {
        try (XWPFDocument doc = open(WRITTEN)) {
            List<CTSectPr> sections = sections(doc);
            assertThat(sections).hasSize(2);
            CTSectPr main = sections.get(0);
            assertThat(main.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(main.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(main.getPgMar().getLeft()).as("30 mm").isEqualTo(BigInteger.valueOf(1701));
            assertThat(main.getPgMar().getRight()).as("20 mm").isEqualTo(BigInteger.valueOf(1134));
            assertThat(main.getPgMar().getTop()).as("20 mm").isEqualTo(BigInteger.valueOf(1134));
            assertThat(main.isSetTitlePg()).as("no number on page 1").isTrue();
            assertThat(main.sizeOfHeaderReferenceArray()).isEqualTo(2);
            CTSectPr annex = sections.get(1);
            assertThat(annex.getPgSz().getW()).isEqualTo(BigInteger.valueOf(16838));
            assertThat(annex.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
            assertThat(doc.getHeaderList()).anySatisfy(h -> assertThat(h._getHdrFtr().xmlText()).contains("PAGE"));
            assertThat(doc.getStyle().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0).getAscii())
                    .isEqualTo("Times New Roman");
            assertThat(doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream()).map(XWPFRun::getFontFamily)
                    .distinct()).containsExactly("Times New Roman");
            assertThat(doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .map(XWPFRun::getFontSizeAsDouble).filter(Objects::nonNull).distinct())
                    .allSatisfy(size -> assertThat(size).isBetween(11.0, 14.0));
        }
    }

    @Test
    void withoutANarrativeTheReportIsLeftToBeNumberedAndTakesTheDefaults() throws IOException {
        try (XWPFDocument doc = open(Narrative.NONE)) {
            XWPFTable header = doc.getTables().get(0);
            assertThat(text(header.getRow(1).getCell(0))).isEqualTo("Số:       /BC-SKHCN");
            assertThat(text(header.getRow(1).getCell(1))).isEqualTo("Bắc Ninh, ngày      tháng 9 năm 2023");
            String text = text(doc);
            assertThat(text).contains("- Trong kỳ còn 2 hồ sơ giải quyết quá hạn và 1 hồ sơ đang giải quyết quá hạn")
                    .contains("V. KIẾN NGHỊ, ĐỀ XUẤT\nKhông.")
                    .contains("1. Ưu điểm\n- Hồ sơ TTHC được tiếp nhận, giải quyết theo cơ chế một cửa, một cửa liên "
                            + "thông; tỷ lệ giải quyết trước hạn và đúng hạn đạt 93,33%.")
                    .contains(Narrative.DEFAULT_NEXT_TASKS.lines().findFirst().orElseThrow());
            XWPFTable signature = doc.getTables().get(1);
            assertThat(text(signature.getRow(0).getCell(0))).endsWith("- Lãnh đạo Sở;\n"
                    + "- Các phòng, đơn vị thuộc Sở;\n- Lưu: VT, VP.");
            assertThat(text(signature.getRow(0).getCell(1))).startsWith("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC");
        }
    }

    @Test
    void charactersXmlForbidsAreDroppedFromWhatTheOfficerWrote() throws IOException {
        Narrative odd = new Narrative("7", "Mất kết nối\u0000 mạng\u0007 nhiều lần\uFFFE.", null, null, null,
                "Nguyễn\u001F Văn A", List.of("Sở Nội vụ\u0008 (b/c)"), null, null);
        try (XWPFDocument doc = open(odd)) {
            String text = text(doc);
            assertThat(text).contains("Mất kết nối mạng nhiều lần.").contains("Nguyễn Văn A")
                    .contains("Số: 07/BC-SKHCN");
            assertThat(text(doc.getTables().get(1).getRow(0).getCell(0)))
                    .isEqualTo("Nơi nhận:\n- Sở Nội vụ (b/c);\n- Lưu: VT.");
        }
    }
}

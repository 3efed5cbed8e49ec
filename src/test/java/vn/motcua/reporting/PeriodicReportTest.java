package vn.motcua.reporting;

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
import vn.motcua.reporting.internal.Letterhead;
import vn.motcua.reporting.internal.ReportDocuments;

/** The periodic report (DOCX) read back with POI: Decree 30/2020 layout, the report's figures, the narrative. */
class PeriodicReportTest {

    private static final Narrative WRITTEN = new Narrative("15",
            "- Hệ thống một cửa điện tử của tỉnh còn gián đoạn vào cuối tháng 8.\n- Người dân chưa quen thanh toán trực tuyến.",
            "Đề nghị Văn phòng UBND tỉnh tổ chức tập huấn nghiệp vụ số hóa hồ sơ.",
            "1. Rà soát, trình công bố thủ tục hành chính mới.\n2. Nâng tỷ lệ hồ sơ trực tuyến lên trên 70%.",
            "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Nguyễn Hữu Thắng",
            List.of("VP UBND tỉnh (b/c);", "- GĐ, các PGĐ Sở;", "Các phòng, đơn vị thuộc Sở", "Lưu: VT, VP."));

    private static XWPFDocument open(Narrative narrative) throws IOException {
        byte[] bytes = ReportDocuments.periodicReport(ReportSamples.resolution(), ReportSamples.catalog(), narrative,
                ReportSamples.LETTERHEAD);
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
            assertThat(text(doc)).contains("Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính, "
                    + "triển khai cơ chế một cửa, một cửa liên thông và thực hiện thủ tục hành chính trên môi trường "
                    + "điện tử quý III năm 2023").contains("(Số liệu từ ngày 15/6/2023 đến ngày 14/9/2023)");
            var properties = doc.getProperties().getCoreProperties();
            assertThat(properties.getTitle()).startsWith("BÁO CÁO Tình hình, kết quả").endsWith("quý III năm 2023");
            assertThat(properties.getCreator()).isEqualTo("motcua");
        }
    }

    @Test
    void theBodyStatesEveryFigureOfTheLedgerAndTheCatalog() throws IOException {
        try (XWPFDocument doc = open(WRITTEN)) {
            String text = text(doc);
            assertThat(text).contains("I. CÔNG BỐ, CÔNG KHAI THỦ TỤC HÀNH CHÍNH",
                    "II. TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
                    "III. SỐ HÓA HỒ SƠ, DỊCH VỤ CÔNG TRỰC TUYẾN VÀ THANH TOÁN TRỰC TUYẾN");
            assertThat(text).contains("Quyết định số 1277/QĐ-UBND ngày 20/6/2023 (người ký: Võ Văn Hưng), có hiệu "
                    + "lực từ ngày 1/7/2023: 20 thủ tục hành chính;")
                    .contains("+ Thủ tục hành chính mới ban hành: 7;").contains("+ Thủ tục hành chính bị bãi bỏ: 6.")
                    .contains("đang có hiệu lực tính đến ngày 14/9/2023: 47 thủ tục (cấp tỉnh: 45; cấp xã: 2).")
                    .contains("được công khai: 47/47, đạt tỷ lệ 100%.")
                    .contains("quy trình nội bộ giải quyết: 41/47, đạt tỷ lệ 87,23%.")
                    .contains("dịch vụ công trực tuyến: 42, trong đó toàn trình: 30; một phần: 12.");
            assertThat(text).contains("Tổng số hồ sơ nhận giải quyết: 39 hồ sơ, trong đó: số từ kỳ trước chuyển sang: "
                    + "5; số mới tiếp nhận trực tuyến: 22; số mới tiếp nhận trực tiếp và qua dịch vụ bưu chính: 12.")
                    .contains("Số hồ sơ đã giải quyết: 30, trong đó: giải quyết trước hạn: 22; đúng hạn: 6; quá hạn: 2."
                            + " Tỷ lệ giải quyết trước hạn và đúng hạn đạt 93,33%.")
                    .contains("Số hồ sơ đang giải quyết: 9, trong đó: trong hạn: 8; quá hạn: 1.");
            assertThat(text).contains("tiếp nhận trực tuyến: 22, đạt tỷ lệ 64,71%.")
                    .contains("thanh toán trực tuyến: 6, đạt tỷ lệ 60%.")
                    .contains("khi tiếp nhận: 30/34, đạt tỷ lệ 88,24%.")
                    .contains("(số hóa kết quả): 25/30, đạt tỷ lệ 83,33%.");
            assertThat(text).doesNotContain("Lưu ý: số liệu");
        }
    }

    @Test
    void theNarrativeTheSignatureAndTheRecipientsAreTheOfficers() throws IOException {
        try (XWPFDocument doc = open(WRITTEN)) {
            String text = text(doc);
            assertThat(text).contains("IV. KHÓ KHĂN, VƯỚNG MẮC\n- Hệ thống một cửa điện tử của tỉnh còn gián đoạn "
                    + "vào cuối tháng 8.\n- Người dân chưa quen thanh toán trực tuyến.")
                    .contains("V. ĐỀ XUẤT, KIẾN NGHỊ\nĐề nghị Văn phòng UBND tỉnh tổ chức tập huấn")
                    .contains("VI. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2023\n1. Rà soát, trình công bố")
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
                    .contains("V. ĐỀ XUẤT, KIẾN NGHỊ\nKhông.")
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
                "Nguyễn\u001F Văn A", List.of("Sở Nội vụ\u0008 (b/c)"));
        try (XWPFDocument doc = open(odd)) {
            String text = text(doc);
            assertThat(text).contains("Mất kết nối mạng nhiều lần.").contains("Nguyễn Văn A")
                    .contains("Số: 07/BC-SKHCN");
            assertThat(text(doc.getTables().get(1).getRow(0).getCell(0)))
                    .isEqualTo("Nơi nhận:\n- Sở Nội vụ (b/c);\n- Lưu: VT.");
        }
    }

    @Test
    void theLetterheadComesFromTheNamesOfTheAgencyAndItsGoverningBody() {
        Letterhead letterhead = ReportSamples.LETTERHEAD;
        assertThat(letterhead.parentBody()).isEqualTo("UBND TỈNH BẮC NINH");
        assertThat(letterhead.issuer()).isEqualTo("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
        assertThat(letterhead.symbol()).isEqualTo("SKHCN");
        assertThat(letterhead.place()).isEqualTo("Bắc Ninh");
        assertThat(letterhead.receivingUnit()).isEqualTo("Văn phòng Ủy ban nhân dân tỉnh Bắc Ninh");
        Letterhead capital = Letterhead.of("Sở Tài nguyên và Môi trường thành phố Hà Nội",
                "Ủy ban nhân dân thành phố Hà Nội", LocalDate.of(2024, 2, 5));
        assertThat(capital.parentBody()).isEqualTo("UBND THÀNH PHỐ HÀ NỘI");
        assertThat(capital.issuer()).isEqualTo("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG");
        assertThat(capital.symbol()).isEqualTo("STNMT");
        Letterhead alone = Letterhead.of("Cơ quan thử nghiệm 000.00.91.T01", null, LocalDate.of(2024, 2, 5));
        assertThat(alone.parentBody()).isEmpty();
        assertThat(alone.place()).isEmpty();
        assertThat(alone.issuer()).isEqualTo("CƠ QUAN THỬ NGHIỆM 000.00.91.T01");
    }
}

package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.documents.FormFixtures.APPLICANT;
import static vn.motcua.documents.FormFixtures.CODE;
import static vn.motcua.documents.FormFixtures.IDENTITY;
import static vn.motcua.documents.FormFixtures.PROCEDURE;
import static vn.motcua.documents.FormFixtures.PROCEDURE_CODE;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.documents.internal.Texts;

class OfficialFormsTest {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    /** "16 giờ 45 phút, ngày 16 tháng 3 năm 2026". */
    private static final String DUE_IN_WORDS = "16 giờ 45 phút, ngày 16 tháng 3 năm 2026";

    private final FormRenderer renderer = new FormRenderer();

    static Stream<Arguments> everyForm() {
        return Stream.of(FormSet.values()).flatMap(set -> FormFixtures.allForms(set).stream()
                .map(input -> Arguments.of(set, input.kind(), input)));
    }

    static Stream<Arguments> everyDossierForm() {
        return everyForm().filter(arguments -> arguments.get()[2] instanceof DossierForm);
    }

    private RenderedPdf render(FormSet set, FormInput input) {
        return new RenderedPdf(renderer.render(set, input));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyForm")
    void everyFormShowsItsTitleInCapitalsWithDiacriticsAndItsNumberInTheCircular(FormSet set, FormKind kind,
            FormInput input) throws Exception {
        FormSpec spec = set.require(kind);
        try (RenderedPdf pdf = render(set, input)) {
            assertThat(pdf.text())
                    .contains(spec.title().toUpperCase(VIETNAMESE))
                    .contains(spec.label() + " – " + set.circular());
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyForm")
    void everyFormHasTheDecree30HeaderWithNumberPlaceAndDate(FormSet set, FormKind kind, FormInput input)
            throws Exception {
        String number = "Số: 07" + set.require(kind).numberSuffix("TTPVHCC");
        try (RenderedPdf pdf = render(set, input)) {
            assertThat(pdf.text())
                    .contains("UBND TỈNH BẮC NINH", "SỞ KHOA HỌC VÀ CÔNG NGHỆ")
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
                    .contains(number)
                    .contains("Bắc Ninh, ngày 02 tháng 3 năm 2026");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyDossierForm")
    void everyDossierFormShowsTheDossierCodeAndTheApplicant(FormSet set, FormKind kind, FormInput input)
            throws Exception {
        try (RenderedPdf pdf = render(set, input)) {
            assertThat(pdf.text()).contains(CODE).contains(APPLICANT);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyDossierForm")
    void theQrCodeTopLeftCarriesDossierCodeProcedureCodeAndIdentityNumber(FormSet set, FormKind kind,
            FormInput input) throws Exception {
        try (RenderedPdf pdf = render(set, input)) {
            assertThat(pdf.qrCodeTopLeft())
                    .isEqualTo("MaHoSo=" + CODE + ";MaTTHC=" + PROCEDURE_CODE + ";SoDinhDanh=" + IDENTITY);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyForm")
    void slipsAreA5PortraitTheControlSheetA4AndTheBookA4Landscape(FormSet set, FormKind kind, FormInput input)
            throws Exception {
        try (RenderedPdf pdf = render(set, input)) {
            PDRectangle size = pdf.pageSize(0);
            switch (kind) {
                case CONTROL_SHEET -> {
                    assertThat(size.getWidth()).isCloseTo(595.3f, within());
                    assertThat(size.getHeight()).isCloseTo(841.9f, within());
                }
                case TRACKING_BOOK -> {
                    assertThat(size.getWidth()).isCloseTo(841.9f, within());
                    assertThat(size.getHeight()).isCloseTo(595.3f, within());
                }
                default -> {
                    assertThat(size.getWidth()).isCloseTo(419.5f, within());
                    assertThat(size.getHeight()).isCloseTo(595.3f, within());
                    assertThat(pdf.pages()).as("a slip with realistic data fits on one A5 sheet").isEqualTo(1);
                }
            }
        }
    }

    private static org.assertj.core.data.Offset<Float> within() {
        return org.assertj.core.data.Offset.offset(0.1f);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyForm")
    void fontsAreEmbeddedDejaVuSubsetsSoPdfsRenderWithoutSystemFonts(FormSet set, FormKind kind, FormInput input)
            throws Exception {
        try (RenderedPdf pdf = render(set, input)) {
            assertThat(pdf.fonts()).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSerif.*");
            });
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyForm")
    void metadataTitleIsTheFormTitleWithTheDossierCodeAndTheAuthorIsTheIssuer(FormSet set, FormKind kind,
            FormInput input) throws Exception {
        String subject = input instanceof DossierForm form ? form.dossier().code()
                : ((TrackingBookForm) input).periodTitle();
        try (RenderedPdf pdf = render(set, input)) {
            assertThat(pdf.title()).isEqualTo(set.require(kind).title() + " – " + subject);
            assertThat(pdf.author()).isEqualTo("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(FormSet.class)
    void receiptGivesReceiptAndDueTimesInHoursMinutesDayMonthYear(FormSet set) throws Exception {
        try (RenderedPdf pdf = render(set, FormFixtures.receipt())) {
            assertThat(pdf.text())
                    .contains("Thời gian nhận hồ sơ: 08 giờ 30 phút, ngày 02 tháng 3 năm 2026")
                    .contains("Thời gian trả kết quả giải quyết hồ sơ: " + DUE_IN_WORDS)
                    .contains("Nội dung yêu cầu giải quyết: " + PROCEDURE)
                    .contains("(4) Phương án sản xuất, kinh doanh sản phẩm hình thành từ kết quả khoa học và công nghệ")
                    .contains("Số lượng hồ sơ: 01 (bộ)", "07 ngày làm việc")
                    .contains("Quyển số: 03/2026, Số thứ tự: 125")
                    .contains("NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ", "(Ký và ghi rõ họ tên)", "Trần Văn Đức");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(FormSet.class)
    void onlyThe2025ReceiptAndRefusalCarryThePersonalIdentificationNumber(FormSet set) throws Exception {
        String identityLine = "Số định danh cá nhân: " + IDENTITY;
        for (FormInput input : List.of(FormFixtures.receipt(), FormFixtures.refusal())) {
            try (RenderedPdf pdf = render(set, input)) {
                if (set == FormSet.TT03_2025) {
                    assertThat(pdf.text()).contains(identityLine);
                } else {
                    assertThat(pdf.text()).doesNotContain(identityLine);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(FormSet.class)
    void supplementRequestListsEveryItemWithTheReasonAndWhomToAsk(FormSet set) throws Exception {
        try (RenderedPdf pdf = render(set, FormFixtures.supplementRequest())) {
            assertThat(pdf.text())
                    .contains("1. Bổ sung bản sao có chứng thực Giấy chứng nhận đăng ký doanh nghiệp")
                    .contains("2. Phương án sản xuất, kinh doanh phải có chữ ký của người đại diện theo pháp luật")
                    .contains("Lý do: Thành phần hồ sơ chưa đầy đủ theo quy định tại Nghị định số 13/2019/NĐ-CP")
                    .contains("liên hệ với Lê Thu Hà, số điện thoại 0222 3822 456")
                    .contains("NGƯỜI HƯỚNG DẪN");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(FormSet.class)
    void refusalStatesEverySpecificReason(FormSet set) throws Exception {
        try (RenderedPdf pdf = render(set, FormFixtures.refusal())) {
            assertThat(pdf.text())
                    .contains("1. Doanh nghiệp chưa có kết quả khoa học và công nghệ được công nhận")
                    .contains("2. Hồ sơ không thuộc thẩm quyền giải quyết của Sở Khoa học và Công nghệ tỉnh Bắc Ninh")
                    .contains("Xin thông báo để Ông/Bà được biết và thực hiện");
        }
    }

    @Test
    void refusalAtIntakeBeforeACodeExistsLeavesTheCodeOutOfTextAndQrCode() throws Exception {
        DossierFacts facts = FormFixtures.dossier();
        DossierFacts uncoded = new DossierFacts(null, facts.procedureCode(), facts.procedureName(), facts.applicant(),
                facts.documentsReceived(), facts.sets(), facts.timeLimit(), facts.receivedAt(), null,
                facts.resultDelivery(), facts.receivingOfficer());
        RefusalForm refusal = new RefusalForm(FormFixtures.header(), uncoded, List.of("Hồ sơ không đúng thẩm quyền"));
        try (RenderedPdf pdf = render(FormSet.TT03_2025, refusal)) {
            assertThat(pdf.text()).doesNotContain("Mã hồ sơ").contains("1. Hồ sơ không đúng thẩm quyền");
            assertThat(pdf.qrCodeTopLeft()).isEqualTo("MaTTHC=" + PROCEDURE_CODE + ";SoDinhDanh=" + IDENTITY);
            assertThat(pdf.title()).isEqualTo("Phiếu từ chối tiếp nhận giải quyết hồ sơ");
        }
    }

    @Test
    void apologyUnderCircular03AsksForAnExtensionToTheNewDate() throws Exception {
        try (RenderedPdf pdf = render(FormSet.TT03_2025, FormFixtures.apology())) {
            assertThat(pdf.text())
                    .contains("Kính gửi: Ông/Bà " + APPLICANT)
                    .contains("Thời gian hẹn trả kết quả giải quyết hồ sơ: " + DUE_IN_WORDS)
                    .contains("Lý do: Cần lấy ý kiến thẩm định của Hội đồng tư vấn")
                    .contains("thành thật xin lỗi")
                    .contains("đề nghị gia hạn thời gian giải quyết hồ sơ và hẹn trả kết quả vào: "
                            + "16 giờ 00 phút, ngày 23 tháng 3 năm 2026")
                    .contains("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC", "Phạm Quang Huy", "Nơi nhận:");
        }
    }

    @Test
    void apologyUnderCircular01SetsANewAppointment() throws Exception {
        try (RenderedPdf pdf = render(FormSet.TT01_2018, FormFixtures.apology())) {
            assertThat(pdf.text())
                    .contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ")
                    .contains("xin hẹn lại thời gian trả kết quả giải quyết hồ sơ vào: "
                            + "16 giờ 00 phút, ngày 23 tháng 3 năm 2026")
                    .doesNotContain("gia hạn");
        }
    }

    @Test
    void stopNoticeGivesTheRequestDateAndReason() throws Exception {
        try (RenderedPdf pdf = render(FormSet.TT03_2025, FormFixtures.stopNotice())) {
            assertThat(pdf.text())
                    .contains("THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ")
                    .contains("Ngày 10 tháng 3 năm 2026, cơ quan chúng tôi nhận được đề nghị của Ông/Bà")
                    .contains("Lý do đề nghị dừng giải quyết: Doanh nghiệp đề nghị rút hồ sơ")
                    .contains("thông báo dừng giải quyết hồ sơ nêu trên");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(FormSet.class)
    void controlSheetShowsEachHandoverWithItsOutcomeAndLeavesAnUnfinishedStepBlank(FormSet set) throws Exception {
        try (RenderedPdf pdf = render(set, FormFixtures.controlSheet())) {
            String text = pdf.text();
            assertThat(text)
                    .contains("Thời gian hẹn trả kết quả: " + DUE_IN_WORDS)
                    .contains("1. Giao: Bộ phận Một cửa 2. Nhận: Phòng Quản lý công nghệ")
                    .contains("Trước hạn", "Quá hạn", "Chờ ý kiến Hội đồng tư vấn")
                    .doesNotContain("Đúng hạn")
                    .contains("1. Giao: Lãnh đạo Sở 2. Nhận: Bộ phận Một cửa (Hạn: 16/03/2026 10:00)");
        }
    }

    @Test
    void decomposedVietnameseInputIsDrawnAsPrecomposedLetters() throws Exception {
        String decomposed = Normalizer.normalize("Nguyễn Thị Hồng Nhung", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(APPLICANT);
        Applicant applicant = new Applicant(decomposed, Applicant.Type.INDIVIDUAL, IDENTITY, "Bắc Ninh", null, null);
        DossierFacts facts = FormFixtures.dossier();
        ReceiptForm receipt = new ReceiptForm(FormFixtures.header(), new DossierFacts(facts.code(),
                facts.procedureCode(), facts.procedureName(), applicant, facts.documentsReceived(), facts.sets(),
                facts.timeLimit(), facts.receivedAt(), facts.dueAt(), facts.resultDelivery(),
                facts.receivingOfficer()), null, null, null);
        try (RenderedPdf pdf = render(FormSet.TT03_2025, receipt)) {
            assertThat(pdf.text()).contains("Tiếp nhận hồ sơ của: " + APPLICANT).doesNotContain("?");
        }
    }

    @Test
    void missingValuesLeaveDotsToFillInByHand() throws Exception {
        try (RenderedPdf pdf = render(FormSet.TT03_2025, new ReceiptForm(FormFixtures.header(),
                FormFixtures.dossier(), null, null, null))) {
            assertThat(pdf.text()).contains("Quyển số: " + Texts.DOTS + ", Số thứ tự: " + Texts.DOTS);
        }
    }

    @Test
    void aReceiptWithManyDocumentsContinuesOnFurtherPagesAndKeepsTheSignaturesTogether() throws Exception {
        DossierFacts facts = FormFixtures.dossier();
        List<String> documents = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            documents.add("Bản sao chứng từ số " + i + " về kết quả khoa học và công nghệ của doanh nghiệp");
        }
        ReceiptForm receipt = new ReceiptForm(FormFixtures.header(), new DossierFacts(facts.code(),
                facts.procedureCode(), facts.procedureName(), facts.applicant(), documents, facts.sets(),
                facts.timeLimit(), facts.receivedAt(), facts.dueAt(), facts.resultDelivery(),
                facts.receivingOfficer()), "03/2026", "125", null);
        try (RenderedPdf pdf = render(FormSet.TT03_2025, receipt)) {
            assertThat(pdf.pages()).isGreaterThan(1);
            assertThat(pdf.text()).contains("(30) Bản sao chứng từ số 30");
            int signaturePage = IntStream.rangeClosed(1, pdf.pages())
                    .filter(page -> pdf.text(page, page).contains("NGƯỜI NỘP HỒ SƠ")).findFirst().orElseThrow();
            assertThat(signaturePage).isGreaterThan(1);
            assertThat(pdf.text(signaturePage, signaturePage))
                    .contains("NGƯỜI TIẾP NHẬN HỒ SƠ", "(Ký và ghi rõ họ tên)", APPLICANT, "Trần Văn Đức");
        }
    }

    @Test
    void charactersTheFontLacksAreReplacedInsteadOfFailingTheRender() throws Exception {
        Applicant applicant = new Applicant("Nhung \uD83D\uDE00", Applicant.Type.INDIVIDUAL, IDENTITY, "Bắc Ninh",
                null, null);
        DossierFacts facts = FormFixtures.dossier();
        RefusalForm refusal = new RefusalForm(FormFixtures.header(), new DossierFacts(facts.code(),
                facts.procedureCode(), facts.procedureName(), applicant, List.of(), 1, null, facts.receivedAt(),
                null, null, null), List.of("Không đúng thẩm quyền"));
        try (RenderedPdf pdf = render(FormSet.TT03_2025, refusal)) {
            assertThat(pdf.text()).contains("Tiếp nhận hồ sơ của: Nhung ?");
        }
    }
}

package vn.motcua.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.documents.ControlSheetForm.Handover;
import vn.motcua.documents.ControlSheetForm.StepOutcome;

/** Realistic inputs for every form: a Bắc Ninh science and technology dossier. */
final class FormFixtures {

    static final String CODE = "000.00.22.H05-260302-0001";
    static final String PROCEDURE_CODE = "1.014390.H05";
    static final String PROCEDURE = "Cấp Giấy chứng nhận doanh nghiệp khoa học và công nghệ";
    static final String APPLICANT = "Nguyễn Thị Hồng Nhung";
    static final String IDENTITY = "027190004567";
    static final LocalDateTime RECEIVED_AT = LocalDateTime.of(2026, 3, 2, 8, 30);
    static final LocalDateTime DUE_AT = LocalDateTime.of(2026, 3, 16, 16, 45);

    private FormFixtures() {
    }

    static FormHeader header() {
        return new FormHeader("UBND TỈNH BẮC NINH", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TTPVHCC", "Bắc Ninh",
                LocalDate.of(2026, 3, 2), "7");
    }

    static Applicant applicant() {
        return new Applicant(APPLICANT, Applicant.Type.INDIVIDUAL, IDENTITY,
                "Số 12 đường Lý Thái Tổ, phường Kinh Bắc, tỉnh Bắc Ninh", "0912 345 678", "nhung.nth@example.vn");
    }

    static DossierFacts dossier() {
        return new DossierFacts(CODE, PROCEDURE_CODE, PROCEDURE, applicant(), List.of(
                "Đơn đề nghị cấp Giấy chứng nhận doanh nghiệp khoa học và công nghệ (Mẫu số 01)",
                "Bản sao Giấy chứng nhận đăng ký doanh nghiệp",
                "Văn bản xác nhận quyền sở hữu, quyền sử dụng hợp pháp kết quả khoa học và công nghệ",
                "Phương án sản xuất, kinh doanh sản phẩm hình thành từ kết quả khoa học và công nghệ"),
                1, "07 ngày làm việc", RECEIVED_AT, DUE_AT, "Bộ phận Một cửa Sở Khoa học và Công nghệ",
                "Trần Văn Đức");
    }

    static ReceiptForm receipt() {
        return new ReceiptForm(header(), dossier(), "03/2026", "125", "K7M2Q9XP");
    }

    static SupplementRequestForm supplementRequest() {
        return new SupplementRequestForm(header(), dossier(), List.of(
                "Bổ sung bản sao có chứng thực Giấy chứng nhận đăng ký doanh nghiệp",
                "Phương án sản xuất, kinh doanh phải có chữ ký của người đại diện theo pháp luật và đóng dấu"),
                "Thành phần hồ sơ chưa đầy đủ theo quy định tại Nghị định số 13/2019/NĐ-CP",
                "Lê Thu Hà", "0222 3822 456", "Trần Văn Đức");
    }

    static RefusalForm refusal() {
        return new RefusalForm(header(), dossier(), List.of(
                "Doanh nghiệp chưa có kết quả khoa học và công nghệ được công nhận",
                "Hồ sơ không thuộc thẩm quyền giải quyết của Sở Khoa học và Công nghệ tỉnh Bắc Ninh"));
    }

    static ApologyExtensionForm apology() {
        return new ApologyExtensionForm(header(), dossier(),
                "Cần lấy ý kiến thẩm định của Hội đồng tư vấn về kết quả khoa học và công nghệ",
                DUE_AT, LocalDateTime.of(2026, 3, 23, 16, 0), "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Phạm Quang Huy");
    }

    static StopNoticeForm stopNotice() {
        return new StopNoticeForm(header(), dossier(), LocalDate.of(2026, 3, 10),
                "Doanh nghiệp đề nghị rút hồ sơ để bổ sung kết quả khoa học và công nghệ mới", "GIÁM ĐỐC",
                "Nguyễn Minh Tuấn");
    }

    static ControlSheetForm controlSheet() {
        return new ControlSheetForm(header(), dossier(), "Phòng Quản lý công nghệ và Thị trường khoa học và công nghệ",
                null, List.of(
                        new Handover("Bộ phận Một cửa", "Phòng Quản lý công nghệ", LocalDateTime.of(2026, 3, 2, 10, 15),
                                LocalDateTime.of(2026, 3, 2, 16, 30), StepOutcome.EARLY, "Trần Văn Đức",
                                "Lê Thu Hà", null),
                        new Handover("Phòng Quản lý công nghệ", "Lãnh đạo Sở", LocalDateTime.of(2026, 3, 12, 9, 0),
                                LocalDateTime.of(2026, 3, 11, 16, 30), StepOutcome.LATE, "Lê Thu Hà",
                                "Phạm Quang Huy", "Chờ ý kiến Hội đồng tư vấn"),
                        new Handover("Lãnh đạo Sở", "Bộ phận Một cửa", null, LocalDateTime.of(2026, 3, 16, 10, 0),
                                null, null, null, null)));
    }

    static TrackingBookForm trackingBook(int rows) {
        List<TrackingBookForm.Row> entries = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            LocalDateTime received = RECEIVED_AT.plusHours(i);
            entries.add(new TrackingBookForm.Row(i, "000.00.22.H05-260302-%04d".formatted(i), PROCEDURE,
                    i % 2 == 0 ? APPLICANT : "Công ty TNHH Công nghệ Kinh Bắc",
                    "Số %d đường Lý Thái Tổ, Bắc Ninh; 0912 345 %03d".formatted(i, i),
                    "Phòng Quản lý công nghệ", received, received.plusDays(14),
                    i % 3 == 0 ? received.plusDays(10) : null, i % 2 == 0 ? "Trực tiếp" : "Bưu chính công ích",
                    i % 5 == 0 ? "Hồ sơ bổ sung lần 1" : null));
        }
        return new TrackingBookForm(header(), "Lĩnh vực Hoạt động khoa học và công nghệ – Năm 2026", entries);
    }

    /** One input of each kind the set has. */
    static List<FormInput> allForms(FormSet set) {
        List<FormInput> forms = new ArrayList<>(List.of(receipt(), supplementRequest(), refusal(), apology(),
                stopNotice(), controlSheet(), trackingBook(8)));
        forms.removeIf(form -> !set.includes(form.kind()));
        return forms;
    }
}

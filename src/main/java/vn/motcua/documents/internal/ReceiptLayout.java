package vn.motcua.documents.internal;

import vn.motcua.documents.DossierFacts;
import vn.motcua.documents.FormSet;
import vn.motcua.documents.FormSpec;
import vn.motcua.documents.ReceiptForm;

import static vn.motcua.documents.internal.Span.bold;
import static vn.motcua.documents.internal.Span.italic;
import static vn.motcua.documents.internal.Span.regular;

import vn.motcua.documents.internal.FormBlocks.Signature;

/** Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu số 01 of both circulars). */
final class ReceiptLayout {

    private static final String NOTE = "Ghi chú: Giấy tiếp nhận hồ sơ và hẹn trả kết quả được lập thành 02 liên: "
            + "01 liên chuyển kèm theo Phiếu kiểm soát quá trình giải quyết hồ sơ và lưu tại bộ phận tiếp nhận và trả "
            + "kết quả; 01 liên giao cho tổ chức, cá nhân nộp hồ sơ. Tổ chức, cá nhân có thể nhận kết quả tại bộ phận "
            + "tiếp nhận và trả kết quả hoặc tại nơi đã đăng ký.";

    private ReceiptLayout() {
    }

    static void write(FormBlocks form, FormSpec spec, ReceiptForm input) {
        DossierFacts dossier = input.dossier();
        form.qrBand(dossier);
        form.header(input.header());
        form.title(bold("Mã hồ sơ: " + Texts.orDots(dossier.code())));
        form.applicantName("Tiếp nhận hồ sơ của", dossier.applicant());
        if (spec.set() == FormSet.TT03_2025) {
            form.identity(dossier.applicant());
        }
        form.contact(dossier.applicant());
        form.request(dossier);
        form.text(regular("1. Thành phần hồ sơ nộp gồm:"));
        form.subList(dossier.documentsReceived());
        form.text(regular("2. Số lượng hồ sơ: %02d (bộ)".formatted(dossier.sets())));
        form.text(regular("3. Thời gian giải quyết hồ sơ theo quy định là: " + Texts.orDots(dossier.timeLimit())));
        form.text(regular("4. Thời gian nhận hồ sơ: " + VietnameseDates.time(dossier.receivedAt())));
        form.text(regular("5. Thời gian trả kết quả giải quyết hồ sơ: "), bold(VietnameseDates.time(dossier.dueAt())));
        form.text(regular("6. Đăng ký nhận kết quả tại: " + Texts.orDots(dossier.resultDelivery())));
        if (input.lookupSecret() != null) {
            form.text(regular("7. Mã tra cứu tình trạng hồ sơ (dùng kèm mã hồ sơ): "), bold(input.lookupSecret()));
        }
        form.text(italic("Vào Sổ theo dõi hồ sơ, Quyển số: " + Texts.orDots(input.bookVolume())
                + ", Số thứ tự: " + Texts.orDots(input.bookEntry())));
        form.signatures(Signature.person("Người nộp hồ sơ", dossier.applicant().name()),
                Signature.person("Người tiếp nhận hồ sơ", dossier.receivingOfficer()));
        form.note(NOTE);
    }
}

package vn.motcua.documents.internal;

import vn.motcua.documents.ApologyExtensionForm;
import vn.motcua.documents.Applicant;
import vn.motcua.documents.DossierFacts;
import vn.motcua.documents.FormSet;
import vn.motcua.documents.FormSpec;

import static vn.motcua.documents.internal.Span.bold;
import static vn.motcua.documents.internal.Span.regular;

import java.util.List;
import vn.motcua.documents.internal.FormBlocks.Signature;

/**
 * Phiếu xin lỗi và đề nghị gia hạn thời gian giải quyết (Mẫu số 04, 2025) or Phiếu xin lỗi và hẹn lại ngày trả
 * kết quả (Mẫu số 04, 2018): the 2025 form asks for an extension, the 2018 form sets a new appointment.
 */
final class ApologyExtensionLayout {

    private ApologyExtensionLayout() {
    }

    static void write(FormBlocks form, FormSpec spec, ApologyExtensionForm input) {
        DossierFacts dossier = input.dossier();
        Applicant applicant = dossier.applicant();
        String addressAs = FormBlocks.addressAs(applicant);
        boolean current = spec.set() == FormSet.TT03_2025;
        form.qrBand(dossier);
        form.header(input.header());
        form.title();
        form.text(regular("Kính gửi: "), bold(FormBlocks.salutation(applicant)));
        form.text(regular(Texts.capitalised(VietnameseDates.date(dossier.receivedAt().toLocalDate()))
                + ", cơ quan chúng tôi đã tiếp nhận hồ sơ của " + addressAs
                + " đề nghị giải quyết thủ tục hành chính: " + dossier.procedureName() + "."));
        form.strongField("Mã số hồ sơ", dossier.code());
        if (current) {
            form.identity(applicant);
        }
        form.field("Thời gian hẹn trả kết quả giải quyết hồ sơ", VietnameseDates.time(input.originalDueAt()));
        form.text(regular("Cơ quan chúng tôi không trả được kết quả giải quyết hồ sơ cho " + addressAs
                + " đúng thời hạn đã hẹn."));
        form.field("Lý do", input.reason());
        form.text(regular("Sự chậm trễ này gây phiền hà, tốn kém chi phí, công sức của " + addressAs
                + ". Cơ quan chúng tôi thành thật xin lỗi " + addressAs + " và rất mong nhận được sự thông cảm của "
                + addressAs + "."));
        form.text(regular(current
                ? "Cơ quan chúng tôi đề nghị gia hạn thời gian giải quyết hồ sơ và hẹn trả kết quả vào: "
                : "Cơ quan chúng tôi xin hẹn lại thời gian trả kết quả giải quyết hồ sơ vào: "),
                bold(VietnameseDates.time(input.newDueAt())));
        form.text(regular("Xin trân trọng cảm ơn./."));
        form.recipientsAndSignature(List.of("Như trên;", "Bộ phận Một cửa;", "Lưu: VT."),
                Signature.head(input.signerTitle(), input.signerName()));
    }
}

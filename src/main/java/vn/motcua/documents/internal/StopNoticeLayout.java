package vn.motcua.documents.internal;

import vn.motcua.documents.Applicant;
import vn.motcua.documents.DossierFacts;
import vn.motcua.documents.StopNoticeForm;

import static vn.motcua.documents.internal.Span.bold;
import static vn.motcua.documents.internal.Span.regular;

import java.util.List;
import vn.motcua.documents.internal.FormBlocks.Signature;

/**
 * Thông báo dừng giải quyết hồ sơ (Mẫu số 05 of Circular 03/2025). The circular's field list was not seen; this
 * carries the minimum: dossier code, applicant, procedure, date and reason of the request, the stop, the signer.
 */
final class StopNoticeLayout {

    private StopNoticeLayout() {
    }

    static void write(FormBlocks form, StopNoticeForm input) {
        DossierFacts dossier = input.dossier();
        Applicant applicant = dossier.applicant();
        String addressAs = FormBlocks.addressAs(applicant);
        form.qrBand(dossier);
        form.header(input.header());
        form.title();
        form.text(regular("Kính gửi: "), bold(FormBlocks.salutation(applicant)));
        form.text(regular(Texts.capitalised(VietnameseDates.date(input.requestedOn()))
                + ", cơ quan chúng tôi nhận được đề nghị của " + addressAs + " về việc dừng giải quyết hồ sơ sau:"));
        form.strongField("Mã số hồ sơ", dossier.code());
        form.field("Thủ tục hành chính", dossier.procedureName());
        form.identity(applicant);
        form.field("Thời gian tiếp nhận hồ sơ", VietnameseDates.time(dossier.receivedAt()));
        form.field("Lý do đề nghị dừng giải quyết", input.reason());
        form.text(regular("Cơ quan chúng tôi thông báo dừng giải quyết hồ sơ nêu trên kể từ "
                + VietnameseDates.date(input.header().issuedOn()) + " theo đề nghị của " + addressAs + "./."));
        form.recipientsAndSignature(List.of("Như trên;", "Bộ phận Một cửa;", "Lưu: VT."),
                Signature.head(input.signerTitle(), input.signerName()));
    }
}

package vn.motcua.documents.internal;

import vn.motcua.documents.DossierFacts;
import vn.motcua.documents.SupplementRequestForm;

import static vn.motcua.documents.internal.Span.bold;
import static vn.motcua.documents.internal.Span.regular;

import vn.motcua.documents.internal.FormBlocks.Signature;

/** Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu số 02 of both circulars). */
final class SupplementRequestLayout {

    private SupplementRequestLayout() {
    }

    static void write(FormBlocks form, SupplementRequestForm input) {
        DossierFacts dossier = input.dossier();
        String addressAs = FormBlocks.addressAs(dossier.applicant());
        form.qrBand(dossier);
        form.header(input.header());
        form.title(bold("Mã hồ sơ: " + Texts.orDots(dossier.code())));
        form.applicantName("Hồ sơ của", dossier.applicant());
        form.request(dossier);
        form.contact(dossier.applicant());
        form.text(regular("Yêu cầu hoàn thiện hồ sơ gồm những nội dung như sau:"));
        form.numbered(input.items());
        form.field("Lý do", input.reason());
        form.text(regular("Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, " + addressAs + " liên hệ với "
                + Texts.orDots(input.contactPerson()) + ", số điện thoại " + Texts.orDots(input.contactPhone())
                + " để được hướng dẫn."));
        form.signatures(Signature.person("Người hướng dẫn", input.signerName()));
    }
}

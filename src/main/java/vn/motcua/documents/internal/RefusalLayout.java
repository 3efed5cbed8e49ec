package vn.motcua.documents.internal;

import vn.motcua.documents.DossierFacts;
import vn.motcua.documents.FormSet;
import vn.motcua.documents.FormSpec;
import vn.motcua.documents.RefusalForm;

import static vn.motcua.documents.internal.Span.bold;
import static vn.motcua.documents.internal.Span.regular;

import vn.motcua.documents.internal.FormBlocks.Signature;

/** Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu số 03 of both circulars). */
final class RefusalLayout {

    private RefusalLayout() {
    }

    static void write(FormBlocks form, FormSpec spec, RefusalForm input) {
        DossierFacts dossier = input.dossier();
        String addressAs = FormBlocks.addressAs(dossier.applicant());
        form.qrBand(dossier);
        form.header(input.header());
        if (Texts.isBlank(dossier.code())) {
            form.title();
        } else {
            form.title(bold("Mã hồ sơ: " + dossier.code()));
        }
        form.applicantName("Tiếp nhận hồ sơ của", dossier.applicant());
        if (spec.set() == FormSet.TT03_2025) {
            form.identity(dossier.applicant());
        }
        form.contact(dossier.applicant());
        form.request(dossier);
        form.text(regular("Sau khi xem xét, đối chiếu hồ sơ với các quy định hiện hành, cơ quan tiếp nhận "
                + "không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:"));
        form.numbered(input.reasons());
        form.text(regular("Xin thông báo để " + addressAs + " được biết và thực hiện./."));
        form.signatures(Signature.person("Người nộp hồ sơ", dossier.applicant().name()),
                Signature.person("Người tiếp nhận hồ sơ", dossier.receivingOfficer()));
    }
}

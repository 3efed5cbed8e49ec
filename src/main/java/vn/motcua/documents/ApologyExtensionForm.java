package vn.motcua.documents;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Phiếu xin lỗi và đề nghị gia hạn thời gian giải quyết (2018: … và hẹn lại ngày trả kết quả), issued by the
 * competent agency. The dossier's own {@code dueAt} is not read: both appointments are given here.
 *
 * @param signerTitle the signing head, e.g. "GIÁM ĐỐC" or "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"
 * @param signerName  null leaves the name blank
 */
public record ApologyExtensionForm(FormHeader header, DossierFacts dossier, String reason,
        LocalDateTime originalDueAt, LocalDateTime newDueAt, String signerTitle, String signerName)
        implements DossierForm {

    public ApologyExtensionForm {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(originalDueAt, "originalDueAt");
        Objects.requireNonNull(newDueAt, "newDueAt");
        Objects.requireNonNull(signerTitle, "signerTitle");
    }

    @Override
    public FormKind kind() {
        return FormKind.APOLOGY_EXTENSION;
    }
}

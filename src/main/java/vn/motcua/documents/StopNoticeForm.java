package vn.motcua.documents;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Thông báo dừng giải quyết hồ sơ (Circular 03/2025 Art. 7): processing stops at the applicant's request.
 *
 * @param requestedOn the day the applicant asked to stop
 * @param reason      the applicant's stated reason
 * @param signerTitle e.g. "GIÁM ĐỐC"; {@code signerName} may be null
 */
public record StopNoticeForm(FormHeader header, DossierFacts dossier, LocalDate requestedOn, String reason,
        String signerTitle, String signerName) implements DossierForm {

    public StopNoticeForm {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(requestedOn, "requestedOn");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(signerTitle, "signerTitle");
    }

    @Override
    public FormKind kind() {
        return FormKind.STOP_NOTICE;
    }
}

package vn.motcua.documents;

import java.util.List;
import java.util.Objects;

/**
 * Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ: every missing or faulty item at once, with the reason.
 *
 * @param contactPerson whom the applicant may ask, with {@code contactPhone}
 * @param signerName    the guiding officer (người hướng dẫn) who signs; null leaves the name blank
 */
public record SupplementRequestForm(FormHeader header, DossierFacts dossier, List<String> items, String reason,
        String contactPerson, String contactPhone, String signerName) implements DossierForm {

    public SupplementRequestForm {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(dossier, "dossier");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a supplement request lists at least one item");
        }
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public FormKind kind() {
        return FormKind.SUPPLEMENT_REQUEST;
    }
}

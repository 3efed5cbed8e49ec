package vn.motcua.documents;

import java.util.List;
import java.util.Objects;

/** Phiếu từ chối tiếp nhận giải quyết hồ sơ, with the specific reasons. */
public record RefusalForm(FormHeader header, DossierFacts dossier, List<String> reasons) implements DossierForm {

    public RefusalForm {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(dossier, "dossier");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a refusal states at least one reason");
        }
    }

    @Override
    public FormKind kind() {
        return FormKind.REFUSAL;
    }
}

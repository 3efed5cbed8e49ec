package vn.motcua.documents;

import java.util.Objects;

/**
 * Giấy tiếp nhận hồ sơ và hẹn trả kết quả.
 *
 * @param bookVolume the tracking-book volume (quyển số) the dossier is entered in; null leaves dots
 * @param bookEntry  the entry number (số thứ tự) in that book; null leaves dots
 * @param lookupSecret the applicant's secret for public tracking (with the dossier code); null prints no line
 */
public record ReceiptForm(FormHeader header, DossierFacts dossier, String bookVolume, String bookEntry,
        String lookupSecret)
        implements DossierForm {

    public ReceiptForm {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(dossier, "dossier");
    }

    @Override
    public FormKind kind() {
        return FormKind.RECEIPT;
    }
}

package vn.motcua.result;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One result document of a dossier (giấy phép, giấy chứng nhận, văn bản trả lời …): a PDF stored under its code
 * {@code <dossier code>-KQ<n>}.
 *
 * @param sha256         SHA-256 (hex) of the file served now: the signed one once signed
 * @param originalSha256 SHA-256 of the file as uploaded
 * @param signer         the common name of the signing certificate, once signed
 * @param signedBy       the username of the leader who signed
 * @param paperCopies    its conversions to paper, oldest first
 */
public record DossierResult(String resultCode, String dossierCode, String title, String number, LocalDate issuedOn,
        LocalDate validUntil, String fileName, String sha256, String originalSha256, long size, boolean signed,
        String signer, OffsetDateTime signedAt, String signedBy, String uploadedBy, OffsetDateTime uploadedAt,
        List<PaperCopy> paperCopies) {

    public DossierResult {
        paperCopies = paperCopies == null ? List.of() : List.copyOf(paperCopies);
    }

    DossierResult withPaperCopies(List<PaperCopy> copies) {
        return new DossierResult(resultCode, dossierCode, title, number, issuedOn, validUntil, fileName, sha256,
                originalSha256, size, signed, signer, signedAt, signedBy, uploadedBy, uploadedAt, copies);
    }
}

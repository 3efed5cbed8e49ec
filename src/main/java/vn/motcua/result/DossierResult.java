package vn.motcua.result;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One result document of a dossier (giấy phép, giấy chứng nhận, văn bản trả lời …): a PDF stored under its code
 * {@code <dossier code>-KQ<n>}.
 *
 * @param sha256         SHA-256 (hex) of the file served now: the signed one once signed
 * @param originalSha256 SHA-256 of the file as uploaded
 * @param signer         the common name of the signing certificate, once signed
 * @param signedBy       the username of the leader who signed
 */
public record DossierResult(String resultCode, String dossierCode, String title, String number, LocalDate issuedOn,
        LocalDate validUntil, String fileName, String sha256, String originalSha256, long size, boolean signed,
        String signer, OffsetDateTime signedAt, String signedBy, String uploadedBy, OffsetDateTime uploadedAt) {}

package vn.motcua.result;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Checks the signatures of any PDF (no sign-in needed): intact, who signed, when, trusted, issued here. */
public interface SignatureVerification {

    /**
     * @param intact    every signature is mathematically valid over its range and the last one covers the whole
     *                  file (nothing changed or appended after it); false for a PDF without signatures
     * @param issuedHere the result whose file (signed or as uploaded) has these exact bytes, or null
     */
    record Verification(boolean intact, List<SignatureCheck> signatures, IssuedResult issuedHere) {}

    /**
     * @param valid               the CMS signature matches the bytes it covers
     * @param coversWholeDocument its byte range reaches the end of the file
     * @param chainTrusted        the certificate chains to a root of the trust list, valid at the signing time
     */
    record SignatureCheck(String signer, String issuer, OffsetDateTime signedAt, boolean valid,
            boolean coversWholeDocument, boolean chainTrusted, String subFilter) {}

    record IssuedResult(String resultCode, String dossierCode, String title, String number) {}

    /** 400 problem when the bytes are not a PDF. */
    Verification verify(byte[] file);

    /**
     * The signed result with this code ({@code <dossier code>-KQ<n>}, as the QR code of its signature block carries
     * it), for anyone to compare with the document in hand; empty when no signed result has it.
     */
    Optional<DossierResult> signedResult(String resultCode);
}

package vn.motcua.result;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Checks the signatures of any PDF (no sign-in needed): intact, who signed, when, trusted, issued here. */
public interface SignatureVerification {

    /**
     * @param intact    every signature is mathematically valid over its range (a timestamp it carries included) and the
     *                  last one covers the whole file (nothing changed or appended after it but, exactly, the
     *                  validation data this system adds for PAdES B-LT); false for a PDF without signatures
     * @param issuedHere the result whose file (signed or as uploaded) has these exact bytes, or null
     */
    record Verification(boolean intact, List<SignatureCheck> signatures, IssuedResult issuedHere) {}

    /**
     * @param valid               the CMS signature matches the bytes it covers
     * @param coversWholeDocument its byte range reaches the end of the file
     * @param chainTrusted        the certificate chains to a root of the trust list, valid at the signing time
     *                            (the timestamp's time when there is a valid one)
     * @param validationDataAdded the byte range reaches the end of the file but for the validation data (DSS) added
     *                            after the signature, and nothing else
     * @param level               the PAdES baseline level: B-B, B-T (timestamped) or B-LT (and its validation data
     *                            in the document)
     * @param timestamp           the signature timestamp (RFC 3161), or null
     */
    record SignatureCheck(String signer, String issuer, OffsetDateTime signedAt, boolean valid,
            boolean coversWholeDocument, boolean chainTrusted, String subFilter, boolean validationDataAdded,
            String level, Timestamp timestamp) {}

    /**
     * @param time      the time the timestamp authority certifies (UTC+7)
     * @param authority the common name of the timestamp authority's certificate
     * @param valid     the token is intact, by a time-stamping certificate, and covers this signature's value
     * @param trusted   the authority's certificate chains to a root of the trust list
     */
    record Timestamp(OffsetDateTime time, String authority, boolean valid, boolean trusted) {}

    record IssuedResult(String resultCode, String dossierCode, String title, String number) {}

    /** 400 problem when the bytes are not a PDF. */
    Verification verify(byte[] file);

    /**
     * The signed result with this code ({@code <dossier code>-KQ<n>}, as the QR code of its signature block carries
     * it), for anyone to compare with the document in hand; empty when no signed result has it.
     */
    Optional<DossierResult> signedResult(String resultCode);
}

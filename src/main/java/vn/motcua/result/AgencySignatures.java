package vn.motcua.result;

/**
 * Signs, in PAdES with the agency's key (the one its results are signed with), documents the system issues in the
 * agency's name other than dossier results, e.g. e-receipts. No access rule: callers sign what they issued themselves.
 */
public interface AgencySignatures {

    /** A signed PDF and the signer's name (the certificate's common name). */
    record Signed(byte[] pdf, String signer) {}

    /** The name the agency's signature carries; 409 when the agency has no key. */
    String signer(String agencyCode);

    /** The PDF signed by the agency, with a visible block on its last page; {@code caption} is its last line. */
    Signed sign(String agencyCode, byte[] pdf, String reason, String caption);
}

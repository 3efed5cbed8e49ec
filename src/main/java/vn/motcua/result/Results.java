package vn.motcua.result;

import java.util.List;

/**
 * The results of dossiers. Reading needs the right to read the dossier; recording a result needs an official role
 * (desk officer, specialist, unit head, leader) in the dossier's agency, signing the leader's role there. Refusals are
 * {@link vn.motcua.shared.ProblemException}s (400 not a PDF, 403, 404, 409 wrong status or already signed).
 */
public interface Results {

    /** Records a result of a dossier being processed or resolved (not yet returned): code {@code …-KQ<n+1>}. */
    DossierResult upload(String dossierCode, ResultUpload upload, String actor);

    List<DossierResult> list(String dossierCode, String actor);

    DossierResult get(String dossierCode, String resultCode, String actor);

    /** The PDF served now (signed once signed). */
    byte[] file(String dossierCode, String resultCode, String actor);

    /**
     * The applicant's store (kho kết quả): the results of the dossiers the caller submitted as applicant, once
     * resolved or returned, newest dossier first.
     */
    List<DossierResult> ofApplicant(String actor);

    /**
     * Signs the result in PAdES (a visible signature block on the last page): with the leader's own certificate at
     * the remote signing service when configured, else with the agency's key; timestamped when a TSA is configured.
     */
    DossierResult sign(String dossierCode, String resultCode, String actor);

    /** A paper copy to print and its record. */
    record PrintedCopy(byte[] pdf, PaperCopy copy) {}

    /**
     * Converts a signed result to paper (Decree 45/2020 Art. 18): the PDF to print, its pages marked as converted and
     * a conversion note page, recorded with who converted it, when and how many copies. Officials of the dossier's
     * agency; 409 when the result is not signed, 400 when {@code copies} is not 1–50.
     */
    PrintedCopy paperCopy(String dossierCode, String resultCode, int copies, String actor);
}

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

    /** Signs the result in PAdES with the agency's key (a visible signature block on the last page). */
    DossierResult sign(String dossierCode, String resultCode, String actor);
}

package vn.motcua.result;

/**
 * Digitisation records of dossiers' components. Reading needs the right to read the dossier; recording needs an
 * official role in the dossier's agency (desk officer, specialist, unit head, leader).
 */
public interface Digitizations {

    Digitization of(String dossierCode, String actor);

    /** Records (or corrects) one component's state; 400 for an unknown component or an exemption without reason. */
    Digitization record(String dossierCode, Digitization.Entry entry, String actor);

    /**
     * Records that the applicant attached a result of their store ({@link Results#ofApplicant}) as one component of
     * their new dossier instead of uploading it again: the component is ELECTRONIC, reused from {@code resultCode}
     * (the document uploaded for it is the result's file), and the dossier counts as reusing digitised data (766
     * metric 4.3). Joins the caller's transaction. 404 when the result is not in the actor's store, 400 for an unknown
     * component.
     */
    Digitization recordReuse(String dossierCode, String component, String resultCode, String actor);
}

package vn.motcua.result;

/**
 * Digitisation records of dossiers' components. Reading needs the right to read the dossier; recording needs an
 * official role in the dossier's agency (desk officer, specialist, unit head, leader).
 */
public interface Digitizations {

    Digitization of(String dossierCode, String actor);

    /** Records (or corrects) one component's state; 400 for an unknown component or an exemption without reason. */
    Digitization record(String dossierCode, Digitization.Entry entry, String actor);
}

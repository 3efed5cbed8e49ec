package vn.motcua.dossier;

import java.util.Optional;

/**
 * Signs forms the engine issues (the receipt slip …) before they are stored, when a module that keeps the agencies'
 * signing keys (the {@code result} module, which depends on this one) implements it and is configured to; without an
 * implementation forms are stored unsigned.
 */
public interface DossierFormSigner {

    /**
     * The form's PDF signed by the agency, or empty when forms of this kind are not signed.
     *
     * @param form the form's slug ({@code receipt}, {@code supplement-request} …)
     */
    Optional<byte[]> sign(String agencyCode, String dossierCode, String form, byte[] pdf);
}

package vn.motcua.dossier;

import java.util.List;

/**
 * The messages sent to the applicant about a dossier (e-mail, SMS, Zalo), kept by the {@code notification} module.
 * That module depends on this one, so the dossier's detail asks through this interface, which it implements; without
 * an implementation the detail lists none.
 */
public interface DossierNotices {

    /** The dossier's messages as JSON-ready records (channel, event, state, time), oldest first. */
    List<?> describe(String dossierCode);
}

package vn.motcua.dossier.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.ControlSheetRow;

/** Transient until the renderer lands. */
@Component
class DossierForms {

    void issue(DossierState d, FormKind form, ActionContext ctx, Instant now, String actor) {
    }

    byte[] pdf(DossierState d, String slug, List<ControlSheetRow> sheet) {
        throw new UnsupportedOperationException();
    }
}

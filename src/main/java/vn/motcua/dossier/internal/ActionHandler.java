package vn.motcua.dossier.internal;

import java.util.Set;
import vn.motcua.dossier.DossierAction;

/**
 * Applies a group of actions to a locked dossier, after the state machine and the access rules allowed them.
 * Handlers change the state and record what the event must say; they refuse with a
 * {@link vn.motcua.shared.ProblemException} before changing anything that is then persisted.
 */
interface ActionHandler {

    Set<DossierAction> handles();

    void apply(ActionContext ctx);
}

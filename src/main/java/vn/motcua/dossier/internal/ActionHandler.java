package vn.motcua.dossier.internal;

import java.util.Set;
import vn.motcua.dossier.ActionCommand;
import vn.motcua.dossier.DossierAction;

/**
 * Applies a group of actions to a locked dossier, after the state machine and the access rules allowed them.
 * Handlers change the state and record what the event must say; they refuse with a
 * {@link vn.motcua.shared.ProblemException} before changing anything that is then persisted.
 */
interface ActionHandler {

    Set<DossierAction> handles();

    /**
     * Refusals that depend on the dossier alone (its counts, windows, open steps), made before the caller's input is
     * turned into a command, so that they come before a 400 about the input.
     */
    default void check(ActionContext ctx) {}

    /** Applies the command, which is of {@code ctx.action}. */
    void apply(ActionContext ctx, ActionCommand command);
}

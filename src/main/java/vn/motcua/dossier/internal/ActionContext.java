package vn.motcua.dossier.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.catalog.InternalProcedure;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.documents.FormKind;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.internal.rules.RuleSet;
import vn.motcua.dossier.internal.rules.WorkflowPath;
import vn.motcua.identity.UserAccount;

/**
 * One action in progress: the locked dossier, who and when, the rule set and the internal procedure path; handlers
 * add the facts the event records and the forms to issue. The caller's input is the handler's command.
 */
final class ActionContext {

    final DossierState dossier;
    final DossierAction action;
    final String actor;
    final UserAccount user;
    final Instant now;
    final RuleSet rules;
    final ProcedureVersion procedure;
    final InternalProcedure internalProcedure;
    WorkflowPath path;
    final Map<String, Object> data = new LinkedHashMap<>();
    final List<FormKind> forms = new ArrayList<>();
    boolean publicStep = true;

    ActionContext(DossierState dossier, DossierAction action, String actor, UserAccount user, Instant now,
            RuleSet rules, ProcedureVersion procedure, InternalProcedure internalProcedure) {
        this.dossier = dossier;
        this.action = action;
        this.actor = actor;
        this.user = user;
        this.now = now;
        this.rules = rules;
        this.procedure = procedure;
        this.internalProcedure = internalProcedure;
        this.path = WorkflowPath.of(internalProcedure, dossier.branch);
    }
}

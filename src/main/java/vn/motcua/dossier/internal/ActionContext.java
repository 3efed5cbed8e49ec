package vn.motcua.dossier.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.catalog.InternalProcedure;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.dossier.ActionRequest;
import vn.motcua.dossier.DossierAction;
import vn.motcua.identity.UserAccount;
import vn.motcua.documents.FormKind;
import vn.motcua.shared.ProblemException;

/**
 * One action in progress: the locked dossier, the request, who and when, the rule set and the internal procedure
 * path; handlers add the facts the event records and the forms to issue.
 */
final class ActionContext {

    final DossierState dossier;
    final DossierAction action;
    final ActionRequest request;
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

    ActionContext(DossierState dossier, DossierAction action, ActionRequest request, String actor, UserAccount user,
            Instant now, RuleSet rules, ProcedureVersion procedure, InternalProcedure internalProcedure) {
        this.dossier = dossier;
        this.action = action;
        this.request = request;
        this.actor = actor;
        this.user = user;
        this.now = now;
        this.rules = rules;
        this.procedure = procedure;
        this.internalProcedure = internalProcedure;
        this.path = WorkflowPath.of(internalProcedure, dossier.branch);
    }

    /** The reason, or a 400 naming the field. */
    String requireReason(String what) {
        if (request.reason() == null) {
            throw ProblemException.invalidField("reason", "Cần nêu lý do " + what);
        }
        data.put("reason", request.reason());
        return request.reason();
    }

    List<String> requireItems() {
        if (request.items().isEmpty()) {
            throw ProblemException.invalidField("items",
                    "Cần liệt kê đầy đủ, một lần, các nội dung người nộp phải bổ sung, hoàn thiện");
        }
        data.put("items", request.items());
        return request.items();
    }
}

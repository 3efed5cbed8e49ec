package vn.motcua.dossier.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.dossier.DossierAudit;
import vn.motcua.identity.PersonalDataLog;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.web.Pages;

/**
 * {@code /quan-tri/nhat-ky}: leaders, control officers and administrators verify the dossiers' audit trail (which
 * dossier's history breaks, and at which step) and read who viewed which applicant's personal data.
 */
@Controller
class AuditPages {

    private static final int SHOWN_ACCESSES = 200;

    private final DossierAudit audit;
    private final PersonalDataLog personalData;

    AuditPages(DossierAudit audit, PersonalDataLog personalData) {
        this.audit = audit;
        this.personalData = personalData;
    }

    @GetMapping("/quan-tri/nhat-ky")
    String page(@RequestParam(required = false) String agency, @RequestParam(required = false) String verify,
            @RequestParam(required = false) String subject, @RequestParam(required = false) String actor,
            Authentication user, Model model) {
        model.addAttribute("agencies", audit.auditableAgencies(user.getName()));
        model.addAttribute("agency", agency);
        model.addAttribute("subject", subject);
        model.addAttribute("actor", actor);
        model.addAttribute("fieldLabels", PersonalDataReads.FIELD_LABELS);
        try {
            if (verify != null) {
                model.addAttribute("verification", audit.verify(Pages.blank(agency), user.getName()));
            }
            model.addAttribute("accesses", PersonalDataReads.recent(audit, personalData, user.getName(),
                    Pages.blank(subject), Pages.blank(actor), SHOWN_ACCESSES));
        } catch (ProblemException e) {
            if (e.kind() != ProblemException.Kind.FORBIDDEN) {
                throw e;
            }
            Pages.addProblem(model, e);
        }
        return "dossier/audit";
    }
}

package vn.motcua.dossier.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.RequiredDocument;
import vn.motcua.catalog.ProcedureStatus;
import vn.motcua.catalog.ProcedureSummary;
import vn.motcua.catalog.SearchQuery;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.NewDossier;
import vn.motcua.dossier.NoticeChannel;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.dossier.SubmissionChannel;
import vn.motcua.identity.Role;
import vn.motcua.identity.RoleGrant;
import vn.motcua.identity.Users;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.web.Pages;

/**
 * The desk intake form (tiếp nhận hồ sơ tại Bộ phận Một cửa): pick the procedure, type the applicant, receive at
 * once (the clock starts) or leave it waiting; then the dossier page. Made for the keyboard: the procedure field
 * has the focus, Enter submits, and a repeated post of the same form registers one dossier.
 */
@Controller
class IntakePages {

    /** Desk officers and leaders register dossiers at the desk. */
    static final String DESK = "hasAnyRole('DESK_OFFICER','LEADER')";

    /** The fields of the form, as posted. */
    record IntakeForm(String agency, String procedure, String channel, String applicantType, String applicantName,
            String applicantIdNumber, String applicantPhone, String applicantEmail, String applicantAddress,
            String resultDelivery, String receive, String formToken, String checklist, List<String> components,
            String noticesShown, List<String> notices) {

        static IntakeForm empty(String agency) {
            return new IntakeForm(agency, null, "DIRECT", "CITIZEN", null, null, null, null, null, "DESK", "on",
                    UUID.randomUUID().toString(), null, null, "on", List.of("EMAIL", "SMS"));
        }

        /** The channels ticked under "Nhận thông báo", or null when the form did not show them. */
        java.util.Set<NoticeChannel> noticeChannels() {
            return noticesShown == null ? null : (notices == null ? List.<String>of() : notices).stream()
                    .map(n -> vn.motcua.shared.web.Enums.parse(NoticeChannel.class, n, "notices"))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        }

        public boolean notifies(String channel) {
            return notices != null && notices.contains(channel);
        }

        /** The components checked on the completeness checklist, or null when the form showed none. */
        List<String> checkedComponents() {
            return checklist == null ? null : components == null ? List.of() : components;
        }

        /** "1.014390 — Thay đổi…" or "1.014390": the code is the first word. */
        String procedureCode() {
            String value = Pages.blank(procedure);
            return value == null ? null : value.split("[\\s—–]+", 2)[0];
        }
    }

    private final Dossiers dossiers;
    private final Catalog catalog;
    private final Users users;

    IntakePages(Dossiers dossiers, Catalog catalog, Users users) {
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.users = users;
    }

    @GetMapping("/mot-cua/tiep-nhan")
    @PreAuthorize(DESK)
    String form(Authentication user, Model model) {
        List<String> agencies = deskAgencies(user);
        return show(IntakeForm.empty(agencies.isEmpty() ? null : agencies.get(0)), agencies, model);
    }

    @PostMapping("/mot-cua/tiep-nhan")
    @PreAuthorize(DESK)
    String register(@ModelAttribute IntakeForm form, Authentication user, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        List<String> agencies = deskAgencies(user);
        String agency = Pages.blank(form.agency()) != null ? form.agency().strip()
                : agencies.isEmpty() ? null : agencies.get(0);
        try {
            String code = form.procedureCode();
            if (code == null) {
                throw ProblemException.invalidField("procedureCode", "Hãy chọn thủ tục hành chính");
            }
            try {
                catalog.requireAcceptingDossiers(agency, code);
            } catch (ProblemException e) {
                throw ProblemException.invalidField("procedureCode", e.getMessage());
            }
            SubmissionChannel channel = "POSTAL".equals(form.channel()) ? SubmissionChannel.POSTAL
                    : SubmissionChannel.DIRECT;
            Applicant applicant = new Applicant("ORGANIZATION".equals(form.applicantType())
                    ? Applicant.Type.ORGANIZATION : Applicant.Type.CITIZEN, form.applicantName(),
                    form.applicantIdNumber(), form.applicantPhone(), form.applicantEmail(), form.applicantAddress());
            ResultDelivery delivery = parseDelivery(form.resultDelivery());
            boolean receive = form.receive() != null;
            Dossier dossier = dossiers.register(new NewDossier(agency, code, channel, delivery, applicant, receive,
                    Pages.blank(form.formToken()) == null ? null : "desk-" + form.formToken().strip(),
                    receive ? form.checkedComponents() : null,
                    NoticeChannel.reaching(form.noticeChannels(), applicant)), user.getName()).dossier();
            redirect.addFlashAttribute("message", (receive ? "Đã tiếp nhận hồ sơ " : "Đã đăng ký hồ sơ ")
                    + dossier.code() + ". Mã tra cứu của người nộp: " + dossier.lookupSecret() + ".");
            return "redirect:/ho-so/" + dossier.code();
        } catch (ProblemException e) {
            Pages.addProblem(model, e);
            response.setStatus(e.kind().status());
            return show(form, agencies, model);
        }
    }

    private String show(IntakeForm form, List<String> agencies, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("agencies", agencies);
        model.addAttribute("procedures", procedures(form.agency() != null ? form.agency()
                : agencies.isEmpty() ? null : agencies.get(0)));
        model.addAttribute("deliveries", ResultDelivery.values());
        model.addAttribute("types", Applicant.Type.values());
        model.addAttribute("checklist", checklist(form, agencies));
        return "dossier/intake";
    }

    /** One line of the completeness checklist: a component of the chosen procedure and whether it was ticked. */
    record ChecklistItem(String name, String template, String copies, boolean required, boolean checked) {}

    /** The chosen procedure's components (re-shown with their ticks after a refusal); empty when none is chosen. */
    private List<ChecklistItem> checklist(IntakeForm form, List<String> agencies) {
        String code = form.procedureCode();
        String agency = form.agency() != null ? form.agency() : agencies.isEmpty() ? null : agencies.get(0);
        if (code == null || agency == null) {
            return List.of();
        }
        List<RequiredDocument> documents;
        try {
            documents = catalog.current(agency, code).content().documents();
        } catch (ProblemException unknownProcedure) {
            return List.of();
        }
        List<String> ticked = form.components() == null ? List.of() : form.components();
        return documents.stream().map(d -> new ChecklistItem(d.name(), d.templateName(), d.copiesText(), d.required(),
                ticked.contains(d.name()))).toList();
    }

    /** The procedures in force that take dossiers, for the picker (it filters as the officer types). */
    private List<ProcedureSummary> procedures(String agency) {
        if (agency == null) {
            return List.of();
        }
        List<ProcedureSummary> all = new ArrayList<>();
        for (int page = 0; page < 20; page++) {
            var result = catalog.search(new SearchQuery(agency, null, null, null, ProcedureStatus.ACTIVE, null, false,
                    page, SearchQuery.MAX_SIZE));
            all.addAll(result.items());
            if (page + 1 >= result.pages()) {
                break;
            }
        }
        all.sort(java.util.Comparator.comparing(ProcedureSummary::code));
        return all;
    }

    /** The agencies where the user registers dossiers: as desk officer or leader. */
    private List<String> deskAgencies(Authentication user) {
        Set<String> codes = new LinkedHashSet<>();
        users.find(user.getName()).ifPresent(account -> account.roles().stream()
                .filter(g -> g.role() == Role.DESK_OFFICER || g.role() == Role.LEADER)
                .map(RoleGrant::agencyCode).filter(java.util.Objects::nonNull)
                .forEach(code -> codes.add(code.value())));
        return List.copyOf(codes);
    }

    static ResultDelivery parseDelivery(String value) {
        if (Pages.blank(value) == null) {
            return null;
        }
        try {
            return ResultDelivery.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("resultDelivery", "Hình thức nhận kết quả không hợp lệ");
        }
    }
}

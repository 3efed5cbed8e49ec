package vn.motcua.dossier.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.InternalStep;
import vn.motcua.catalog.RequiredDocument;
import vn.motcua.dossier.DeskView;
import vn.motcua.dossier.DocumentUpload;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.Outcome;
import vn.motcua.dossier.QueueQuery;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.dossier.SubmissionChannel;
import vn.motcua.identity.Agencies;
import vn.motcua.identity.AgencyCode;
import vn.motcua.identity.PersonalDataLog;
import vn.motcua.identity.Unit;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.web.Pages;
import vn.motcua.shared.web.TypedDates;

/**
 * The officials' dossier pages: the work list (sorted by due date, late and near-due marked), and one dossier with
 * its summary, history, control sheet, documents, printable forms and a small form for each action the caller may
 * take now. A refused action comes back to the page with the reason beside its fields; a stale version reloads the
 * dossier and says so.
 */
@Controller
class DossierPages {

    /** The printable forms by slug, with their Vietnamese names. */
    static final Map<String, String> FORMS = orderedForms();

    private final Dossiers dossiers;
    private final Catalog catalog;
    private final Agencies agencies;
    private final vn.motcua.identity.Users users;

    private final org.springframework.beans.factory.ObjectProvider<vn.motcua.dossier.DossierResultSource> results;
    private final org.springframework.beans.factory.ObjectProvider<vn.motcua.dossier.DossierNotices> notices;
    private final PersonalDataLog personalData;

    DossierPages(Dossiers dossiers, Catalog catalog, Agencies agencies, vn.motcua.identity.Users users,
            org.springframework.beans.factory.ObjectProvider<vn.motcua.dossier.DossierResultSource> results,
            org.springframework.beans.factory.ObjectProvider<vn.motcua.dossier.DossierNotices> notices,
            PersonalDataLog personalData) {
        this.results = results;
        this.notices = notices;
        this.personalData = personalData;
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.agencies = agencies;
        this.users = users;
    }

    private Names names(String agencyCode) {
        vn.motcua.identity.Agency agency = null;
        try {
            agency = agencyCode == null ? null : agencies.find(AgencyCode.parse(agencyCode)).orElse(null);
        } catch (IllegalArgumentException e) {
            // an imported dossier's agency code that identity does not know: show the recorded codes
        }
        return new Names(users, agency);
    }

    private static Map<String, String> orderedForms() {
        Map<String, String> forms = new java.util.LinkedHashMap<>();
        forms.put("receipt", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả");
        forms.put("supplement-request", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ");
        forms.put("refusal", "Phiếu từ chối tiếp nhận giải quyết hồ sơ");
        forms.put("apology-extension", "Phiếu xin lỗi và hẹn lại ngày trả kết quả");
        forms.put("stop-notice", "Thông báo dừng giải quyết hồ sơ");
        forms.put("control-sheet", "Phiếu kiểm soát quá trình giải quyết hồ sơ");
        forms.put("tracking-book", "Sổ theo dõi hồ sơ");
        return java.util.Collections.unmodifiableMap(forms);
    }

    @GetMapping("/ho-so")
    String queue(@RequestParam(required = false) String status, @RequestParam(required = false) String procedure,
            @RequestParam(required = false) String channel, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String mine,
            @RequestParam(required = false) String late, @RequestParam(required = false) String view,
            @RequestParam(defaultValue = "0") int page, Authentication user, Model model) {
        if (!PageSupport.has(user, "ROLE_DESK_OFFICER", "ROLE_SPECIALIST", "ROLE_UNIT_HEAD", "ROLE_LEADER",
                "ROLE_CONTROL_OFFICER", "ROLE_ADMINISTRATOR")) {
            return "redirect:/ho-so-cua-toi";
        }
        model.addAttribute("status", status);
        model.addAttribute("procedure", procedure);
        model.addAttribute("channel", channel);
        model.addAttribute("from", Pages.blank(from) == null ? null : from.strip());
        model.addAttribute("to", Pages.blank(to) == null ? null : to.strip());
        model.addAttribute("mine", mine != null);
        model.addAttribute("late", late);
        model.addAttribute("view", Pages.blank(view));
        model.addAttribute("deskViews", DeskView.values());
        model.addAttribute("statuses", DossierStatus.values());
        model.addAttribute("channels", SubmissionChannel.values());
        try {
            DossierStatus s = Pages.blank(status) == null ? null : DossierStatus.valueOf(status.strip());
            SubmissionChannel c = Pages.blank(channel) == null ? null : SubmissionChannel.valueOf(channel.strip());
            QueueQuery query = new QueueQuery(null, s, Pages.blank(procedure), null, mine != null,
                    "overdue".equals(late), "near".equals(late), c,
                    TypedDates.parse(from, "from", "Ngày tiếp nhận từ"), TypedDates.parse(to, "to", "Ngày tiếp nhận đến"),
                    Math.max(page, 0), 20,
                    DossierApiController.deskView(view));
            model.addAttribute("deskView", query.view());
            model.addAttribute("from", TypedDates.format(query.from()));
            model.addAttribute("to", TypedDates.format(query.to()));
            var result = dossiers.queue(query, user.getName());
            model.addAttribute("result", result);
            // the queue is the caller's agency's (as the reader chooses it: the first agency of their grants)
            model.addAttribute("names", names(users.find(user.getName()).flatMap(u -> u.roles().stream()
                    .filter(g -> g.agencyCode() != null).map(g -> g.agencyCode().value()).findFirst()).orElse(null)));
            model.addAttribute("pages", (int) ((result.total() + result.size() - 1) / result.size()));
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", "Bộ lọc không hợp lệ; hãy chọn lại trạng thái, kênh nộp.");
        } catch (ProblemException e) {
            Pages.addProblem(model, e);
        }
        return "dossier/queue";
    }

    @GetMapping("/ho-so/{code}")
    String dossier(@PathVariable String code, Authentication user, Model model) {
        if (!PageSupport.has(user, "ROLE_DESK_OFFICER", "ROLE_SPECIALIST", "ROLE_UNIT_HEAD", "ROLE_LEADER",
                "ROLE_CONTROL_OFFICER", "ROLE_ADMINISTRATOR")) {
            return "redirect:/ho-so-cua-toi/" + code;
        }
        return show(code, user, model);
    }

    @PostMapping("/ho-so/{code}/thao-tac/{slug}")
    String act(@PathVariable String code, @PathVariable String slug,
            @ModelAttribute DossierActionForms.Posted posted, Authentication user, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        DossierAction action = DossierAction.ofSlug(slug).orElseThrow(() -> ProblemException.notFound(
                "Không có thao tác \"" + slug + "\" đối với hồ sơ"));
        try {
            Dossier done = dossiers.act(code, action, posted.expectedVersion(), posted.command(action),
                    user.getName()).dossier();
            redirect.addFlashAttribute("message", "Đã thực hiện: " + action.label() + ". Trạng thái hồ sơ: "
                    + done.status().label() + ".");
            return "redirect:/ho-so/" + code;
        } catch (ProblemException e) {
            Pages.addProblem(model, e);
            response.setStatus(e.kind().status());
            model.addAttribute("failed", slug);
            model.addAttribute("posted", posted);
            if (e.kind() == ProblemException.Kind.PRECONDITION_FAILED) {
                model.addAttribute("stale", true);
            }
            return show(code, user, model);
        }
    }

    @PostMapping(path = "/ho-so/{code}/tai-lieu", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String upload(@PathVariable String code, @RequestParam(defaultValue = "INTAKE") String stage,
            @RequestParam(required = false) String document,
            @RequestParam(name = "file", required = false) List<MultipartFile> files, Authentication user,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            List<DocumentUpload> uploads = new ArrayList<>();
            for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
                if (!file.isEmpty()) {
                    uploads.add(new DocumentUpload(document, file.getOriginalFilename(), file.getInputStream()));
                }
            }
            var added = dossiers.addDocuments(code, stage, uploads, user.getName());
            redirect.addFlashAttribute("message", "Đã tải lên " + added.size() + " tệp.");
            return "redirect:/ho-so/" + code + "#documents";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ProblemException e) {
            Pages.addProblem(model, e);
            response.setStatus(e.kind().status());
            model.addAttribute("failed", "upload");
            return show(code, user, model);
        }
    }

    @GetMapping("/ho-so/{code}/tai-lieu/{id}")
    ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable long id, Authentication user) {
        DossierDocument document = dossiers.documents(code, user.getName()).stream().filter(d -> d.id() == id)
                .findFirst().orElseThrow(() -> ProblemException.notFound("Hồ sơ không có tài liệu số " + id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(dossiers.document(code, id, user.getName()));
    }

    @SuppressWarnings("unchecked")
    private String show(String code, Authentication user, Model model) {
        String actor = user.getName();
        Dossier d = dossiers.get(code, actor);
        PersonalDataReads.shown(personalData, d, actor, "PAGE");
        List<DossierEvent> history = dossiers.history(code, actor);
        model.addAttribute("d", d);
        model.addAttribute("history", history);
        model.addAttribute("sheet", dossiers.controlSheet(code, actor));
        model.addAttribute("documents", dossiers.documents(code, actor));
        var actions = DossierActionForms.of(dossiers.availableActions(code, actor));
        model.addAttribute("actions", actions);
        if (!model.containsAttribute("failed") || "upload".equals(model.getAttribute("failed"))
                || Boolean.TRUE.equals(model.getAttribute("stale"))) {
            model.addAttribute("open", actions.isEmpty() ? null : actions.get(0).slug());
        } else {
            model.addAttribute("open", model.getAttribute("failed"));
        }
        model.addAttribute("units", agencies.find(AgencyCode.parse(d.agencyCode())).map(a -> a.units())
                .orElse(List.<Unit>of()));
        model.addAttribute("names", names(d.agencyCode()));
        if (actions.stream().anyMatch(a -> a.slug().equals(DossierAction.TRANSFER.slug()))) {
            model.addAttribute("proposedUnit", dossiers.proposedTransferUnit(code, actor).orElse(null));
        }
        var version = catalog.version(d.agencyCode(), d.procedureCode(), d.procedureVersion());
        model.addAttribute("components", version.content().documents().stream().map(RequiredDocument::name)
                .toList());
        model.addAttribute("branches", catalog.internalProcedure(d.agencyCode(), d.procedureCode(),
                d.procedureVersion()).map(p -> p.steps().stream().map(InternalStep::branch)
                        .filter(java.util.Objects::nonNull).distinct().toList()).orElse(List.of()));
        model.addAttribute("forms", forms(d, history));
        model.addAttribute("formNames", FORMS);
        // the electronic results, kept by the result module (its pages take the uploads and signatures)
        var source = results.getIfAvailable();
        model.addAttribute("results", source == null ? null : source.describe(d.code()));
        model.addAttribute("digitization", source == null ? null
                : source.digitization(d, (List<DossierDocument>) model.getAttribute("documents")));
        model.addAttribute("statedResults", version.content().results());
        // the messages sent to the applicant, kept by the notification module
        var sent = notices.getIfAvailable();
        model.addAttribute("notices", sent == null ? null : sent.describe(d.code()));
        model.addAttribute("canRecordResults", d.status().isBeingProcessed()
                || d.status() == vn.motcua.dossier.DossierStatus.RESOLVED);
        model.addAttribute("canSign", PageSupport.has(user, "ROLE_LEADER"));
        model.addAttribute("canPrintResults", java.util.stream.Stream.of("ROLE_DESK_OFFICER", "ROLE_SPECIALIST",
                "ROLE_UNIT_HEAD", "ROLE_LEADER").anyMatch(role -> PageSupport.has(user, role)));
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("deliveries", ResultDelivery.values());
        return "dossier/dossier";
    }

    /** The forms issued with the dossier's actions, then the control sheet and the tracking book once received. */
    @SuppressWarnings("unchecked")
    static List<String> forms(Dossier d, List<DossierEvent> history) {
        Set<String> issued = new LinkedHashSet<>();
        for (DossierEvent event : history) {
            Object forms = event.data() == null ? null : event.data().get("forms");
            if (forms instanceof List<?> list) {
                list.forEach(f -> issued.add(String.valueOf(f)));
            }
        }
        if (d.receivedAt() != null) {
            issued.add("control-sheet");
            issued.add("tracking-book");
        }
        return FORMS.keySet().stream().filter(issued::contains).toList();
    }
}

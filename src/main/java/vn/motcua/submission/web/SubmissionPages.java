package vn.motcua.submission.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.catalog.RequiredDocument;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.DocumentUpload;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.ActionCommand;
import vn.motcua.dossier.DossierAction;
import vn.motcua.submission.DossierDraft;
import vn.motcua.submission.DossierDrafts;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.NoticeChannel;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.dossier.SubmittedDossier;
import vn.motcua.identity.NationalIdentities;
import vn.motcua.identity.NationalIdentity;
import vn.motcua.result.Results;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.web.Pages;
import vn.motcua.shared.web.VietnamTime;

/**
 * Online submission by the applicant (nộp hồ sơ trực tuyến): the form of a procedure that takes online dossiers,
 * drafts saved with their files and resumed later, the submission (registered online, waiting for the desk's check)
 * and the applicant's own list. The drafts themselves are {@link DossierDrafts}'; this class turns the posted form
 * into their calls and their refusals into messages beside the fields.
 */
@Controller
class SubmissionPages {

    /** The posted fields (files come as {@code file-0}, {@code file-1}, … by component). */
    record SubmissionForm(Long draftId, String formToken, String agency, String procedure, String applicantType,
            String applicantName, String applicantIdNumber, String applicantPhone, String applicantEmail,
            String applicantAddress, String resultDelivery, String command, String noticesShown,
            List<String> notices) {

        /** The channels ticked under "Nhận thông báo", or null when the form did not show them. */
        java.util.Set<NoticeChannel> noticeChannels() {
            return noticesShown == null ? null : (notices == null ? List.<String>of() : notices).stream()
                    .map(n -> vn.motcua.shared.web.Enums.parse(NoticeChannel.class, n, "notices"))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        }

        DossierDraft.ApplicantFields fields() {
            return new DossierDraft.ApplicantFields(applicantType, applicantName, applicantIdNumber, applicantPhone,
                    applicantEmail, applicantAddress);
        }
    }

    /** One upload of the form: a component of the procedure (its form template and copies where published). */
    record Component(int index, String name, boolean mandatory, String condition, String template, String copies,
            DossierDraft.DraftFile file) {}

    /** A submitted dossier in the applicant's list; its status and due date are absent when it cannot be read. */
    record Submitted(String code, String procedureName, Instant submittedAt, DossierStatus status, Instant dueAt) {}

    /** How many of their dossiers the applicant's list shows. */
    private static final int LIST_LIMIT = 200;
    private static final Pattern FILE_FIELD = Pattern.compile("file-(\\d{1,3})");
    private static final Pattern REUSE_FIELD = Pattern.compile("reuse-(\\d{1,3})");

    private final DossierDrafts drafts;
    private final Dossiers dossiers;
    private final Catalog catalog;
    private final NationalIdentities identities;
    private final Results results;

    SubmissionPages(DossierDrafts drafts, Dossiers dossiers, Catalog catalog, NationalIdentities identities,
            Results results) {
        this.results = results;
        this.drafts = drafts;
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.identities = identities;
    }

    @GetMapping("/nop-ho-so/{agency}/{code}")
    String newForm(@PathVariable String agency, @PathVariable String code,
            @RequestParam(name = "dungLai", required = false) Long reuse, Authentication user, Model model) {
        DossierDraft blank = reuse == null ? drafts.blank(agency, code, user.getName())
                : drafts.reuse(agency, code, reuse, user.getName());
        return show(blank, procedureOf(blank), UUID.randomUUID().toString(), model);
    }

    @GetMapping("/nop-ho-so/ban-nhap/{id}")
    String draft(@PathVariable long id, Authentication user, Model model) {
        DossierDraft draft = drafts.get(id, user.getName());
        if (draft.submitted()) {
            return "redirect:/ho-so-cua-toi/" + draft.dossierCode();
        }
        return show(draft, procedureOf(draft), null, model);
    }

    @PostMapping(path = "/nop-ho-so", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String save(@ModelAttribute SubmissionForm form, MultipartHttpServletRequest request, Authentication user,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        String username = user.getName();
        List<DocumentUpload> uploads = uploads(request);
        DossierDraft saved;
        try {
            DossierDrafts.DraftChanges changes = new DossierDrafts.DraftChanges(form.fields(), form.resultDelivery(),
                    uploads, reusedResults(request));
            saved = form.draftId() != null ? drafts.save(form.draftId(), changes, username)
                    : drafts.start(form.agency(), form.procedure(), form.formToken(), changes, username);
        } finally {
            uploads.forEach(SubmissionPages::close);
        }
        if (saved.submitted()) {
            return "redirect:/ho-so-cua-toi/" + saved.dossierCode();
        }
        if (!"submit".equals(form.command())) {
            redirect.addFlashAttribute("message", "Đã lưu nháp lúc " + new VietnamTime()
                    .dateTime(saved.updatedAt()) + ". Bạn có thể tiếp tục từ mục \"Hồ sơ của tôi\".");
            return "redirect:/nop-ho-so/ban-nhap/" + saved.id();
        }
        try {
            String code = drafts.submit(saved.id(), username, form.noticeChannels()).dossierCode();
            redirect.addFlashAttribute("message", "Đã nộp hồ sơ thành công. Hồ sơ đang chờ Bộ phận Một cửa kiểm tra "
                    + "và tiếp nhận.");
            return "redirect:/ho-so-cua-toi/" + code;
        } catch (ProblemException e) {
            Pages.addProblem(model, e);
            response.setStatus(e.kind().status());
            DossierDraft draft = drafts.get(saved.id(), username);
            return show(draft, procedureOf(draft), null, model);
        }
    }

    /**
     * The applicant's drafts, and the dossiers they submitted: through the API as well as through drafts, with a
     * submitted draft whose dossier does not name them as applicant (an official submitting online) kept too.
     */
    @GetMapping("/ho-so-cua-toi")
    String mine(Authentication user, Model model) {
        List<DossierDraft> all = drafts.mine(user.getName());
        model.addAttribute("drafts", all.stream().filter(d -> !d.submitted()).toList());
        Map<String, Submitted> submitted = new LinkedHashMap<>();
        for (SubmittedDossier d : dossiers.submittedBy(user.getName(), LIST_LIMIT)) {
            submitted.put(d.code(), new Submitted(d.code(), d.procedureName(), d.submittedAt(), d.status(),
                    d.dueAt()));
        }
        for (DossierDraft draft : all) {
            if (draft.submitted() && !submitted.containsKey(draft.dossierCode())) {
                Dossier dossier;
                try {
                    dossier = dossiers.get(draft.dossierCode(), user.getName());
                } catch (ProblemException e) {
                    dossier = null;
                }
                submitted.put(draft.dossierCode(), new Submitted(draft.dossierCode(), draft.procedureName(),
                        draft.submittedAt(), dossier == null ? null : dossier.status(),
                        dossier == null ? null : dossier.dueAt()));
            }
        }
        model.addAttribute("submitted", submitted.values().stream().sorted(Comparator.comparing(Submitted::submittedAt,
                Comparator.nullsLast(Comparator.reverseOrder()))).limit(LIST_LIMIT).toList());
        return "dossier/mine";
    }

    @GetMapping("/ho-so-cua-toi/{code}")
    String myDossier(@PathVariable String code, Authentication user, Model model) {
        Dossier d = dossiers.get(code, user.getName());
        model.addAttribute("d", d);
        model.addAttribute("tracking", dossiers.lookup(d.code(), d.lookupSecret()));
        model.addAttribute("documents", dossiers.documents(code, user.getName()));
        model.addAttribute("waiting", d.status() == DossierStatus.SUBMITTED);
        model.addAttribute("request", dossiers.history(code, user.getName()).stream()
                .filter(e -> e.type().equals("request-completion") || e.type().equals("request-supplement"))
                .reduce((first, second) -> second).orElse(null));
        model.addAttribute("canUpload", d.status() == DossierStatus.SUBMITTED
                || d.status() == DossierStatus.INTAKE_SUPPLEMENT || d.status() == DossierStatus.SUPPLEMENT_REQUESTED);
        model.addAttribute("components", componentNames(catalog.version(d.agencyCode(), d.procedureCode(),
                d.procedureVersion())));
        model.addAttribute("actions", dossiers.availableActions(code, user.getName()).stream()
                .filter(a -> a == DossierAction.RESUBMIT || a == DossierAction.WITHDRAW).toList());
        return "dossier/my-dossier";
    }

    /** The applicant's own actions: resubmit the completed dossier, ask to withdraw it (with a reason). */
    @PostMapping("/ho-so-cua-toi/{code}/thao-tac/{slug}")
    String act(@PathVariable String code, @PathVariable String slug, @RequestParam int version,
            @RequestParam(required = false) String reason, Authentication user, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        DossierAction action = DossierAction.ofSlug(slug).filter(a -> a == DossierAction.RESUBMIT
                || a == DossierAction.WITHDRAW).orElseThrow(() -> ProblemException.notFound(
                        "Không có thao tác \"" + slug + "\" dành cho người nộp hồ sơ"));
        try {
            Dossier done = dossiers.act(code, action, version, () -> action == DossierAction.RESUBMIT
                    ? new ActionCommand.Resubmit(reason) : new ActionCommand.Withdraw(reason), user.getName()).dossier();
            redirect.addFlashAttribute("message", "Đã gửi: " + action.label() + ". Trạng thái hồ sơ: "
                    + done.status().label() + ".");
            return "redirect:/ho-so-cua-toi/" + code;
        } catch (ProblemException e) {
            Pages.addProblem(model, e);
            response.setStatus(e.kind().status());
            return myDossier(code, user, model);
        }
    }

    /** The applicant adds files while the dossier waits at the desk or a supplement is asked for. */
    @PostMapping(path = "/ho-so-cua-toi/{code}/tai-lieu", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String upload(@PathVariable String code, @RequestParam(required = false) String document,
            @RequestParam(name = "file", required = false) List<MultipartFile> files, Authentication user,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            Dossier d = dossiers.get(code, user.getName());
            List<DocumentUpload> uploads = new ArrayList<>();
            for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
                if (!file.isEmpty()) {
                    uploads.add(new DocumentUpload(document, file.getOriginalFilename(), file.getInputStream()));
                }
            }
            String stage = d.status() == DossierStatus.SUBMITTED ? "INTAKE" : "SUPPLEMENT";
            var added = dossiers.addDocuments(code, stage, uploads, user.getName());
            redirect.addFlashAttribute("message", "Đã tải lên " + added.size() + " tệp.");
            return "redirect:/ho-so-cua-toi/" + code;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ProblemException e) {
            Pages.addProblem(model, e);
            response.setStatus(e.kind().status());
            return myDossier(code, user, model);
        }
    }

    private String show(DossierDraft draft, ProcedureVersion procedure, String formToken, Model model) {
        List<Component> components = new ArrayList<>();
        List<RequiredDocument> documents = procedure.content().documents();
        if (documents.isEmpty()) {
            components.add(new Component(0, DossierDrafts.ATTACHMENT, false, null, null, null,
                    draft.fileFor(DossierDrafts.ATTACHMENT).orElse(null)));
        }
        for (int i = 0; i < documents.size(); i++) {
            RequiredDocument document = documents.get(i);
            components.add(new Component(i, document.name(), document.required(), document.condition(),
                    document.templateName(), document.copiesText(), draft.fileFor(document.name()).orElse(null)));
        }
        model.addAttribute("draft", draft);
        model.addAttribute("procedure", procedure);
        model.addAttribute("components", components);
        model.addAttribute("formToken", formToken);
        model.addAttribute("types", Applicant.Type.values());
        String username = draft.username();
        model.addAttribute("provided", drafts.providedFields(username));
        NationalIdentity identity = identities.of(username).orElse(null);
        model.addAttribute("identity", identity);
        model.addAttribute("identityProviderName", identity == null ? null
                : "dvcqg".equals(identity.provider()) ? "Cổng Dịch vụ công quốc gia" : "VNeID");
        model.addAttribute("assuranceRefusal", drafts.assuranceRefusal(draft.agencyCode(), draft.procedureCode()));
        model.addAttribute("earlier", drafts.mine(username).stream().filter(d -> d.id() != draft.id()
                && d.applicant().name() != null).limit(5).toList());
        model.addAttribute("deliveries", ResultDelivery.values());
        model.addAttribute("stored", results.ofApplicant(username));
        return "dossier/submit";
    }

    private ProcedureVersion procedureOf(DossierDraft draft) {
        return catalog.current(draft.agencyCode(), draft.procedureCode());
    }

    private static List<String> componentNames(ProcedureVersion procedure) {
        List<String> names = procedure.content().documents().stream().map(RequiredDocument::name).toList();
        return names.isEmpty() ? List.of(DossierDrafts.ATTACHMENT) : names;
    }

    /**
     * The results of the store chosen instead of a file ({@code reuse-<index>} = result code, skipping "none"), by the
     * component's number.
     */
    private static Map<String, String> reusedResults(MultipartHttpServletRequest request) {
        Map<String, String> reused = new LinkedHashMap<>();
        request.getParameterMap().forEach((field, values) -> {
            Matcher index = REUSE_FIELD.matcher(field);
            if (index.matches() && values.length > 0 && !values[0].isBlank()) {
                reused.put(String.valueOf(Integer.parseInt(index.group(1)) + 1), values[0].strip());
            }
        });
        return reused;
    }

    /** The posted files ({@code file-<index>}, skipping empty ones), each naming its component by number. */
    private static List<DocumentUpload> uploads(MultipartHttpServletRequest request) {
        Map<Integer, MultipartFile> byIndex = new TreeMap<>();
        request.getFileMap().forEach((field, file) -> {
            Matcher index = FILE_FIELD.matcher(field);
            if (index.matches() && !file.isEmpty()) {
                byIndex.put(Integer.parseInt(index.group(1)), file);
            }
        });
        List<DocumentUpload> uploads = new ArrayList<>();
        try {
            for (var entry : byIndex.entrySet()) {
                uploads.add(new DocumentUpload(String.valueOf(entry.getKey() + 1),
                        entry.getValue().getOriginalFilename(), entry.getValue().getInputStream()));
            }
        } catch (IOException e) {
            uploads.forEach(SubmissionPages::close);
            throw new UncheckedIOException(e);
        }
        return uploads;
    }

    private static void close(DocumentUpload upload) {
        try {
            upload.content().close();
        } catch (IOException ignored) {
            // nothing more to read from it
        }
    }
}

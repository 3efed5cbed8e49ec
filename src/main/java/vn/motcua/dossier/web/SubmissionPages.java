package vn.motcua.dossier.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
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
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.ProcedureStatus;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.catalog.RequiredDocument;
import vn.motcua.dossier.ActionRequest;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.DocumentUpload;
import vn.motcua.dossier.NewDossier;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.dossier.SubmissionChannel;
import vn.motcua.identity.UserAccount;
import vn.motcua.identity.Users;
import vn.motcua.platform.FileStorage;
import vn.motcua.shared.ProblemException;

/**
 * Online submission by the applicant (nộp hồ sơ trực tuyến): the form of a procedure that takes online dossiers,
 * drafts saved with their files and resumed later, the submission (registered online, waiting for the desk's check)
 * and the applicant's own list. A draft is submitted once: its id is the idempotency key of the registration, and
 * the draft row is locked while it is submitted, so a double click registers one dossier.
 */
@Controller
class SubmissionPages {

    /** The component name used when the procedure publishes no list of components. */
    static final String ATTACHMENT = "Tài liệu kèm theo";

    /** The posted fields (files come as {@code file-0}, {@code file-1}, … by component). */
    record SubmissionForm(Long draftId, String formToken, String agency, String procedure, String applicantType,
            String applicantName, String applicantIdNumber, String applicantPhone, String applicantEmail,
            String applicantAddress, String resultDelivery, String command) {

        Draft.Fields fields() {
            return new Draft.Fields(PageSupport.blank(applicantType) == null ? "CITIZEN" : applicantType.strip(),
                    PageSupport.blank(applicantName), PageSupport.blank(applicantIdNumber),
                    PageSupport.blank(applicantPhone), PageSupport.blank(applicantEmail),
                    PageSupport.blank(applicantAddress));
        }
    }

    /** One component of the dossier on the form, with the file already uploaded for it, if any. */
    record Component(int index, String name, boolean mandatory, String condition, Draft.File file) {}

    /** A submitted dossier in the applicant's list, with its status now. */
    record Submitted(Draft draft, Dossier dossier) {}

    private final Dossiers dossiers;
    private final Catalog catalog;
    private final Users users;
    private final FileStorage storage;
    private final DraftRepository drafts;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SubmissionPages(Dossiers dossiers, Catalog catalog, Users users, FileStorage storage, DraftRepository drafts,
            TransactionTemplate transactions, Clock clock) {
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.users = users;
        this.storage = storage;
        this.drafts = drafts;
        this.transactions = transactions;
        this.clock = clock;
    }

    @GetMapping("/nop-ho-so/{agency}/{code}")
    String newForm(@PathVariable String agency, @PathVariable String code, Authentication user, Model model) {
        ProcedureVersion procedure = onlineProcedure(agency, code);
        String fullName = users.find(user.getName()).map(UserAccount::fullName).orElse(null);
        Draft blank = new Draft(0, user.getName(), procedure.agency(), procedure.code(), procedure.name(),
                new Draft.Fields("CITIZEN", fullName, null, null, null, null), ResultDelivery.ONLINE.name(),
                List.of(), null, null, null, null);
        return show(blank, procedure, UUID.randomUUID().toString(), model);
    }

    @GetMapping("/nop-ho-so/ban-nhap/{id}")
    String draft(@PathVariable long id, Authentication user, Model model) {
        Draft draft = drafts.find(id, user.getName()).orElseThrow(SubmissionPages::draftNotFound);
        if (draft.submitted()) {
            return "redirect:/ho-so-cua-toi/" + draft.dossierCode();
        }
        return show(draft, catalog.current(draft.agencyCode(), draft.procedureCode()), null, model);
    }

    @PostMapping(path = "/nop-ho-so", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String save(@ModelAttribute SubmissionForm form, MultipartHttpServletRequest request, Authentication user,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        String username = user.getName();
        Draft existing = form.draftId() == null ? null
                : drafts.find(form.draftId(), username).orElseThrow(SubmissionPages::draftNotFound);
        ProcedureVersion procedure = existing != null
                ? catalog.current(existing.agencyCode(), existing.procedureCode())
                : onlineProcedure(form.agency(), form.procedure());
        List<String> components = componentNames(procedure);
        List<Draft.File> uploaded = storeFiles(request, components);

        Draft saved = transactions.execute(status -> {
            Draft draft = existing != null ? drafts.lock(existing.id(), username).orElseThrow()
                    : drafts.createOrLock(username, requireToken(form.formToken()), procedure.agency(),
                            procedure.code(), procedure.name(), clock.instant());
            if (draft.submitted()) {
                return draft;
            }
            List<Draft.File> files = new ArrayList<>(draft.files());
            for (Draft.File file : uploaded) {
                files.removeIf(f -> f.document().equals(file.document()));
                files.add(file);
            }
            drafts.update(draft.id(), form.fields(), PageSupport.blank(form.resultDelivery()), files, clock.instant());
            return drafts.find(draft.id(), username).orElseThrow();
        });
        if (saved.submitted()) {
            return "redirect:/ho-so-cua-toi/" + saved.dossierCode();
        }
        if (!"submit".equals(form.command())) {
            redirect.addFlashAttribute("message", "Đã lưu nháp lúc " + new PageSupport.VietnamTime()
                    .dateTime(saved.updatedAt()) + ". Bạn có thể tiếp tục từ mục \"Hồ sơ của tôi\".");
            return "redirect:/nop-ho-so/ban-nhap/" + saved.id();
        }
        try {
            String code = submit(saved.id(), username, procedure);
            redirect.addFlashAttribute("message", "Đã nộp hồ sơ thành công. Hồ sơ đang chờ Bộ phận Một cửa kiểm tra "
                    + "và tiếp nhận.");
            return "redirect:/ho-so-cua-toi/" + code;
        } catch (ProblemException e) {
            PageSupport.addProblem(model, e);
            response.setStatus(e.kind().status());
            return show(drafts.find(saved.id(), username).orElseThrow(), procedure, null, model);
        }
    }

    /** Registers the draft as an online dossier with its files, once; returns the dossier code. */
    private String submit(long draftId, String username, ProcedureVersion procedure) {
        return transactions.execute(status -> {
            Draft draft = drafts.lock(draftId, username).orElseThrow(SubmissionPages::draftNotFound);
            if (draft.submitted()) {
                return draft.dossierCode();
            }
            Applicant applicant = checkComplete(draft, procedure);
            Dossier dossier = dossiers.register(new NewDossier(draft.agencyCode(), draft.procedureCode(),
                    SubmissionChannel.ONLINE, IntakePages.parseDelivery(draft.resultDelivery()), applicant, false,
                    "draft-" + draft.id()), username).dossier();
            List<DocumentUpload> uploads = new ArrayList<>();
            List<String> components = componentNames(procedure);
            for (Draft.File file : draft.files()) {
                InputStream content = storage.open(file.key()).orElseThrow(() -> ProblemException.invalidField(
                        "file-" + components.indexOf(file.document()), "Tệp \"" + file.fileName()
                                + "\" không còn trên hệ thống; hãy tải lên lại."));
                uploads.add(new DocumentUpload(file.document(), file.fileName(), content));
            }
            try {
                dossiers.addDocuments(dossier.code(), "INTAKE", uploads, username);
            } finally {
                for (DocumentUpload upload : uploads) {
                    try {
                        upload.content().close();
                    } catch (IOException ignored) {
                        // read to the end already
                    }
                }
            }
            drafts.markSubmitted(draft.id(), dossier.code(), clock.instant());
            return dossier.code();
        });
    }

    /** Every gap at once: mandatory components without a file, and the applicant's fields. */
    private static Applicant checkComplete(Draft draft, ProcedureVersion procedure) {
        List<ProblemException.FieldProblem> problems = new ArrayList<>();
        List<RequiredDocument> documents = procedure.content().documents();
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i).mandatory() && draft.fileFor(documents.get(i).name()).isEmpty()) {
                problems.add(new ProblemException.FieldProblem("file-" + i,
                        "Thành phần bắt buộc: hãy đính kèm tệp \"" + documents.get(i).name() + "\""));
            }
        }
        if (draft.files().isEmpty() && problems.isEmpty()) {
            problems.add(new ProblemException.FieldProblem("file-0", "Hãy đính kèm ít nhất một tệp hồ sơ"));
        }
        Applicant applicant = null;
        Draft.Fields f = draft.applicant();
        try {
            applicant = new Applicant("ORGANIZATION".equals(f.type()) ? Applicant.Type.ORGANIZATION
                    : Applicant.Type.CITIZEN, f.name(), f.idNumber(), f.phone(), f.email(), f.address());
        } catch (ProblemException e) {
            problems.addAll(e.fields());
        }
        if (f.phone() == null && f.email() == null) {
            problems.add(new ProblemException.FieldProblem("applicant.phone",
                    "Hãy nhập số điện thoại hoặc thư điện tử để nhận thông báo về hồ sơ"));
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(ProblemException.Kind.INVALID, "Hồ sơ chưa đủ để nộp: "
                    + String.join("; ", problems.stream().map(ProblemException.FieldProblem::message).toList())
                    + ".", problems);
        }
        return applicant;
    }

    @GetMapping("/ho-so-cua-toi")
    String mine(Authentication user, Model model) {
        List<Draft> all = drafts.ofOwner(user.getName());
        model.addAttribute("drafts", all.stream().filter(d -> !d.submitted()).toList());
        List<Submitted> submitted = new ArrayList<>();
        for (Draft draft : all) {
            if (draft.submitted()) {
                Dossier dossier;
                try {
                    dossier = dossiers.get(draft.dossierCode(), user.getName());
                } catch (ProblemException e) {
                    dossier = null;
                }
                submitted.add(new Submitted(draft, dossier));
            }
        }
        model.addAttribute("submitted", submitted);
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
            Dossier done = dossiers.act(code, action, ActionRequest.of(version).withReason(reason), user.getName());
            redirect.addFlashAttribute("message", "Đã gửi: " + action.label() + ". Trạng thái hồ sơ: "
                    + done.status().label() + ".");
            return "redirect:/ho-so-cua-toi/" + code;
        } catch (ProblemException e) {
            PageSupport.addProblem(model, e);
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
            PageSupport.addProblem(model, e);
            response.setStatus(e.kind().status());
            return myDossier(code, user, model);
        }
    }

    private String show(Draft draft, ProcedureVersion procedure, String formToken, Model model) {
        List<Component> components = new ArrayList<>();
        List<RequiredDocument> documents = procedure.content().documents();
        if (documents.isEmpty()) {
            components.add(new Component(0, ATTACHMENT, false, null, draft.fileFor(ATTACHMENT).orElse(null)));
        }
        for (int i = 0; i < documents.size(); i++) {
            RequiredDocument document = documents.get(i);
            components.add(new Component(i, document.name(), document.mandatory(), document.condition(),
                    draft.fileFor(document.name()).orElse(null)));
        }
        model.addAttribute("draft", draft);
        model.addAttribute("procedure", procedure);
        model.addAttribute("components", components);
        model.addAttribute("formToken", formToken);
        model.addAttribute("types", Applicant.Type.values());
        model.addAttribute("deliveries", ResultDelivery.values());
        return "dossier/submit";
    }

    /** The procedure in force, if it takes online dossiers (online level FULL or PARTIAL). */
    private ProcedureVersion onlineProcedure(String agency, String code) {
        if (PageSupport.blank(agency) == null || PageSupport.blank(code) == null) {
            throw ProblemException.notFound("Không rõ thủ tục để nộp hồ sơ.");
        }
        ProcedureVersion procedure = catalog.current(agency.strip(), code.strip());
        OnlineLevel level = procedure.content().onlineLevel();
        if (procedure.status() != ProcedureStatus.ACTIVE || level != OnlineLevel.FULL && level != OnlineLevel.PARTIAL) {
            throw ProblemException.conflict("Thủ tục \"" + procedure.name() + "\" không nhận hồ sơ trực tuyến; hãy nộp "
                    + "trực tiếp tại Bộ phận Một cửa hoặc qua bưu chính công ích.");
        }
        return procedure;
    }

    private static List<String> componentNames(ProcedureVersion procedure) {
        List<String> names = procedure.content().documents().stream().map(RequiredDocument::name).toList();
        return names.isEmpty() ? List.of(ATTACHMENT) : names;
    }

    /** Stores the posted files ({@code file-<index>}) and returns them by component. */
    private List<Draft.File> storeFiles(MultipartHttpServletRequest request, List<String> components) {
        List<Draft.File> stored = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            MultipartFile file = request.getFile("file-" + i);
            if (file == null || file.isEmpty()) {
                continue;
            }
            try (InputStream in = file.getInputStream()) {
                FileStorage.StoredFile saved = storage.store(in);
                String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "tai-lieu"
                        : file.getOriginalFilename();
                stored.add(new Draft.File(components.get(i), name, saved.key(), saved.size()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stored;
    }

    private static String requireToken(String token) {
        if (PageSupport.blank(token) == null || token.length() > 100) {
            throw ProblemException.invalidField("formToken", "Biểu mẫu không hợp lệ; hãy mở lại trang nộp hồ sơ.");
        }
        return token.strip();
    }

    private static ProblemException draftNotFound() {
        return ProblemException.notFound("Không tìm thấy bản nháp hồ sơ này (hoặc bản nháp không phải của bạn).");
    }
}

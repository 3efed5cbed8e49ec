package vn.motcua.submission.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.ProcedureStatus;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.catalog.RequiredDocument;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.DocumentUpload;
import vn.motcua.dossier.Dossier;
import vn.motcua.submission.DossierDraft;
import vn.motcua.submission.DossierDrafts;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.NewDossier;
import vn.motcua.dossier.NoticeChannel;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.dossier.SubmissionChannel;
import vn.motcua.identity.NationalIdentities;
import vn.motcua.identity.NationalIdentity;
import vn.motcua.identity.UserAccount;
import vn.motcua.identity.Users;
import vn.motcua.platform.FileStorage;
import vn.motcua.result.Digitizations;
import vn.motcua.result.DossierResult;
import vn.motcua.result.Results;
import vn.motcua.shared.ProblemException;

/**
 * Drafts of online dossiers. Uploaded files go to the file storage before the draft's transaction (the storage is
 * content-addressed, so a retried save stores nothing twice); the draft row is locked while it is saved or submitted.
 * The draft's id is the idempotency key of the registration ({@code draft-<id>}), so a double click registers one
 * dossier.
 */
@Service
class DraftService implements DossierDrafts {

    private final DraftRepository drafts;
    private final Dossiers dossiers;
    private final Catalog catalog;
    private final Users users;
    private final NationalIdentities identities;
    private final FileStorage storage;
    private final Results results;
    private final Digitizations digitizations;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DraftService(DraftRepository drafts, Dossiers dossiers, Catalog catalog, Users users, NationalIdentities identities,
            FileStorage storage, Results results, Digitizations digitizations, TransactionTemplate transactions,
            Clock clock) {
        this.results = results;
        this.digitizations = digitizations;
        this.drafts = drafts;
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.users = users;
        this.identities = identities;
        this.storage = storage;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public DossierDraft blank(String agencyCode, String procedureCode, String applicant) {
        ProcedureVersion procedure = onlineProcedure(agencyCode, procedureCode);
        String fullName = users.find(applicant).map(UserAccount::fullName).orElse(null);
        return new DossierDraft(0, applicant, procedure.agency(), procedure.code(), procedure.name(),
                provided(new DossierDraft.ApplicantFields("CITIZEN", fullName, null, null, null, null), applicant),
                ResultDelivery.ONLINE.name(), List.of(), null, null, null, null);
    }

    @Override
    public DossierDraft reuse(String agencyCode, String procedureCode, long reuseDraftId, String applicant) {
        DossierDraft blank = blank(agencyCode, procedureCode, applicant);
        DossierDraft earlier = get(reuseDraftId, applicant);
        return new DossierDraft(0, applicant, blank.agencyCode(), blank.procedureCode(), blank.procedureName(),
                provided(earlier.applicant(), applicant), earlier.resultDelivery() == null ? blank.resultDelivery()
                        : earlier.resultDelivery(), List.of(), null, null, null, null);
    }

    @Override
    public Set<String> providedFields(String applicant) {
        return identities.of(applicant).map(DraftService::providedFields).orElse(Set.of());
    }

    private static Set<String> providedFields(NationalIdentity identity) {
        Set<String> fields = new LinkedHashSet<>(List.of("applicantType", "applicantName", "applicantIdNumber"));
        DossierDraft.ApplicantFields values = fieldsOf(identity);
        if (values.address() != null) {
            fields.add("applicantAddress");
        }
        if (values.phone() != null) {
            fields.add("applicantPhone");
        }
        if (values.email() != null) {
            fields.add("applicantEmail");
        }
        return fields;
    }

    /** The applicant as their identity names them: the person, or the organisation they represent. */
    private static DossierDraft.ApplicantFields fieldsOf(NationalIdentity identity) {
        return identity.representsOrganisation()
                ? new DossierDraft.ApplicantFields("ORGANIZATION", identity.enterpriseName() == null
                        ? identity.fullName() : identity.enterpriseName(), identity.enterpriseCode(), identity.phone(),
                        identity.email(), identity.enterpriseAddress() == null ? identity.address()
                                : identity.enterpriseAddress())
                : new DossierDraft.ApplicantFields("CITIZEN", identity.fullName(), identity.idNumber(),
                        identity.phone(), identity.email(), identity.address());
    }

    /** The typed fields with those the applicant's national identity provides put in their place. */
    private DossierDraft.ApplicantFields provided(DossierDraft.ApplicantFields typed, String applicant) {
        return identities.of(applicant).map(identity -> {
            DossierDraft.ApplicantFields from = fieldsOf(identity);
            return new DossierDraft.ApplicantFields(from.type(), from.name(), from.idNumber(),
                    from.phone() != null ? from.phone() : typed.phone(),
                    from.email() != null ? from.email() : typed.email(),
                    from.address() != null ? from.address() : typed.address());
        }).orElse(typed);
    }

    @Override
    public String assuranceRefusal(String agencyCode, String procedureCode) {
        int required = catalog.minimumAssuranceLevel(agencyCode, procedureCode);
        if (required == 0) {
            return null;
        }
        Optional<NationalIdentities.SignIn> signIn = identities.currentSignIn();
        if (signIn.isPresent() && signIn.get().assuranceLevel() >= required) {
            return null;
        }
        String now = signIn.map(s -> "Bạn đang đăng nhập bằng tài khoản định danh điện tử mức " + s.assuranceLevel()
                + "; hãy nâng cấp lên mức " + required + " trên ứng dụng VNeID rồi đăng nhập lại")
                .orElse("Hãy đăng xuất rồi đăng nhập bằng tài khoản định danh điện tử (VNeID) mức " + required);
        return "Thủ tục này chỉ nhận hồ sơ trực tuyến của người đăng nhập bằng tài khoản định danh điện tử mức "
                + required + " trở lên. " + now + ", hoặc nộp hồ sơ trực tiếp tại Bộ phận Một cửa.";
    }

    @Override
    public DossierDraft start(String agencyCode, String procedureCode, String formToken, DraftChanges changes,
            String applicant) {
        ProcedureVersion procedure = onlineProcedure(agencyCode, procedureCode);
        String token = requireToken(formToken);
        List<DossierDraft.DraftFile> uploaded = store(changes, components(procedure), applicant);
        return transactions.execute(status -> saveInto(drafts.createOrLock(applicant, token, procedure.agency(),
                procedure.code(), procedure.name(), clock.instant()), changes, uploaded));
    }

    @Override
    public DossierDraft save(long draftId, DraftChanges changes, String applicant) {
        DossierDraft existing = get(draftId, applicant);
        ProcedureVersion procedure = catalog.current(existing.agencyCode(), existing.procedureCode());
        List<DossierDraft.DraftFile> uploaded = store(changes, components(procedure), applicant);
        return transactions.execute(status -> saveInto(drafts.lock(draftId, applicant)
                .orElseThrow(DraftService::notFound), changes, uploaded));
    }

    /** Writes the fields and merges the files into the locked draft, unless it has been submitted meanwhile. */
    private DossierDraft saveInto(DossierDraft draft, DraftChanges changes, List<DossierDraft.DraftFile> uploaded) {
        if (draft.submitted()) {
            return draft;
        }
        List<DossierDraft.DraftFile> files = new ArrayList<>(draft.files());
        for (DossierDraft.DraftFile file : uploaded) {
            files.removeIf(f -> f.document().equals(file.document()));
            files.add(file);
        }
        drafts.update(draft.id(), provided(changes.applicant(), draft.username()), blank(changes.resultDelivery()), files,
                clock.instant());
        return drafts.find(draft.id(), draft.username()).orElseThrow();
    }

    @Override
    public DossierDraft get(long draftId, String applicant) {
        return drafts.find(draftId, applicant).orElseThrow(DraftService::notFound);
    }

    @Override
    public List<DossierDraft> mine(String applicant) {
        return drafts.ofOwner(applicant);
    }

    @Override
    public DossierDraft submit(long draftId, String applicant, Set<NoticeChannel> notices) {
        return transactions.execute(status -> {
            DossierDraft draft = drafts.lock(draftId, applicant).orElseThrow(DraftService::notFound);
            if (draft.submitted()) {
                return draft;
            }
            ProcedureVersion procedure = catalog.current(draft.agencyCode(), draft.procedureCode());
            String refusal = assuranceRefusal(draft.agencyCode(), draft.procedureCode());
            if (refusal != null) {
                throw new ProblemException(ProblemException.Kind.FORBIDDEN, refusal, List.of());
            }
            Applicant checked = checkComplete(draft, procedure);
            Optional<NationalIdentities.SignIn> signIn = identities.currentSignIn();
            if (signIn.isPresent()) {
                checked = checked.identifiedBy(signIn.get().provider(), signIn.get().assuranceLevel());
            }
            Dossier dossier = dossiers.register(new NewDossier(draft.agencyCode(), draft.procedureCode(),
                    SubmissionChannel.ONLINE, parseDelivery(draft.resultDelivery()), checked, false,
                    "draft-" + draft.id(), null, NoticeChannel.reaching(notices, checked)), applicant).dossier();
            List<DocumentUpload> uploads = new ArrayList<>();
            List<String> components = components(procedure);
            try {
                for (DossierDraft.DraftFile file : draft.files()) {
                    InputStream content = storage.open(file.key()).orElseThrow(() -> ProblemException.invalidField(
                            "file-" + components.indexOf(file.document()), "Tệp \"" + file.fileName()
                                    + "\" không còn trên hệ thống; hãy tải lên lại."));
                    uploads.add(new DocumentUpload(file.document(), file.fileName(), content));
                }
                dossiers.addDocuments(dossier.code(), "INTAKE", uploads, applicant);
            } finally {
                uploads.forEach(DraftService::close);
            }
            for (DossierDraft.DraftFile file : draft.files()) {
                if (file.reusedResult() != null) {
                    digitizations.recordReuse(dossier.code(), file.document(), file.reusedResult(), applicant);
                }
            }
            drafts.markSubmitted(draft.id(), dossier.code(), clock.instant());
            return drafts.find(draft.id(), applicant).orElseThrow();
        });
    }

    /** Every gap at once: mandatory components without a file, and the applicant's fields. */
    private static Applicant checkComplete(DossierDraft draft, ProcedureVersion procedure) {
        List<ProblemException.FieldProblem> problems = new ArrayList<>();
        List<RequiredDocument> documents = procedure.content().documents();
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i).required() && draft.fileFor(documents.get(i).name()).isEmpty()) {
                problems.add(new ProblemException.FieldProblem("file-" + i,
                        "Thành phần bắt buộc: hãy đính kèm tệp \"" + documents.get(i).name() + "\""));
            }
        }
        if (draft.files().isEmpty() && problems.isEmpty()) {
            problems.add(new ProblemException.FieldProblem("file-0", "Hãy đính kèm ít nhất một tệp hồ sơ"));
        }
        Applicant applicant = null;
        DossierDraft.ApplicantFields f = draft.applicant();
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

    /** The procedure in force, if it takes online dossiers (online level FULL or PARTIAL). */
    private ProcedureVersion onlineProcedure(String agency, String code) {
        if (blank(agency) == null || blank(code) == null) {
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

    /** The procedure's components by name, or the one {@link #ATTACHMENT} when it publishes no list. */
    private static List<String> components(ProcedureVersion procedure) {
        List<String> names = procedure.content().documents().stream().map(RequiredDocument::name).toList();
        return names.isEmpty() ? List.of(ATTACHMENT) : names;
    }

    /**
     * Stores the uploaded files and the attached results of the applicant's store, and returns them by component,
     * closing each stream once it is read.
     */
    private List<DossierDraft.DraftFile> store(DraftChanges changes, List<String> components, String applicant) {
        List<DossierDraft.DraftFile> stored = new ArrayList<>();
        for (DocumentUpload upload : changes.files()) {
            String component = component(upload.documentName(), components);
            try (InputStream in = upload.content()) {
                FileStorage.StoredFile saved = storage.store(in);
                String name = blank(upload.fileName()) == null ? "tai-lieu" : upload.fileName();
                stored.add(new DossierDraft.DraftFile(component, name, saved.key(), saved.size(), null));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (changes.reusedResults().isEmpty()) {
            return stored;
        }
        List<DossierResult> store = results.ofApplicant(applicant);
        changes.reusedResults().forEach((named, code) -> {
            String component = component(named, components);
            if (stored.stream().anyMatch(f -> f.document().equals(component))) {
                return; // a file chosen for the component in the same save wins over the result
            }
            DossierResult result = store.stream().filter(r -> r.resultCode().equals(code.strip())).findFirst()
                    .orElseThrow(() -> ProblemException.invalidField("reuse-" + components.indexOf(component),
                            "Kết quả " + code + " không có trong kho kết quả của bạn."));
            FileStorage.StoredFile saved = storage.store(new ByteArrayInputStream(
                    results.file(result.dossierCode(), result.resultCode(), applicant)));
            stored.add(new DossierDraft.DraftFile(component, result.resultCode() + " - " + result.fileName(),
                    saved.key(), saved.size(), result.resultCode()));
        });
        return stored;
    }

    /** The component an upload names: by its number in the list (from 1) or by its name. */
    private static String component(String named, List<String> components) {
        String name = named == null ? "" : named.strip();
        if (name.matches("\\d{1,3}")) {
            int number = Integer.parseInt(name);
            if (number >= 1 && number <= components.size()) {
                return components.get(number - 1);
            }
        }
        return components.stream().filter(c -> c.equalsIgnoreCase(name)).findFirst().orElseThrow(() ->
                ProblemException.invalidField("file", "\"" + name + "\" không có trong thành phần hồ sơ của thủ tục; "
                        + "hãy dùng tên hoặc số thứ tự (1–" + components.size() + ") của thành phần hồ sơ."));
    }

    private static ResultDelivery parseDelivery(String value) {
        if (blank(value) == null) {
            return null;
        }
        try {
            return ResultDelivery.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("resultDelivery", "Hình thức nhận kết quả không hợp lệ");
        }
    }

    private static String requireToken(String token) {
        if (blank(token) == null || token.length() > 100) {
            throw ProblemException.invalidField("formToken", "Biểu mẫu không hợp lệ; hãy mở lại trang nộp hồ sơ.");
        }
        return token.strip();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void close(DocumentUpload upload) {
        try {
            upload.content().close();
        } catch (IOException ignored) {
            // already read to its end
        }
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("Không tìm thấy bản nháp hồ sơ này (hoặc bản nháp không phải của bạn).");
    }
}

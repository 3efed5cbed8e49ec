package vn.motcua.result.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierHistories;
import vn.motcua.dossier.DossierHistories.LockedDossier;
import vn.motcua.dossier.DossierResultSource;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Dossiers;
import vn.motcua.identity.Agencies;
import vn.motcua.identity.AgencyCode;
import vn.motcua.identity.Role;
import vn.motcua.identity.UserAccount;
import vn.motcua.identity.Users;
import vn.motcua.platform.FileStorage;
import vn.motcua.result.DossierResult;
import vn.motcua.result.PaperCopy;
import vn.motcua.result.ResultUpload;
import vn.motcua.result.Results;
import vn.motcua.shared.ProblemException;

/**
 * Results in {@code dossier_result}, files in the file store; each upload and signature is also an event of the
 * dossier's history (under the dossier's lock, which also numbers the codes {@code -KQ<n>} without gaps or twins).
 */
@Service
class ResultService implements Results, DossierResultSource {

    /** Who records results: the officials who work on a dossier. */
    static final Set<Role> RECORDING_ROLES = EnumSet.of(Role.DESK_OFFICER, Role.SPECIALIST, Role.UNIT_HEAD,
            Role.LEADER);
    private static final DateTimeFormatter SIGNED_AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final int MAX_TITLE = 500;

    private final ResultRepository repository;
    private final Dossiers dossiers;
    private final DossierHistories histories;
    private final Users users;
    private final FileStorage files;
    private final DocumentSigning signing;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String publicUrl;
    private final DigitizationService digitizations;
    private final Agencies agencies;
    private final ApplicantResults store;

    ResultService(ResultRepository repository, Dossiers dossiers, DossierHistories histories, Users users,
            FileStorage files, DocumentSigning signing, TransactionTemplate transactions, Clock clock,
            @Value("${motcua.public-url:}") String publicUrl, DigitizationService digitizations, Agencies agencies,
            ApplicantResults store) {
        this.agencies = agencies;
        this.store = store;
        this.digitizations = digitizations;
        this.repository = repository;
        this.dossiers = dossiers;
        this.histories = histories;
        this.users = users;
        this.files = files;
        this.signing = signing;
        this.transactions = transactions;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Override
    public DossierResult upload(String dossierCode, ResultUpload upload, String actor) {
        Dossier dossier = dossiers.get(dossierCode, actor);
        requireRole(actor, dossier, RECORDING_ROLES, "Chỉ cán bộ của cơ quan giải quyết hồ sơ được tải lên kết quả.");
        String title = upload.title() == null ? "" : upload.title().strip();
        if (title.isEmpty()) {
            throw ProblemException.invalidField("title", "Cần nhập tên kết quả (ví dụ: Giấy chứng nhận …)");
        }
        if (title.length() > MAX_TITLE) {
            throw ProblemException.invalidField("title", "Tên kết quả tối đa " + MAX_TITLE + " ký tự");
        }
        if (upload.issuedOn() != null && upload.validUntil() != null
                && upload.validUntil().isBefore(upload.issuedOn())) {
            throw ProblemException.invalidField("validUntil", "Ngày hết hiệu lực không được trước ngày ban hành");
        }
        byte[] pdf = requirePdf(upload.content());
        String number = upload.number() == null || upload.number().isBlank() ? null : upload.number().strip();
        FileStorage.StoredFile stored = files.store(new ByteArrayInputStream(pdf));
        return transactions.execute(status -> {
            LockedDossier locked = histories.lock(dossier.code());
            if (!locked.status().isBeingProcessed() && locked.status() != DossierStatus.RESOLVED) {
                throw ProblemException.conflict("Chỉ tải lên kết quả khi hồ sơ đang giải quyết hoặc đã giải quyết "
                        + "xong, chưa trả (hồ sơ đang ở trạng thái \"" + locked.status().label() + "\").");
            }
            int seq = repository.nextSeq(locked.id());
            String resultCode = locked.code() + "-KQ" + seq;
            Instant now = clock.instant();
            String fileName = upload.fileName() == null || upload.fileName().isBlank() ? resultCode + ".pdf"
                    : upload.fileName().strip();
            repository.insert(locked.id(), dossier.agencyCode(), seq, resultCode, locked.code(), title, number,
                    upload.issuedOn(), upload.validUntil(), fileName, stored.key(), stored.key(), pdf.length, actor,
                    now);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("resultCode", resultCode);
            data.put("title", title);
            data.put("sha256", stored.key());
            histories.append(locked, new DossierHistories.Entry("result-added", "Tải lên kết quả điện tử "
                    + resultCode + ": " + title, now, actor, data, false));
            return repository.find(locked.code(), resultCode, false).orElseThrow().result();
        });
    }

    /** The bytes, checked to be a PDF (its signature and a parse): 400 otherwise. */
    static byte[] requirePdf(byte[] content) {
        if (content == null || content.length == 0) {
            throw ProblemException.invalidField("file", "Cần chọn tệp PDF");
        }
        if (content.length < 5 || !new String(content, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)
                .equals("%PDF-")) {
            throw ProblemException.invalidField("file", "Tệp không phải PDF");
        }
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.getNumberOfPages() == 0) {
                throw ProblemException.invalidField("file", "Tệp PDF không có trang nào");
            }
        } catch (IOException e) {
            throw ProblemException.invalidField("file", "Tệp PDF bị hỏng, không đọc được");
        }
        return content;
    }

    @Override
    public List<DossierResult> list(String dossierCode, String actor) {
        return repository.list(dossiers.get(dossierCode, actor).code());
    }

    @Override
    public List<DossierResult> ofApplicant(String actor) {
        return store.of(actor);
    }

    @Override
    public DossierResult get(String dossierCode, String resultCode, String actor) {
        return row(dossiers.get(dossierCode, actor).code(), resultCode).result();
    }

    private ResultRepository.Row row(String dossierCode, String resultCode) {
        return repository.find(dossierCode, resultCode == null ? "" : resultCode.strip(), false)
                .orElseThrow(() -> ProblemException.notFound("Hồ sơ " + dossierCode + " không có kết quả "
                        + resultCode));
    }

    @Override
    public byte[] file(String dossierCode, String resultCode, String actor) {
        return read(row(dossiers.get(dossierCode, actor).code(), resultCode).fileKey());
    }

    private byte[] read(String key) {
        try (InputStream in = files.open(key).orElseThrow(
                () -> new IllegalStateException("The stored result file " + key + " is missing"))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public DossierResult sign(String dossierCode, String resultCode, String actor) {
        Dossier dossier = dossiers.get(dossierCode, actor);
        requireRole(actor, dossier, EnumSet.of(Role.LEADER), "Chỉ lãnh đạo cơ quan được ký số kết quả giải quyết.");
        ResultRepository.Row row = row(dossier.code(), resultCode);
        if (row.result().signed()) {
            throw alreadySigned(row.result());
        }
        PdfSigner.Key key = signing.officerKey(actor, dossier.agencyCode(), "Ký số kết quả "
                + row.result().resultCode() + " của hồ sơ " + dossier.code());
        Instant now = clock.instant();
        String signer = Certificates.commonName(key.certificate());
        List<String> lines = List.of("ĐÃ KÝ SỐ", "Ký bởi: " + signer, "Thời gian ký: " + SIGNED_AT.format(now)
                        + " (UTC+7)", "Mã kết quả: " + row.result().resultCode(),
                "Xác thực tại: " + (publicUrl.isEmpty() ? "" : publicUrl) + "/xac-thuc");
        String qr = publicUrl.isEmpty() ? row.result().resultCode()
                : publicUrl + "/xac-thuc?ma=" + URLEncoder.encode(row.result().resultCode(), StandardCharsets.UTF_8);
        byte[] signed;
        try {
            signed = signing.sign(read(row.fileKey()), key, now, "Ký số kết quả giải quyết thủ tục hành chính "
                    + row.result().resultCode(), dossier.agencyCode(), lines, qr);
        } catch (IOException e) {
            throw new ProblemException(ProblemException.Kind.UNPROCESSABLE, "Không ký số được tệp kết quả "
                    + row.result().resultCode() + ": " + e.getMessage());
        }
        FileStorage.StoredFile stored = files.store(new ByteArrayInputStream(signed));
        return transactions.execute(status -> {
            LockedDossier locked = histories.lock(dossier.code());
            ResultRepository.Row current = repository.find(locked.code(), row.result().resultCode(), true)
                    .orElseThrow();
            if (current.result().signed()) {
                throw alreadySigned(current.result());
            }
            repository.markSigned(current.id(), stored.key(), stored.key(), signed.length, signer,
                    key.certificate().getSubjectX500Principal().getName(), now, actor);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("resultCode", current.result().resultCode());
            data.put("signer", signer);
            data.put("sha256", stored.key());
            histories.append(locked, new DossierHistories.Entry("result-signed", "Ký số kết quả "
                    + current.result().resultCode(), now, actor, data, false));
            return repository.find(locked.code(), current.result().resultCode(), false).orElseThrow().result();
        });
    }

    @Override
    public PrintedCopy paperCopy(String dossierCode, String resultCode, int copies, String actor) {
        Dossier dossier = dossiers.get(dossierCode, actor);
        requireRole(actor, dossier, RECORDING_ROLES,
                "Chỉ cán bộ của cơ quan giải quyết hồ sơ được chuyển đổi kết quả điện tử sang bản giấy.");
        if (copies < 1 || copies > 50) {
            throw ProblemException.invalidField("copies", "Số bản in từ 1 đến 50");
        }
        ResultRepository.Row row = row(dossier.code(), resultCode);
        if (!row.result().signed()) {
            throw ProblemException.conflict("Kết quả " + row.result().resultCode() + " chưa được ký số: chỉ chuyển "
                    + "đổi sang bản giấy kết quả điện tử đã ký số.");
        }
        byte[] electronic = read(row.fileKey());
        Instant now = clock.instant();
        String name = users.find(actor).map(UserAccount::fullName).orElse(actor);
        String agency = agencies.find(AgencyCode.parse(dossier.agencyCode())).map(a -> a.name())
                .orElse(dossier.agencyCode());
        String verifyUrl = publicUrl + "/xac-thuc?ma=" + URLEncoder.encode(row.result().resultCode(),
                StandardCharsets.UTF_8);
        return transactions.execute(status -> {
            LockedDossier locked = histories.lock(dossier.code());
            ResultRepository.Row current = repository.find(locked.code(), row.result().resultCode(), true)
                    .orElseThrow();
            int conversion = repository.addCopy(current.id(), copies, actor, name, current.result().sha256(), now);
            DossierResult r = current.result();
            byte[] pdf;
            try {
                pdf = PaperCopyPdf.make(electronic, new PaperCopyPdf.Note(r.resultCode(), r.title(), r.number(),
                        r.dossierCode(), r.signer(), SIGNED_AT.format(r.signedAt()) + " (UTC+7)", r.sha256(), agency,
                        name, SIGNED_AT.format(now) + " (UTC+7)", now.atZone(SIGNED_AT.getZone()).toLocalDate(),
                        conversion, copies, verifyUrl));
            } catch (IOException e) {
                throw new ProblemException(ProblemException.Kind.UNPROCESSABLE, "Không tạo được bản giấy của kết quả "
                        + r.resultCode() + ": " + e.getMessage());
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("resultCode", r.resultCode());
            data.put("conversion", conversion);
            data.put("copies", copies);
            histories.append(locked, new DossierHistories.Entry("result-paper-copy", "Chuyển đổi kết quả "
                    + r.resultCode() + " sang bản giấy (lần " + conversion + ", " + copies + " bản)", now, actor, data,
                    false));
            PaperCopy copy = repository.copies(current.id()).stream().filter(c -> c.number() == conversion)
                    .findFirst().orElseThrow();
            return new PrintedCopy(pdf, copy);
        });
    }

    private static ProblemException alreadySigned(DossierResult result) {
        return ProblemException.conflict("Kết quả " + result.resultCode() + " đã được ký số lúc "
                + SIGNED_AT.format(result.signedAt()) + ".");
    }

    private void requireRole(String actor, Dossier dossier, Set<Role> roles, String refusal) {
        UserAccount user = users.find(actor).orElseThrow(() -> new ProblemException(ProblemException.Kind.FORBIDDEN,
                refusal));
        AgencyCode agency = AgencyCode.parse(dossier.agencyCode());
        if (roles.stream().noneMatch(role -> user.hasRole(role, agency))) {
            throw new ProblemException(ProblemException.Kind.FORBIDDEN, refusal);
        }
    }

    @Override
    public List<?> describe(String dossierCode) {
        return repository.list(dossierCode);
    }

    @Override
    public Object digitization(Dossier dossier, List<vn.motcua.dossier.DossierDocument> documents) {
        return digitizations.of(dossier, documents);
    }

    @Override
    public int count(long dossierId) {
        return repository.count(dossierId);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

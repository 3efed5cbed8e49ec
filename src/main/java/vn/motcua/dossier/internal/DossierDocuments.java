package vn.motcua.dossier.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.RequiredDocument;
import vn.motcua.dossier.DocumentUpload;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.identity.UserAccount;
import vn.motcua.platform.FileStorage;
import vn.motcua.shared.ProblemException;

/**
 * Files of a dossier: each upload names a component of the procedure's list (or its number), is checked for size
 * and for its real type (by its first bytes, not its name), and goes to the file storage.
 */
@Component
class DossierDocuments {

    /** Accepted types by signature: PDF, JPEG, PNG, Office Open XML/ODF (zip), legacy Office (OLE2). */
    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "application/pdf", new byte[] {'%', 'P', 'D', 'F'},
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            "application/zip", new byte[] {'P', 'K', 3, 4},
            "application/x-ole-storage", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
    private static final Set<String> STAGES = Set.of("INTAKE", "SUPPLEMENT", "RESULT");

    private final DocumentRepository repository;
    private final FileStorage storage;
    private final Catalog catalog;
    private final DossierProperties properties;

    DossierDocuments(DocumentRepository repository, FileStorage storage, Catalog catalog,
            DossierProperties properties) {
        this.repository = repository;
        this.storage = storage;
        this.catalog = catalog;
        this.properties = properties;
    }

    List<DossierDocument> add(DossierState d, String stage, List<DocumentUpload> uploads, UserAccount user,
            String actor, Instant now) {
        String kind = stage == null || stage.isBlank() ? "INTAKE" : stage.strip().toUpperCase(java.util.Locale.ROOT);
        if (!STAGES.contains(kind)) {
            throw ProblemException.invalidField("stage", "Loại tài liệu phải là INTAKE, SUPPLEMENT hoặc RESULT");
        }
        if (d.status.isTerminal()) {
            throw ProblemException.conflict("Hồ sơ đã kết thúc (" + d.status.label() + "); không nhận thêm tài liệu.");
        }
        if (uploads.isEmpty()) {
            throw ProblemException.invalidField("file", "Chưa chọn tệp nào để tải lên");
        }
        boolean applicant = user != null && d.applicantUsername != null
                && d.applicantUsername.equalsIgnoreCase(user.username());
        if (applicant && (kind.equals("RESULT") || !(d.status == DossierStatus.SUBMITTED
                || d.status == DossierStatus.INTAKE_SUPPLEMENT || d.status == DossierStatus.SUPPLEMENT_REQUESTED))) {
            throw DossierAccess.forbidden("Người nộp chỉ bổ sung tài liệu khi hồ sơ chờ tiếp nhận hoặc được yêu cầu "
                    + "bổ sung.");
        }
        List<RequiredDocument> required = catalog.version(d.agencyCode, d.procedureCode, d.procedureVersion)
                .content().documents();
        List<DossierDocument> added = new ArrayList<>();
        for (DocumentUpload upload : uploads) {
            String name = kind.equals("RESULT") ? resultName(upload) : componentName(upload.documentName(), required);
            byte[] bytes = read(upload);
            String type = detectType(bytes, upload.fileName());
            var stored = storage.store(new ByteArrayInputStream(bytes));
            String fileName = upload.fileName() == null || upload.fileName().isBlank() ? "tai-lieu" : upload.fileName();
            long id = repository.add(d.id, name, kind, stored.key(), fileName, type, bytes.length, now, actor);
            added.add(new DossierDocument(id, name, kind, fileName, type, bytes.length, now, actor, stored.key()));
        }
        return added;
    }

    List<DossierDocument> list(DossierState d) {
        return repository.list(d.id);
    }

    byte[] bytes(DossierState d, long documentId) {
        DossierDocument document = repository.list(d.id).stream().filter(doc -> doc.id() == documentId).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Hồ sơ không có tài liệu số " + documentId));
        try (InputStream in = storage.open(document.fileKey()).orElseThrow(() -> new IllegalStateException(
                "Stored file missing: " + document.fileKey()))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resultName(DocumentUpload upload) {
        String name = upload.documentName();
        return name == null || name.isBlank() || name.equals("file") ? "Kết quả giải quyết" : name.strip();
    }

    /** The procedure's component named by the upload: by exact name or by its number in the list. */
    static String componentName(String named, List<RequiredDocument> required) {
        String name = named == null ? "" : named.strip();
        if (name.matches("\\d{1,3}")) {
            int index = Integer.parseInt(name);
            if (index >= 1 && index <= required.size()) {
                return required.get(index - 1).name();
            }
        }
        for (RequiredDocument document : required) {
            if (document.name().equalsIgnoreCase(name)) {
                return document.name();
            }
        }
        if (required.isEmpty()) {
            return name.isEmpty() ? "Tài liệu kèm theo" : name;
        }
        throw ProblemException.invalidField("documentName", "\"" + name + "\" không có trong thành phần hồ sơ của "
                + "thủ tục; hãy dùng tên hoặc số thứ tự (1–" + required.size() + ") của thành phần hồ sơ.");
    }

    private byte[] read(DocumentUpload upload) {
        try (InputStream in = upload.content()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, properties.maxDocumentBytes() + 1));
            if (bytes.length > properties.maxDocumentBytes()) {
                throw ProblemException.invalidField("file", "Tệp \"" + upload.fileName() + "\" vượt quá dung lượng "
                        + "cho phép (" + properties.maxDocumentBytes() / (1024 * 1024) + " MB)");
            }
            if (bytes.length == 0) {
                throw ProblemException.invalidField("file", "Tệp \"" + upload.fileName() + "\" rỗng");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The type by the file's first bytes; refuses anything else (executables, scripts, HTML…). */
    static String detectType(byte[] bytes, String fileName) {
        for (var signature : SIGNATURES.entrySet()) {
            byte[] magic = signature.getValue();
            if (bytes.length >= magic.length && java.util.Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length)) {
                return refine(signature.getKey(), fileName);
            }
        }
        throw ProblemException.invalidField("file", "Tệp \"" + fileName + "\" không thuộc định dạng được chấp nhận "
                + "(PDF, JPEG, PNG, DOCX, XLSX, ODT, DOC, XLS)");
    }

    private static String refine(String type, String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        if (type.equals("application/zip")) {
            if (lower.endsWith(".docx")) {
                return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            }
            if (lower.endsWith(".xlsx")) {
                return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            }
            if (lower.endsWith(".odt")) {
                return "application/vnd.oasis.opendocument.text";
            }
        }
        if (type.equals("application/x-ole-storage")) {
            return lower.endsWith(".xls") ? "application/vnd.ms-excel" : "application/msword";
        }
        return type;
    }
}

package vn.motcua.catalog.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.FormTemplate;
import vn.motcua.catalog.FormTemplates;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.catalog.RequiredDocument;
import vn.motcua.platform.FileStorage;
import vn.motcua.shared.ProblemException;

/** Checks and records form template files; the bytes go to the platform's {@link FileStorage}. */
@Service
class FormTemplateService implements FormTemplates {

    static final long MAX_BYTES = 10L * 1024 * 1024;

    /** Accepted file types by extension, with the first bytes that such a file starts with. */
    private static final Map<String, FileType> TYPES = Map.of(
            "pdf", new FileType("application/pdf", new byte[] {'%', 'P', 'D', 'F'}),
            "docx", FileType.zip("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            "xlsx", FileType.zip("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            "odt", FileType.zip("application/vnd.oasis.opendocument.text"),
            "ods", FileType.zip("application/vnd.oasis.opendocument.spreadsheet"),
            "doc", FileType.ole("application/msword"),
            "xls", FileType.ole("application/vnd.ms-excel"));

    private final Catalog catalog;
    private final CatalogAccess access;
    private final FormTemplateRepository repository;
    private final FileStorage storage;
    private final Clock clock;

    FormTemplateService(Catalog catalog, CatalogAccess access, FormTemplateRepository repository, FileStorage storage,
            Clock clock) {
        this.catalog = catalog;
        this.access = access;
        this.repository = repository;
        this.storage = storage;
        this.clock = clock;
    }

    @Override
    @Transactional
    public FormTemplate attach(String agency, String code, int version, String documentName, String fileName,
            byte[] bytes, String uploadedBy) {
        ProcedureVersion target = catalog.version(agency, code, version);
        access.requireCanManage(target.agency(), uploadedBy);
        boolean listed = target.content().documents().stream().map(RequiredDocument::name)
                .anyMatch(name -> name.equals(documentName));
        if (!listed) {
            throw ProblemException.invalidField("document", "Thành phần hồ sơ '" + documentName
                    + "' không có trong phiên bản " + version + " của thủ tục " + code + ".");
        }
        FileType type = typeOf(fileName, bytes);
        FileStorage.StoredFile stored = storage.store(new ByteArrayInputStream(bytes));
        return repository.insert(target.agency(), target.code(), target.version(), documentName, stored.key(),
                cleanName(fileName), type.contentType(), stored.size(), uploadedBy, clock.instant());
    }

    @Override
    public List<FormTemplate> of(String agency, String code, int version) {
        ProcedureVersion target = catalog.version(agency, code, version);
        return repository.latestOf(target.agency(), target.code(), target.version());
    }

    @Override
    public Optional<FormTemplate> find(long id) {
        return repository.find(id);
    }

    @Override
    public InputStream open(FormTemplate template) {
        return storage.open(repository.fileKey(template.id()))
                .orElseThrow(() -> ProblemException.notFound("Tệp mẫu '" + template.fileName() + "' không còn trong kho lưu trữ."));
    }

    static FileType typeOf(String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw ProblemException.invalidField("file", "Vui lòng chọn tệp mẫu (tệp đang trống).");
        }
        if (bytes.length > MAX_BYTES) {
            throw ProblemException.invalidField("file", "Tệp mẫu vượt quá 10 MB.");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        FileType type = TYPES.get(extension);
        if (type == null) {
            throw ProblemException.invalidField("file",
                    "Chỉ nhận tệp mẫu dạng PDF, Word (.doc, .docx), Excel (.xls, .xlsx) hoặc OpenDocument (.odt, .ods).");
        }
        if (!type.matches(bytes)) {
            throw ProblemException.invalidField("file",
                    "Nội dung tệp không đúng định dạng ." + extension + " (tệp có thể bị hỏng hoặc đổi đuôi).");
        }
        return type;
    }

    private static String cleanName(String fileName) {
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    record FileType(String contentType, byte[] magic) {
        static FileType zip(String contentType) {
            return new FileType(contentType, new byte[] {'P', 'K', 3, 4});
        }

        static FileType ole(String contentType) {
            return new FileType(contentType, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        }

        boolean matches(byte[] bytes) {
            if (bytes.length < magic.length) {
                return false;
            }
            for (int i = 0; i < magic.length; i++) {
                if (bytes[i] != magic[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}

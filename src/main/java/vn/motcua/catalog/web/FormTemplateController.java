package vn.motcua.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.catalog.FormTemplate;
import vn.motcua.catalog.FormTemplates;
import vn.motcua.shared.ProblemException;

/** Form template files of procedure versions: attached by the control officer, downloaded by anyone. */
@RestController
@Tag(name = "Mẫu đơn, tờ khai", description = "Tệp mẫu của thành phần hồ sơ")
class FormTemplateController {

    private final FormTemplates templates;

    FormTemplateController(FormTemplates templates) {
        this.templates = templates;
    }

    @PostMapping(path = "/api/v1/procedures/{code}/versions/{version}/templates",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('CONTROL_OFFICER','ADMINISTRATOR')")
    @Operation(summary = "Đính kèm tệp mẫu cho một thành phần hồ sơ của phiên bản thủ tục",
            description = "Tệp mẫu đơn, tờ khai (PDF, DOCX, XLSX) gắn với thành phần hồ sơ; thay tệp cũ, tệp cũ vẫn "
                    + "giữ trong lịch sử.")
    ResponseEntity<FormTemplate> attach(@PathVariable String code, @PathVariable int version,
            @RequestParam(required = false) String agency, @RequestParam String document,
            @RequestPart("file") MultipartFile file, Principal principal) {
        FormTemplate attached = templates.attach(agency, code, version, document, file.getOriginalFilename(),
                bytesOf(file), principal.getName());
        return ResponseEntity.created(URI.create("/api/v1/form-templates/" + attached.id())).body(attached);
    }

    @GetMapping("/api/v1/procedures/{code}/versions/{version}/templates")
    @Operation(summary = "Các tệp mẫu hiện hành của phiên bản thủ tục",
            description = "Mỗi thành phần hồ sơ với tệp mẫu đang dùng.")
    List<FormTemplate> list(@PathVariable String code, @PathVariable int version,
            @RequestParam(required = false) String agency) {
        return templates.of(agency, code, version);
    }

    @GetMapping("/api/v1/form-templates/{id}")
    @Operation(summary = "Tải tệp mẫu",
            description = "Nội dung tệp mẫu, không cần đăng nhập.")
    ResponseEntity<InputStreamResource> download(@PathVariable long id) {
        FormTemplate template = templates.find(id)
                .orElseThrow(() -> ProblemException.notFound("Không có tệp mẫu số " + id + "."));
        InputStream content = templates.open(template);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(template.contentType()))
                .contentLength(template.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(template.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(content));
    }

    static byte[] bytesOf(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

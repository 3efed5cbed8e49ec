package vn.motcua.dossier.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.DocumentUpload;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DeskView;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.NewDossier;
import vn.motcua.dossier.QueueQuery;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.dossier.SubmissionChannel;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.web.Enums;
import vn.motcua.shared.web.IfMatch;

/**
 * The dossier REST API (contract paths and fields). Every action names the dossier version it acted on in
 * {@code If-Match}; a stale one gets 412, a missing one 428. A new dossier may carry an {@code Idempotency-Key}.
 */
@RestController
@RequestMapping(path = "/api/v1/dossiers", produces = MediaType.APPLICATION_JSON_VALUE)
class DossierApiController {

    private final Dossiers dossiers;

    DossierApiController(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    /** Body of {@code POST /api/v1/dossiers}. */
    /** {@code receivedComponents}: with {@code receive}, the components checked as handed in (optional). */
    record RegisterBody(String agencyCode, String procedureCode, String channel, String resultDelivery,
            ApplicantBody applicant, Boolean receive, List<String> receivedComponents) {}

    record ApplicantBody(String type, String name, String idNumber, String phone, String email, String address) {
        Applicant toApplicant() {
            return new Applicant(Enums.parse(Applicant.Type.class, type, "applicant.type"), name, idNumber, phone,
                    email, address);
        }
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DossierJson.Detail> register(@RequestBody RegisterBody body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Authentication caller) {
        if (body.applicant() == null) {
            throw ProblemException.invalidField("applicant", "Thiếu thông tin người nộp hồ sơ");
        }
        NewDossier request = new NewDossier(body.agencyCode(), body.procedureCode(),
                Enums.parse(SubmissionChannel.class, body.channel(), "channel"),
                Enums.parseOptional(ResultDelivery.class, body.resultDelivery(), "resultDelivery"),
                body.applicant().toApplicant(), Boolean.TRUE.equals(body.receive()), idempotencyKey,
                body.receivedComponents());
        Dossiers.Registration registration = dossiers.register(request, caller.getName());
        Dossier dossier = registration.dossier();
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + dossier.code()))
                .eTag(etag(dossier)).header("Idempotent-Replayed", String.valueOf(registration.replayed()))
                .body(DossierJson.Detail.of(dossier));
    }

    @GetMapping("/{code}")
    ResponseEntity<DossierJson.Detail> get(@PathVariable String code, Authentication caller) {
        Dossier dossier = dossiers.get(code, caller.getName());
        return ResponseEntity.ok().eTag(etag(dossier)).body(DossierJson.Detail.of(dossier, actions(code, caller)));
    }

    private List<String> actions(String code, Authentication caller) {
        return slugs(dossiers.availableActions(code, caller.getName()));
    }

    private static List<String> slugs(java.util.Set<DossierAction> actions) {
        return actions.stream().map(DossierAction::slug).toList();
    }

    @GetMapping("/{code}/history")
    List<DossierJson.Event> history(@PathVariable String code, Authentication caller) {
        return dossiers.history(code, caller.getName()).stream().map(DossierJson.Event::of).toList();
    }

    @GetMapping("/{code}/control-sheet")
    List<DossierJson.SheetRow> controlSheet(@PathVariable String code, Authentication caller) {
        return dossiers.controlSheet(code, caller.getName()).stream().map(DossierJson.SheetRow::of).toList();
    }

    @GetMapping
    DossierJson.Page queue(@RequestParam(required = false) String agency,
            @RequestParam(required = false) String status, @RequestParam(required = false) String procedure,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String assignee,
            @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Boolean nearDue,
            @RequestParam(required = false) String channel, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, @RequestParam(required = false) String view,
            Authentication caller) {
        if (assignee != null && !assignee.equals("me")) {
            throw ProblemException.invalidField("assignee", "Chỉ hỗ trợ assignee=me (hồ sơ được phân công cho tôi)");
        }
        QueueQuery query = new QueueQuery(blank(agency), Enums.parseOptional(DossierStatus.class, status, "status"),
                blank(procedure), blank(unit), "me".equals(assignee), Boolean.TRUE.equals(overdue),
                Boolean.TRUE.equals(nearDue), Enums.parseOptional(SubmissionChannel.class, channel, "channel"), from,
                to, page, size, deskView(view));
        return DossierJson.Page.of(dossiers.queue(query, caller.getName()));
    }

    /** {@code null} when absent; a 400 naming the known views otherwise. */
    static DeskView deskView(String view) {
        if (blank(view) == null) {
            return null;
        }
        return DeskView.ofSlug(view).orElseThrow(() -> ProblemException.invalidField("view", "Không có danh sách \""
                + view + "\"; các danh sách của Bộ phận Một cửa: " + java.util.Arrays.stream(DeskView.values())
                        .map(DeskView::slug).collect(java.util.stream.Collectors.joining(", ")) + "."));
    }

    @PostMapping("/{code}/actions/{action}")
    ResponseEntity<DossierJson.Detail> act(@PathVariable String code, @PathVariable String action,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) ActionBody body, Authentication caller) {
        DossierAction named = DossierAction.ofSlug(action).orElseThrow(() -> ProblemException.notFound(
                "Không có thao tác \"" + action + "\" đối với hồ sơ"));
        int version = version(ifMatch);
        var command = (body == null ? ActionBody.EMPTY : body).command(named);
        Dossiers.Acted acted = dossiers.act(code, named, version, command, caller.getName());
        return ResponseEntity.ok().eTag(etag(acted.dossier())).body(DossierJson.Detail.of(acted.dossier(),
                slugs(acted.availableActions())));
    }

    @PostMapping(path = "/{code}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<List<vn.motcua.dossier.DossierDocument>> upload(@PathVariable String code,
            @RequestParam(required = false) String stage, MultipartHttpServletRequest multipart,
            Authentication caller) {
        MultiValueMap<String, MultipartFile> files = multipart.getMultiFileMap();
        List<DocumentUpload> uploads = new ArrayList<>();
        try {
            for (var entry : files.entrySet()) {
                for (MultipartFile file : entry.getValue()) {
                    uploads.add(new DocumentUpload(entry.getKey(), file.getOriginalFilename(), file.getInputStream()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(dossiers.addDocuments(code, stage, uploads, caller.getName()));
    }

    @GetMapping("/{code}/documents")
    List<vn.motcua.dossier.DossierDocument> documents(@PathVariable String code, Authentication caller) {
        return dossiers.documents(code, caller.getName());
    }

    @GetMapping(path = "/{code}/documents/{id}", produces = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> document(@PathVariable String code, @PathVariable long id, Authentication caller) {
        var document = dossiers.documents(code, caller.getName()).stream().filter(d -> d.id() == id).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Hồ sơ không có tài liệu số " + id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(dossiers.document(code, id, caller.getName()));
    }

    @GetMapping(path = "/{code}/forms/{form}", produces = {MediaType.APPLICATION_PDF_VALUE,
            MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<byte[]> form(@PathVariable String code, @PathVariable String form,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, Authentication caller) {
        return dossiers.form(code, form, caller.getName())
                .map(pdf -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                                .filename(code + "-" + form + ".pdf").build().toString())
                        .body(pdf))
                .orElseGet(() -> formPending(code, accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)));
    }

    /**
     * 202 while an issued form is being rendered, with {@code Retry-After}: a problem document for programs; for a
     * person who followed the link, a page that reloads itself until the PDF is there.
     */
    private static ResponseEntity<byte[]> formPending(String code, boolean browser) {
        String detail = "Biểu mẫu của hồ sơ " + code + " đang được lập, vui lòng thử lại sau giây lát.";
        String body = browser
                ? "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"><meta http-equiv=\"refresh\""
                        + " content=\"1\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                        + "<title>Đang lập biểu mẫu</title><link rel=\"stylesheet\" href=\"/css/app.css\"></head>"
                        + "<body><main class=\"container\"><h1>Đang lập biểu mẫu…</h1><p>" + detail
                        + " Trang sẽ tự tải lại khi biểu mẫu sẵn sàng.</p></main></body></html>"
                : "{\"type\":\"about:blank\",\"title\":\"Đang xử lý\",\"status\":202,\"detail\":\"" + detail + "\"}";
        return ResponseEntity.status(HttpStatus.ACCEPTED).header(HttpHeaders.RETRY_AFTER, "1")
                .contentType(browser ? new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)
                        : MediaType.APPLICATION_PROBLEM_JSON)
                .body(body.getBytes(StandardCharsets.UTF_8));
    }

    static String etag(Dossier dossier) {
        return IfMatch.etag(dossier.version());
    }

    /** The version named by {@code If-Match}: {@code "3"}, {@code W/"3"} or {@code 3}. */
    static int version(String ifMatch) {
        return IfMatch.version(ifMatch, "hồ sơ");
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

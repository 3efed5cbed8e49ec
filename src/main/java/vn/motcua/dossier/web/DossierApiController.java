package vn.motcua.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
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
import vn.motcua.dossier.DossierNotices;
import vn.motcua.dossier.DossierResultSource;
import vn.motcua.dossier.DeskView;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.NewDossier;
import vn.motcua.dossier.NoticeChannel;
import vn.motcua.dossier.QueueQuery;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.dossier.SubmissionChannel;
import vn.motcua.identity.PersonalDataLog;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.web.Enums;
import vn.motcua.shared.web.IfMatch;

/**
 * The dossier REST API (contract paths and fields). Every action names the dossier version it acted on in
 * {@code If-Match}; a stale one gets 412, a missing one 428. A new dossier may carry an {@code Idempotency-Key}.
 */
@Tag(name = "Hồ sơ", description = "Tiếp nhận, giải quyết, trả kết quả hồ sơ thủ tục hành chính; hàng đợi, lịch sử, "
        + "biểu mẫu")
@RestController
@RequestMapping(path = "/api/v1/dossiers", produces = MediaType.APPLICATION_JSON_VALUE)
class DossierApiController {

    private final Dossiers dossiers;
    private final ObjectProvider<DossierResultSource> results;
    private final ObjectProvider<DossierNotices> notices;
    private final PersonalDataLog personalData;

    DossierApiController(Dossiers dossiers, ObjectProvider<DossierResultSource> results,
            ObjectProvider<DossierNotices> notices, PersonalDataLog personalData) {
        this.dossiers = dossiers;
        this.results = results;
        this.notices = notices;
        this.personalData = personalData;
    }

    /** Body of {@code POST /api/v1/dossiers}. */
    /** {@code receivedComponents}: with {@code receive}, the components checked as handed in (optional). */
    record RegisterBody(@Schema(example = "000.00.22.H05") String agencyCode,
            @Schema(example = "1.014390") String procedureCode,
            @Schema(implementation = SubmissionChannel.class) String channel,
            @Schema(implementation = ResultDelivery.class) String resultDelivery, ApplicantBody applicant,
            Boolean receive, List<String> receivedComponents,
            @Schema(description = "Kênh người nộp chọn để nhận thông báo (EMAIL, SMS, ZALO); bỏ trống: gửi đến địa chỉ "
                    + "thư điện tử và số điện thoại đã ghi; danh sách rỗng: không gửi") List<String> noticeChannels) {

        java.util.Set<NoticeChannel> notices() {
            return noticeChannels == null ? null : noticeChannels.stream()
                    .map(c -> Enums.parse(NoticeChannel.class, c, "noticeChannels"))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        }
    }

    record ApplicantBody(@Schema(implementation = Applicant.Type.class) String type, String name, String idNumber,
            String phone, String email, String address) {
        Applicant toApplicant() {
            return new Applicant(Enums.parse(Applicant.Type.class, type, "applicant.type"), name, idNumber, phone,
                    email, address);
        }
    }

    @Operation(summary = "Đăng ký hồ sơ mới (tiếp nhận tại Bộ phận Một cửa, bưu chính hoặc trực tuyến)",
            description = "Tạo hồ sơ cho một thủ tục của cơ quan. Cán bộ một cửa có thể tiếp nhận ngay (`receive: "
                    + "true`): hồ sơ được cấp mã theo Nghị định 61/2018 và giấy tiếp nhận (PDF được tạo nền, xem "
                    + "biểu mẫu). Gửi `Idempotency-Key` để gửi lại an toàn: cùng khóa trả về cùng hồ sơ "
                    + "(`Idempotent-Replayed: true`).")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DossierJson.Detail> register(@RequestBody @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(examples = @ExampleObject(name = "Tiếp nhận tại Bộ phận Một cửa", value = """
                    {"agencyCode":"000.00.22.H05","procedureCode":"1.014390","channel":"DIRECT",
                     "resultDelivery":"AT_DESK","receive":true,
                     "applicant":{"type":"CITIZEN","name":"Nguyễn Văn An","idNumber":"001085012345",
                                  "phone":"0912345678","email":"an@example.vn","address":"Bắc Ninh"}}"""))) RegisterBody body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Authentication caller) {
        if (body.applicant() == null) {
            throw ProblemException.invalidField("applicant", "Thiếu thông tin người nộp hồ sơ");
        }
        NewDossier request = new NewDossier(body.agencyCode(), body.procedureCode(),
                Enums.parse(SubmissionChannel.class, body.channel(), "channel"),
                Enums.parseOptional(ResultDelivery.class, body.resultDelivery(), "resultDelivery"),
                body.applicant().toApplicant(), Boolean.TRUE.equals(body.receive()), idempotencyKey,
                body.receivedComponents(), body.notices());
        Dossiers.Registration registration = dossiers.register(request, caller.getName());
        Dossier dossier = registration.dossier();
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + dossier.code()))
                .eTag(etag(dossier)).header("Idempotent-Replayed", String.valueOf(registration.replayed()))
                .body(DossierJson.Detail.of(dossier));
    }

    @Operation(summary = "Xem một hồ sơ",
            description = "Trạng thái, thời hạn, đơn vị và người đang xử lý, phí, các thao tác người gọi được làm "
                    + "(`availableActions`), các kết quả điện tử (`results`: mã `…-KQ1`, số, ngày, đã ký số chưa), "
                    + "số hóa từng thành phần hồ sơ (`digitization`), các thông báo đã gửi người nộp "
                    + "(`notifications`: kênh, sự kiện, trạng thái gửi, thời điểm). "
                    + "`ETag` là phiên bản dùng cho `If-Match` khi thao tác.")
    @GetMapping("/{code}")
    ResponseEntity<DossierJson.Detail> get(@PathVariable String code, Authentication caller) {
        Dossier dossier = dossiers.get(code, caller.getName());
        PersonalDataReads.shown(personalData, dossier, caller.getName(), "API");
        DossierResultSource source = results.getIfAvailable();
        DossierNotices sent = notices.getIfAvailable();
        return ResponseEntity.ok().eTag(etag(dossier)).body(DossierJson.Detail.of(dossier, actions(code, caller),
                source == null ? List.of() : source.describe(dossier.code()),
                source == null ? null : source.digitization(dossier, dossiers.documents(code, caller.getName())),
                sent == null ? List.of() : sent.describe(dossier.code())));
    }

    private List<String> actions(String code, Authentication caller) {
        return slugs(dossiers.availableActions(code, caller.getName()));
    }

    private static List<String> slugs(java.util.Set<DossierAction> actions) {
        return actions.stream().map(DossierAction::slug).toList();
    }

    @Operation(summary = "Lịch sử hồ sơ",
            description = "Mọi sự kiện theo thứ tự: ai, lúc nào, trạng thái trước và sau, lý do; không sửa, không xóa.")
    @GetMapping("/{code}/history")
    List<DossierJson.Event> history(@PathVariable String code, Authentication caller) {
        return dossiers.history(code, caller.getName()).stream().map(DossierJson.Event::of).toList();
    }

    @Operation(summary = "Phiếu kiểm soát quá trình giải quyết (dữ liệu)",
            description = "Các bước của quy trình nội bộ với hạn từng bước, người giao, người nhận, thời điểm hoàn "
                    + "thành và kết quả đúng hạn/quá hạn (Mẫu 05).")
    @GetMapping("/{code}/control-sheet")
    List<DossierJson.SheetRow> controlSheet(@PathVariable String code, Authentication caller) {
        return dossiers.controlSheet(code, caller.getName()).stream().map(DossierJson.SheetRow::of).toList();
    }

    @Operation(summary = "Hàng đợi hồ sơ",
            description = "Hồ sơ của cơ quan theo trạng thái, thủ tục, đơn vị, người được giao (`assignee=me`), quá "
                    + "hạn, sắp đến hạn, kênh nộp và khoảng ngày tiếp nhận; các danh sách của Bộ phận Một cửa "
                    + "(`view=desk-processing|desk-supplement|desk-ready|desk-returned-today`); phân trang.")
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

    @Operation(summary = "Thực hiện một thao tác trên hồ sơ",
            description = "Thao tác theo trạng thái: receive, request-completion, resubmit, refuse, transfer, "
                    + "assign, complete-step, return-step, consult, hand-off, request-supplement, "
                    + "receive-supplement, extend, request-payment, confirm-payment, withdraw, stop, resolve, "
                    + "return-result. Gửi `If-Match` với phiên bản đã xem; thân yêu cầu mang các trường của thao "
                    + "tác.")
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

    @Operation(summary = "Đính kèm tài liệu của hồ sơ",
            description = "Tải lên (multipart) các thành phần hồ sơ; tên phần là tên hoặc số thứ tự thành phần "
                    + "trong danh mục của thủ tục.")
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

    @Operation(summary = "Danh sách tài liệu của hồ sơ",
            description = "Các tệp đã đính kèm theo giai đoạn (nộp, bổ sung, kết quả).")
    @GetMapping("/{code}/documents")
    List<vn.motcua.dossier.DossierDocument> documents(@PathVariable String code, Authentication caller) {
        return dossiers.documents(code, caller.getName());
    }

    @Operation(summary = "Tải một tài liệu của hồ sơ",
            description = "Nội dung tệp đã lưu, đúng kiểu tệp.")
    @GetMapping(path = "/{code}/documents/{id}", produces = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> document(@PathVariable String code, @PathVariable long id, Authentication caller) {
        var document = dossiers.documents(code, caller.getName()).stream().filter(d -> d.id() == id).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Hồ sơ không có tài liệu số " + id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(dossiers.document(code, id, caller.getName()));
    }

    @Operation(summary = "Biểu mẫu PDF của hồ sơ",
            description = "receipt (Mẫu 01), supplement-request (02), refusal (03), apology-extension (04), "
                    + "stop-notice, control-sheet (05), tracking-book (06). Khi PDF đang được tạo nền trả 202 với "
                    + "`Retry-After`.")
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

package vn.motcua.feedback.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.feedback.Feedback;
import vn.motcua.feedback.FeedbackAction;
import vn.motcua.feedback.FeedbackPage;
import vn.motcua.feedback.FeedbackQuery;
import vn.motcua.feedback.FeedbackStatus;
import vn.motcua.feedback.Feedbacks;
import vn.motcua.identity.PersonalDataLog;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.web.Enums;
import vn.motcua.shared.web.IfMatch;

/**
 * The officers' feedback API (contract paths and fields): intake on any channel, the register, each feedback with
 * its {@code ETag}, its history and its actions, each naming the version it acted on in {@code If-Match} (412 when
 * stale, 428 when missing). The rating is the submitter's, with the lookup secret, and needs no sign-in.
 */
@Tag(name = "Phản ánh, kiến nghị", description = "Sổ tiếp nhận phản ánh, kiến nghị về quy định hành chính (Nghị "
        + "định 20/2008/NĐ-CP)")
@RestController
@RequestMapping(path = "/api/v1/feedback", produces = MediaType.APPLICATION_JSON_VALUE)
class FeedbackApiController {

    private final Feedbacks feedbacks;
    private final Clock clock;

    private final PersonalDataLog personalData;

    FeedbackApiController(Feedbacks feedbacks, Clock clock, PersonalDataLog personalData) {
        this.feedbacks = feedbacks;
        this.clock = clock;
        this.personalData = personalData;
    }

    @Operation(summary = "Vào sổ phản ánh, kiến nghị (cán bộ)",
            description = "Phản ánh nhận trực tiếp, qua bưu chính, điện thoại, thư điện tử, do cơ quan khác chuyển "
                    + "hoặc từ hệ thống quốc gia; `receivedAt` có thể là thời điểm đã qua. Trả về mã tra cứu để "
                    + "giao cho người gửi.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FeedbackJson.Detail> register(@RequestBody @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
            name = "Kiến nghị về thành phần hồ sơ", value = FeedbackJson.EXAMPLE))) FeedbackJson.Body body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Authentication caller) {
        Feedbacks.Received received = feedbacks.submit(body.toNewFeedback(), idempotencyKey, caller.getName());
        Feedback f = received.feedback();
        return ResponseEntity.created(URI.create("/api/v1/feedback/" + f.code())).eTag(IfMatch.etag(f.version()))
                .header("Idempotent-Replayed", String.valueOf(received.replayed()))
                .body(detail(f, caller, received.lookupSecret()));
    }

    @Operation(summary = "Sổ tiếp nhận phản ánh, kiến nghị",
            description = "Theo trạng thái, quá hạn (`overdue`), sắp đến hạn (`nearDue`), được giao cho tôi, từ "
                    + "khóa; mới nhất trước (quá hạn, sắp đến hạn: gấp nhất trước).")
    @GetMapping
    FeedbackJson.Page<FeedbackJson.Summary> list(@RequestParam(required = false) String agency,
            @RequestParam(required = false) String status, @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Boolean nearDue, @RequestParam(required = false) String assignee,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, Authentication caller) {
        if (assignee != null && !assignee.equals("me")) {
            throw ProblemException.invalidField("assignee", "Chỉ hỗ trợ assignee=me (phản ánh được giao cho tôi).");
        }
        FeedbackPage<Feedback> result = feedbacks.queue(new FeedbackQuery(blank(agency),
                Enums.parseOptional(FeedbackStatus.class, status, "status"), Boolean.TRUE.equals(overdue),
                Boolean.TRUE.equals(nearDue), "me".equals(assignee), blank(q), page, size), caller.getName());
        Instant now = clock.instant();
        return new FeedbackJson.Page<>(result.items().stream().map(f -> FeedbackJson.Summary.of(f, now)).toList(),
                result.page(), result.size(), result.total());
    }

    @Operation(summary = "Một phản ánh, kiến nghị",
            description = "Nội dung, người gửi, phân loại, thời hạn từng việc, kết quả, công khai, đánh giá; `ETag` "
                    + "là phiên bản.")
    @GetMapping("/{code}")
    ResponseEntity<FeedbackJson.Detail> get(@PathVariable String code, Authentication caller) {
        Feedback f = feedbacks.get(code, caller.getName());
        PersonalDataReads.shown(personalData, f, caller.getName(), "API");
        return ResponseEntity.ok().eTag(IfMatch.etag(f.version())).body(detail(f, caller, null));
    }

    @Operation(summary = "Lịch sử xử lý phản ánh",
            description = "Mỗi bước: ai, lúc nào, trạng thái trước và sau, các trường đã thay đổi.")
    @GetMapping("/{code}/history")
    List<FeedbackJson.Event> history(@PathVariable String code, Authentication caller) {
        return feedbacks.history(code, caller.getName()).stream().map(FeedbackJson.Event::of).toList();
    }

    @Operation(summary = "Thao tác trên phản ánh, kiến nghị",
            description = "accept, reject (`reason`), request-supplement (`text`), receive-supplement, forward "
                    + "(`target`, `classification`), assign (`unit`, `assignee`), answer (`text`, `outcome`, "
                    + "`review`), publish (`channels`) với `If-Match`; rate (không cần đăng nhập, với `secret`).")
    @PostMapping("/{code}/actions/{action}")
    ResponseEntity<?> act(@PathVariable String code, @PathVariable String action,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) FeedbackJson.ActionBody body, Authentication caller) {
        FeedbackAction named = FeedbackAction.ofSlug(action).orElseThrow(() -> ProblemException.notFound(
                "Không có thao tác \"" + action + "\" đối với phản ánh, kiến nghị."));
        FeedbackJson.ActionBody b = body == null ? FeedbackJson.ActionBody.EMPTY : body;
        if (named == FeedbackAction.RATE) {
            if (b.secret() == null || b.secret().isBlank()) {
                throw FeedbackJson.missingSecret();
            }
            Integer version = ifMatch == null || ifMatch.isBlank() ? null : IfMatch.version(ifMatch, "phản ánh");
            var command = b.command();
            return ResponseEntity.ok(FeedbackJson.Public.of(feedbacks.rate(code, b.secret(), command.rating(),
                    command.comment(), version)));
        }
        if (caller == null) {
            throw new ProblemException(ProblemException.Kind.FORBIDDEN, "Cần đăng nhập để thao tác.");
        }
        int version = IfMatch.version(ifMatch, "phản ánh");
        Feedback f = feedbacks.act(code, named, version, b.command(), caller.getName());
        return ResponseEntity.status(HttpStatus.OK).eTag(IfMatch.etag(f.version())).body(detail(f, caller, null));
    }

    private FeedbackJson.Detail detail(Feedback f, Authentication caller, String secret) {
        List<String> actions = feedbacks.availableActions(f, caller.getName()).stream().map(FeedbackAction::slug)
                .toList();
        FeedbackJson.Detail detail = FeedbackJson.Detail.of(f, clock.instant(), actions);
        return secret == null ? detail : detail.withLookupSecret(secret);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

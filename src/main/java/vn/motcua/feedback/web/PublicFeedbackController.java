package vn.motcua.feedback.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.feedback.FeedbackPage;
import vn.motcua.feedback.Feedbacks;
import vn.motcua.feedback.PublishedAnswer;

/**
 * Feedback without sign-in (contract paths and fields): the public form, tracking with the register code and the
 * lookup secret, and the agency's published answers.
 */
@Tag(name = "Tra cứu công khai", description = "Không cần đăng nhập: tra cứu hồ sơ, đánh giá, phản ánh kiến nghị")
@RestController
@RequestMapping(path = "/api/v1/public/feedback", produces = MediaType.APPLICATION_JSON_VALUE)
class PublicFeedbackController {

    private final Feedbacks feedbacks;

    PublicFeedbackController(Feedbacks feedbacks) {
        this.feedbacks = feedbacks;
    }

    @Operation(summary = "Gửi phản ánh, kiến nghị (không cần đăng nhập)",
            description = "Kiểm tra điều kiện tiếp nhận Điều 7 Nghị định 20/2008: nội dung rõ ràng, họ tên, địa chỉ "
                    + "người gửi. Trả về số phản ánh và mã tra cứu; gửi lại cùng `Idempotency-Key` trả về phản ánh "
                    + "đã nhận.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FeedbackJson.Created> submit(@RequestBody @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
            name = "Kiến nghị về thành phần hồ sơ", value = FeedbackJson.EXAMPLE))) FeedbackJson.Body body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Feedbacks.Received received = feedbacks.submit(body.toNewFeedback(), idempotencyKey, null);
        return ResponseEntity.created(URI.create("/api/v1/public/feedback/" + received.feedback().code()))
                .header("Idempotent-Replayed", String.valueOf(received.replayed()))
                .body(FeedbackJson.Created.of(received.feedback(), received.lookupSecret()));
    }

    @Operation(summary = "Kết quả xử lý phản ánh đã công khai",
            description = "Của cơ quan, mới nhất trước; tìm theo từ khóa có dấu hoặc không dấu.")
    @GetMapping("/answers")
    FeedbackJson.Page<FeedbackJson.Answer> answers(@RequestParam(required = false) String agency,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        FeedbackPage<PublishedAnswer> result = feedbacks.publishedAnswers(agency, q, page, size);
        return new FeedbackJson.Page<>(result.items().stream().map(FeedbackJson.Answer::of).toList(), result.page(),
                result.size(), result.total());
    }

    @Operation(summary = "Tra cứu phản ánh bằng số và mã tra cứu",
            description = "Trạng thái, hạn xử lý, đề nghị bổ sung, kết quả; không có tên cán bộ.")
    @GetMapping("/{code}")
    FeedbackJson.Public lookup(@PathVariable String code, @RequestParam(required = false) String secret) {
        if (secret == null || secret.isBlank()) {
            throw FeedbackJson.missingSecret();
        }
        return FeedbackJson.Public.of(feedbacks.lookup(code, secret));
    }

    /** Body of the submitter's supplement. */
    record SupplementBody(String secret, String text) {}

    @Operation(summary = "Người gửi bổ sung thông tin theo đề nghị của cơ quan",
            description = "Khi phản ánh đang chờ bổ sung, bằng số phản ánh và mã tra cứu; phản ánh trở lại bước đang "
                    + "xử lý và thời hạn tính lại từ lúc nhận bổ sung.")
    @PostMapping(path = "/{code}/supplement", consumes = MediaType.APPLICATION_JSON_VALUE)
    FeedbackJson.Public supplement(@PathVariable String code, @RequestBody SupplementBody body) {
        if (body.secret() == null || body.secret().isBlank()) {
            throw FeedbackJson.missingSecret();
        }
        return FeedbackJson.Public.of(feedbacks.supplement(code, body.secret(), body.text()));
    }

    /** The submitter's rating (the same as the {@code rate} action), with the secret in the body or the query. */
    @Operation(summary = "Người gửi đánh giá kết quả xử lý phản ánh",
            description = "Hài lòng hoặc chưa hài lòng, bằng số phản ánh và mã tra cứu.")
    @PostMapping(path = "/{code}/rating", consumes = MediaType.APPLICATION_JSON_VALUE)
    FeedbackJson.Public rate(@PathVariable String code, @RequestParam(required = false) String secret,
            @RequestBody FeedbackJson.ActionBody body) {
        String s = secret != null ? secret : body.secret();
        if (s == null || s.isBlank()) {
            throw FeedbackJson.missingSecret();
        }
        var command = body.command();
        return FeedbackJson.Public.of(feedbacks.rate(code, s, command.rating(), command.comment(), null));
    }
}

package vn.motcua.feedback.web;

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
@RestController
@RequestMapping(path = "/api/v1/public/feedback", produces = MediaType.APPLICATION_JSON_VALUE)
class PublicFeedbackController {

    private final Feedbacks feedbacks;

    PublicFeedbackController(Feedbacks feedbacks) {
        this.feedbacks = feedbacks;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<FeedbackJson.Created> submit(@RequestBody FeedbackJson.Body body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Feedbacks.Received received = feedbacks.submit(body.toNewFeedback(), idempotencyKey, null);
        return ResponseEntity.created(URI.create("/api/v1/public/feedback/" + received.feedback().code()))
                .header("Idempotent-Replayed", String.valueOf(received.replayed()))
                .body(FeedbackJson.Created.of(received.feedback(), received.lookupSecret()));
    }

    @GetMapping("/answers")
    FeedbackJson.Page<FeedbackJson.Answer> answers(@RequestParam(required = false) String agency,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        FeedbackPage<PublishedAnswer> result = feedbacks.publishedAnswers(agency, q, page, size);
        return new FeedbackJson.Page<>(result.items().stream().map(FeedbackJson.Answer::of).toList(), result.page(),
                result.size(), result.total());
    }

    @GetMapping("/{code}")
    FeedbackJson.Public lookup(@PathVariable String code, @RequestParam(required = false) String secret) {
        if (secret == null || secret.isBlank()) {
            throw FeedbackJson.missingSecret();
        }
        return FeedbackJson.Public.of(feedbacks.lookup(code, secret));
    }

    /** The submitter's rating (the same as the {@code rate} action), with the secret in the body or the query. */
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

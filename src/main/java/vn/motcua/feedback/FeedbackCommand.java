package vn.motcua.feedback;

import java.util.List;
import java.util.Map;

/**
 * What an action carries; each action reads the fields it needs and the service refuses a missing one with a
 * Vietnamese message naming the field: {@code reason} (reject), {@code target} and {@code classification}
 * (forward), {@code text} (request-supplement: what to add; answer: the answer), {@code unit} and
 * {@code assignee} (assign), {@code outcome} and {@code review} (answer), {@code channels} (publish),
 * {@code rating} and {@code comment} (rate), {@code note} (any).
 */
public record FeedbackCommand(String reason, String target, Classification classification, String text,
        String unit, String assignee, AnswerOutcome outcome, Map<ReviewCriterion, String> review,
        List<PublicationChannel> channels, FeedbackRating rating, String comment, String note) {

    public static final FeedbackCommand EMPTY = new FeedbackCommand(null, null, null, null, null, null, null,
            Map.of(), List.of(), null, null, null);

    public FeedbackCommand {
        review = review == null ? Map.of() : Map.copyOf(review);
        channels = channels == null ? List.of() : List.copyOf(channels);
    }
}

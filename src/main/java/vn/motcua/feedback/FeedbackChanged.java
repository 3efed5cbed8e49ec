package vn.motcua.feedback;

import java.time.Instant;

/**
 * A feedback was received or an official acted on it: published synchronously inside the changing transaction (a
 * listener that writes commits or rolls back with the change). The demo's replayed history publishes nothing.
 *
 * @param action   {@link #RECEIVED} or the action's slug ({@link FeedbackAction#slug()})
 * @param feedback the feedback after the change
 */
public record FeedbackChanged(String action, Feedback feedback, Instant at, String actor) {

    /** The action of a feedback's intake. */
    public static final String RECEIVED = "received";
}

package vn.motcua.feedback;

import java.util.List;
import java.util.Set;

/** The feedback register: intake, the handling actions, the queues and the public side. */
public interface Feedbacks {

    /**
     * Enters a feedback in its agency's register. {@code username} is {@code null} for the public form (channel
     * online, received now); officers of the agency may give another channel and a past receipt time, and
     * without an agency code enter it in their own agency's register. A retry with
     * the same {@code idempotencyKey} answers the first one.
     */
    Received submit(NewFeedback feedback, String idempotencyKey, String username);

    /** A registered feedback, its lookup secret (for the submitter) and whether this was a replayed request. */
    record Received(Feedback feedback, String lookupSecret, boolean replayed) {}

    Feedback get(String code, String username);

    List<FeedbackEvent> history(String code, String username);

    FeedbackPage<Feedback> queue(FeedbackQuery query, String username);

    /**
     * Performs an action on the version the caller saw ({@code version}; {@code null} only for the submitter's
     * rating): 409 when the status does not allow it, 412 when the feedback changed meanwhile, 403 for a role
     * that may not.
     */
    Feedback act(String code, FeedbackAction action, Integer version, FeedbackCommand command, String username);

    /** The actions the caller may perform now. */
    Set<FeedbackAction> availableActions(Feedback feedback, String username);

    PublicFeedback lookup(String code, String secret);

    /** The submitter's rating, with the lookup secret. */
    PublicFeedback rate(String code, String secret, FeedbackRating rating, String comment, Integer version);

    /**
     * The submitter answers a supplement request with the lookup secret: the text joins the history and the
     * feedback goes back to where it was, its clock restarted as the rule set says.
     */
    PublicFeedback supplement(String code, String secret, String text);

    /** The agency's published answers, newest first, optionally matching words (diacritics optional). */
    FeedbackPage<PublishedAnswer> publishedAnswers(String agency, String q, int page, int size);
}

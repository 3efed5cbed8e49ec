package vn.motcua.feedback;

import java.time.Instant;
import java.util.List;

/** What the submitter sees with the register code and lookup secret: no officer names, no internal notes. */
public record PublicFeedback(String code, String agencyCode, FeedbackStatus status, FeedbackKind kind,
        FeedbackCategory category, String subject, Instant receivedAt, Instant handlingDue, String supplementRequest,
        String rejectReason, String forwardTarget, String answerText, AnswerOutcome answerOutcome,
        Instant answeredAt, Instant publishedAt, FeedbackRating rating, List<Step> steps) {

    /** One public step of the history. */
    public record Step(String label, Instant at, String note) {}
}

package vn.motcua.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A feedback in the agency's register, as officers see it. */
public record Feedback(String code, String agencyCode, int registerYear, int registerNumber, int version,
        FeedbackStatus status, FeedbackKind kind, FeedbackCategory category, String subject, String content,
        String procedureCode, String dossierCode, Submitter submitter, FeedbackChannel channel, Instant receivedAt,
        String receivedBy, Handling handling, Answer answer, Deadlines deadlines, Rated rated) {

    /** Classification, forwarding, supplement requests and assignment. */
    public record Handling(Classification classification, Instant classifiedAt, String rejectReason,
            String forwardTarget, String supplementRequest, Instant firstSupplementAt, String unitCode,
            String assignee, Instant handledAt, Boolean handledOnTime) {}

    /** The answer (Art. 15), the review behind it (Art. 14(2)(c)) and its publication (Art. 19). */
    public record Answer(String text, AnswerOutcome outcome, Map<ReviewCriterion, String> review, Instant answeredAt,
            String answeredBy, Instant publishedAt, List<PublicationChannel> channels) {}

    /**
     * The working-day limits counted from receipt (or the latest supplement) and, for publication, from the
     * answer; {@code stage} is what the feedback waits for now, {@code null} while the submitter is asked for a
     * supplement and once it is closed.
     */
    public record Deadlines(Instant refusal, Instant firstSupplement, Instant forward, Instant handling,
            Instant publication, Instant stage) {

        public boolean overdue(Instant now) {
            return stage != null && stage.isBefore(now);
        }
    }

    /** The submitter's rating. */
    public record Rated(FeedbackRating rating, String comment, Instant ratedAt) {}
}

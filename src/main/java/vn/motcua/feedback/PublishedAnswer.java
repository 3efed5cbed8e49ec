package vn.motcua.feedback;

import java.time.Instant;

/** A published answer, as the agency's public list shows it (without the submitter's contacts). */
public record PublishedAnswer(String code, String agencyCode, FeedbackKind kind, FeedbackCategory category,
        String subject, String content, String procedureCode, String answerText, AnswerOutcome outcome,
        Instant answeredAt, Instant publishedAt) {}

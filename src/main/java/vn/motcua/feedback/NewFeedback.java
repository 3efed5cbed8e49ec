package vn.motcua.feedback;

import java.time.Instant;

/**
 * A feedback as it arrives. {@code channel} and {@code receivedAt} are for officers entering what came by desk,
 * post, phone, e-mail or from another body; the public form always submits {@link FeedbackChannel#ONLINE}, now.
 *
 * @param category the Art. 5 category number, 1–8 (validated by the service)
 */
public record NewFeedback(String agencyCode, FeedbackKind kind, Integer category, String subject, String content,
        String procedureCode, String dossierCode, Submitter submitter, FeedbackChannel channel, Instant receivedAt) {}

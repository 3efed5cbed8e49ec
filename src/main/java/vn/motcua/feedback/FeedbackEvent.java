package vn.motcua.feedback;

import java.time.Instant;
import java.util.Map;

/**
 * One step in a feedback's history: who did what, when, and the fields it changed ({@code changes}: column →
 * {@code {"before": …, "after": …}}).
 */
public record FeedbackEvent(String action, String label, FeedbackStatus statusBefore, FeedbackStatus statusAfter,
        String actor, String actorName, Instant at, String note, Map<String, Object> changes) {}

package vn.motcua.feedback;

/**
 * A page of the register: one agency (the caller's when {@code null}), optionally one status, only the overdue
 * or near-due ones, only those assigned to the caller, or matching words ({@code q}, without diacritics too).
 */
public record FeedbackQuery(String agency, FeedbackStatus status, boolean overdue, boolean nearDue,
        boolean assignedToMe, String q, int page, int size) {}

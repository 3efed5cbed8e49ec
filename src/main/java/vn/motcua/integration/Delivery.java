package vn.motcua.integration;

/**
 * What came of one delivery attempt, with the partner's answer as it was (kept for the administrator).
 *
 * @param outcome what the outbox does next
 * @param answer  the partner's reply or the error, shortened to a few thousand characters when stored
 */
public record Delivery(Outcome outcome, String answer) {

    public enum Outcome {
        /** The partner has it: the message is done and the next one of its line may go. */
        DELIVERED,
        /** A passing failure (unreachable, timeout, 5xx): tried again later, until the last attempt. */
        RETRY,
        /** The partner refused the message itself: no retry helps, it is {@link OutboxState#FAILED} at once. */
        REJECTED
    }

    public static Delivery delivered(String answer) {
        return new Delivery(Outcome.DELIVERED, answer);
    }

    public static Delivery retry(String answer) {
        return new Delivery(Outcome.RETRY, answer);
    }

    public static Delivery rejected(String answer) {
        return new Delivery(Outcome.REJECTED, answer);
    }
}

package vn.motcua.integration;

/**
 * Messages to partner systems, written in the caller's transaction and delivered after it commits by the
 * {@link OutboxTarget} of the same name: at least once (the receiver deduplicates by the message's
 * {@link OutboxMessage#idempotencyKey()}), retried with growing pauses, and in order within one ordering key (a later
 * message of a dossier is not sent before the earlier one is delivered). After the last attempt a message is
 * {@link OutboxState#FAILED}, shown to administrators, who may send it again; the messages after it wait.
 *
 * <pre>{@code
 * @Transactional
 * void remind(Dossier d) {
 *     outbox.enqueue(new Outbox.Message("email", d.code(), "due-reminder", json.writeValueAsString(mail)));
 * }
 * }</pre>
 */
public interface Outbox {

    /**
     * One message to enqueue.
     *
     * @param target      the {@link OutboxTarget#name()} that delivers it
     * @param orderingKey messages with the same target and key go out in order (a dossier's code); {@code null} for
     *                    a message that waits for no other
     * @param type        what it says, for the target and the administrator (e.g. {@code dossier-status})
     * @param payload     the body, usually JSON, as the target will send it
     */
    record Message(String target, String orderingKey, String type, String payload) {

        public Message {
            if (target == null || target.isBlank() || type == null || type.isBlank() || payload == null) {
                throw new IllegalArgumentException("An outbox message needs a target, a type and a payload");
            }
        }
    }

    /**
     * Adds the message in the caller's transaction (which must exist) and returns its id; it is delivered once that
     * transaction commits, and never if it rolls back.
     */
    long enqueue(Message message);
}

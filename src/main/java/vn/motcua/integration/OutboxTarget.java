package vn.motcua.integration;

import java.util.Optional;

/**
 * A partner that outbox messages are delivered to: one Spring bean per partner, found by {@link #name()}. Adding a
 * partner (e-mail, SMS, another ministry's system) is one class implementing this interface.
 *
 * <p>{@link #deliver} is called by a background worker, outside any request, with the message that is due; it sends
 * it (passing {@link OutboxMessage#idempotencyKey()} so that the receiver can drop a repeat) and says what came of
 * it. An exception counts as {@link Delivery#retry}. The same message may be delivered again after a crash or a
 * timeout, so the partner must treat the key as the message's identity.
 *
 * <p>Under load several messages of one line may be pending at once; the outbox then asks {@link #merge} whether two
 * consecutive ones can go as one, and delivers the merged message instead (with a key of its own, the same on every
 * retry of that merged delivery).
 */
public interface OutboxTarget {

    /** The name messages are enqueued for, e.g. {@code dvcqg}; at most 40 characters, lower case. */
    String name();

    /** Sends one message; at most a few seconds (the worker holds the message's line while it runs). */
    Delivery deliver(OutboxMessage message);

    /**
     * One message that says what {@code earlier} followed by {@code later} (consecutive messages of one line) say, if
     * this partner can take them as one; empty (the default) when they must go one after the other. Called with
     * {@code earlier} possibly a merge itself; must be pure (the same inputs give the same result), as a retry
     * merges the same messages again and must send the same thing. The result keeps {@code earlier}'s id, line and
     * key (the outbox gives the merged delivery its own key).
     */
    default Optional<OutboxMessage> merge(OutboxMessage earlier, OutboxMessage later) {
        return Optional.empty();
    }
}

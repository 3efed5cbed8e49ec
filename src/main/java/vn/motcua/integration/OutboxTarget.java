package vn.motcua.integration;

/**
 * A partner that outbox messages are delivered to: one Spring bean per partner, found by {@link #name()}. Adding a
 * partner (e-mail, SMS, another ministry's system) is one class implementing this interface.
 *
 * <p>{@link #deliver} is called by a background worker, outside any request, with the message that is due; it sends
 * it (passing {@link OutboxMessage#idempotencyKey()} so that the receiver can drop a repeat) and says what came of
 * it. An exception counts as {@link Delivery#retry}. The same message may be delivered again after a crash or a
 * timeout, so the partner must treat the key as the message's identity.
 */
public interface OutboxTarget {

    /** The name messages are enqueued for, e.g. {@code dvcqg}; at most 40 characters, lower case. */
    String name();

    /** Sends one message; at most a few seconds (the worker holds the message's line while it runs). */
    Delivery deliver(OutboxMessage message);
}

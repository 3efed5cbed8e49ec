package vn.motcua.notification.internal;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.motcua.integration.Delivery;
import vn.motcua.notification.NotificationState;

/**
 * Mirrors a delivery attempt on the notification's row, in the delivery's transaction: DELIVERED; FAILED when refused
 * or after the outbox's last attempt ({@code motcua.integration.outbox.max-attempts}, the same setting the outbox
 * reads); otherwise PENDING with the provider's answer.
 */
@Component
class DeliveryRecords {

    private final NotificationRepository repository;
    private final Clock clock;
    private final int maxAttempts;

    DeliveryRecords(NotificationRepository repository, Clock clock,
            @Value("${motcua.integration.outbox.max-attempts:8}") int maxAttempts) {
        this.repository = repository;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
    }

    /** Records the outcome of the attempt that followed {@code attemptsBefore} earlier ones. */
    void record(long notification, Delivery delivery, int attemptsBefore) {
        NotificationState state = switch (delivery.outcome()) {
            case DELIVERED -> NotificationState.DELIVERED;
            case REJECTED -> NotificationState.FAILED;
            case RETRY -> attemptsBefore + 1 >= maxAttempts ? NotificationState.FAILED : NotificationState.PENDING;
        };
        repository.attempted(notification, state, delivery.answer(), clock.instant());
    }
}

package vn.motcua.notification;

import java.time.Instant;

/**
 * The text of one event's message on one channel, with placeholders such as {@code {maHoSo}}; an inactive template
 * sends nothing.
 *
 * @param subject the e-mail's subject; null for SMS and Zalo
 */
public record NotificationTemplate(NotificationEvent event, NotificationChannel channel, String subject, String body,
        boolean active, Instant updatedAt, String updatedBy, int version) {}

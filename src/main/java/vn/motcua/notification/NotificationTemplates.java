package vn.motcua.notification;

import java.util.List;
import java.util.Map;

/**
 * The templates of the messages, per event and channel, edited by administrators. A template is checked when saved
 * and again on every message: the code placeholder in every body, known placeholders only, a subject for e-mail, and
 * for SMS no diacritics (stripped), at most two segments and no links (400 problems in Vietnamese).
 */
public interface NotificationTemplates {

    /** What an administrator sends for one template. */
    record Change(NotificationEvent event, NotificationChannel channel, String subject, String body, boolean active) {}

    /** A template rendered with a sample dossier (or feedback): the message as it would be sent. */
    record Preview(NotificationEvent event, NotificationChannel channel, String subject, String body, int characters,
            Integer segments) {}

    /** Every template, by event then channel. */
    List<NotificationTemplate> list();

    /** Saves the changes together (all or none), by an administrator; returns every template. */
    List<NotificationTemplate> update(List<Change> changes, String actor);

    /** Renders the change with the sample without saving it (400 when it breaks a rule). */
    Preview preview(Change change);

    /** The placeholders and what each stands for. */
    Map<String, String> placeholders();
}

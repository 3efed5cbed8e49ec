package vn.motcua.notification.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.notification.NotificationChannel;
import vn.motcua.notification.NotificationEvent;
import vn.motcua.notification.NotificationState;
import vn.motcua.notification.NotificationTemplate;
import vn.motcua.notification.SentNotification;

/** The tables of notifications: templates, messages, the applicants' choices, officers' addresses. */
@Repository
class NotificationRepository {

    private static final int ANSWER_LENGTH = 2000;
    private static final String COLUMNS = "id, code, event, channel, recipient, subject, body, legal_basis, state, "
            + "attempts, last_answer, created_at, delivered_at, failed_at";

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // templates

    List<NotificationTemplate> templates() {
        return jdbc.sql("SELECT * FROM notification_template").query(NotificationRepository::template).list().stream()
                .sorted((a, b) -> a.event() != b.event() ? a.event().compareTo(b.event())
                        : a.channel().compareTo(b.channel())).toList();
    }

    Optional<NotificationTemplate> template(NotificationEvent event, NotificationChannel channel) {
        return jdbc.sql("SELECT * FROM notification_template WHERE event = :event AND channel = :channel")
                .param("event", event.name()).param("channel", channel.name())
                .query(NotificationRepository::template).optional();
    }

    void saveTemplate(NotificationEvent event, NotificationChannel channel, String subject, String body,
            boolean active, String actor, Instant now) {
        jdbc.sql("""
                INSERT INTO notification_template (event, channel, subject, body, active, updated_at, updated_by)
                VALUES (:event, :channel, :subject, :body, :active, :now, :actor)
                ON CONFLICT (event, channel) DO UPDATE SET subject = EXCLUDED.subject, body = EXCLUDED.body,
                       active = EXCLUDED.active, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by,
                       version = notification_template.version + 1
                """).param("event", event.name()).param("channel", channel.name())
                .param("subject", subject, Types.VARCHAR).param("body", body).param("active", active)
                .param("now", Timestamp.from(now)).param("actor", actor).update();
    }

    private static NotificationTemplate template(ResultSet rs, int row) throws SQLException {
        return new NotificationTemplate(NotificationEvent.valueOf(rs.getString("event")),
                NotificationChannel.valueOf(rs.getString("channel")), rs.getString("subject"), rs.getString("body"),
                rs.getBoolean("active"), instant(rs, "updated_at"), rs.getString("updated_by"), rs.getInt("version"));
    }

    // messages

    long insert(String code, NotificationEvent event, NotificationChannel channel, String recipient, String subject,
            String body, String legalBasis, Instant now) {
        return jdbc.sql("""
                INSERT INTO notification (code, event, channel, recipient, subject, body, legal_basis, created_at)
                VALUES (:code, :event, :channel, :recipient, :subject, :body, :basis, :now) RETURNING id
                """).param("code", code).param("event", event.name()).param("channel", channel.name())
                .param("recipient", recipient).param("subject", subject, Types.VARCHAR).param("body", body)
                .param("basis", legalBasis).param("now", Timestamp.from(now)).query(Long.class).single();
    }

    void queued(long id, long outboxId) {
        jdbc.sql("UPDATE notification SET outbox_id = :outbox WHERE id = :id").param("outbox", outboxId)
                .param("id", id).update();
    }

    /** A message that cannot be sent at all (its template breaks a rule with the real values). */
    void notRendered(long id, String reason, Instant now) {
        jdbc.sql("UPDATE notification SET state = 'FAILED', failed_at = :now, last_answer = :reason WHERE id = :id")
                .param("now", Timestamp.from(now)).param("reason", shorten(reason)).param("id", id).update();
    }

    /** The outcome of one delivery attempt, in the delivery's transaction. */
    void attempted(long id, NotificationState state, String answer, Instant now) {
        jdbc.sql("""
                UPDATE notification
                   SET state = :state, attempts = attempts + 1, last_attempt_at = :now, last_answer = :answer,
                       delivered_at = CASE WHEN :state = 'DELIVERED' THEN CAST(:now AS timestamptz) END,
                       failed_at = CASE WHEN :state = 'FAILED' THEN CAST(:now AS timestamptz) END
                 WHERE id = :id
                """).param("state", state.name()).param("now", Timestamp.from(now))
                .param("answer", shorten(answer), Types.VARCHAR).param("id", id).update();
    }

    List<SentNotification> recent(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification ORDER BY id DESC LIMIT :limit")
                .param("limit", limit).query(NotificationRepository::sent).list();
    }

    List<SentNotification> of(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification WHERE code = :code ORDER BY id")
                .param("code", code).query(NotificationRepository::sent).list();
    }

    private static SentNotification sent(ResultSet rs, int row) throws SQLException {
        return new SentNotification(rs.getLong("id"), rs.getString("code"),
                NotificationEvent.valueOf(rs.getString("event")), NotificationChannel.valueOf(rs.getString("channel")),
                rs.getString("recipient"), rs.getString("subject"), rs.getString("body"), rs.getString("legal_basis"),
                NotificationState.valueOf(rs.getString("state")), rs.getInt("attempts"), rs.getString("last_answer"),
                instant(rs, "created_at"), instant(rs, "delivered_at"), instant(rs, "failed_at"));
    }

    // the applicants' choices

    void choose(String code, Set<NotificationChannel> channels, String actor, Instant now) {
        jdbc.sql("""
                INSERT INTO notification_choice (code, channels, recorded_at, recorded_by)
                VALUES (:code, string_to_array(:channels, ','), :now, :actor)
                ON CONFLICT (code) DO UPDATE SET channels = EXCLUDED.channels, recorded_at = EXCLUDED.recorded_at,
                       recorded_by = EXCLUDED.recorded_by
                """).param("code", code)
                .param("channels", String.join(",", channels.stream().map(Enum::name).sorted().toList()))
                .param("now", Timestamp.from(now)).param("actor", actor, Types.VARCHAR).update();
    }

    /** The channels chosen for the dossier; empty when no choice was recorded. */
    Optional<Set<NotificationChannel>> choice(String code) {
        return jdbc.sql("SELECT channels FROM notification_choice WHERE code = :code").param("code", code)
                .query((rs, row) -> channels(rs.getArray("channels"))).optional();
    }

    private static Set<NotificationChannel> channels(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).filter(s -> !s.isBlank()).map(NotificationChannel::valueOf)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    // officers' addresses for the digest

    List<OfficerEmail> officerEmails() {
        return jdbc.sql("SELECT username, email FROM notification_officer_email ORDER BY username")
                .query((rs, row) -> new OfficerEmail(rs.getString("username"), rs.getString("email"))).list();
    }

    void setOfficerEmail(String username, String email, Instant now) {
        if (email == null) {
            jdbc.sql("DELETE FROM notification_officer_email WHERE username = :username").param("username", username)
                    .update();
            return;
        }
        jdbc.sql("""
                INSERT INTO notification_officer_email (username, email, updated_at) VALUES (:username, :email, :now)
                ON CONFLICT (username) DO UPDATE SET email = EXCLUDED.email, updated_at = EXCLUDED.updated_at
                """).param("username", username).param("email", email).param("now", Timestamp.from(now)).update();
    }

    record OfficerEmail(String username, String email) {}

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static String shorten(String text) {
        return text == null || text.length() <= ANSWER_LENGTH ? text : text.substring(0, ANSWER_LENGTH);
    }
}

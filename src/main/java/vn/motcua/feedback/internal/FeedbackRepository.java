package vn.motcua.feedback.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.feedback.AnswerOutcome;
import vn.motcua.feedback.Classification;
import vn.motcua.feedback.Feedback;
import vn.motcua.feedback.FeedbackCategory;
import vn.motcua.feedback.FeedbackChannel;
import vn.motcua.feedback.FeedbackEvent;
import vn.motcua.feedback.FeedbackKind;
import vn.motcua.feedback.FeedbackRating;
import vn.motcua.feedback.FeedbackStatus;
import vn.motcua.feedback.PublicationChannel;
import vn.motcua.feedback.PublishedAnswer;
import vn.motcua.feedback.ReviewCriterion;
import vn.motcua.feedback.Submitter;

/** The SQL of the register: {@code feedback}, {@code feedback_event}, the numbering and the rule sets. */
@Repository
class FeedbackRepository {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    /** The columns an action may change (the only names {@link #update} puts into SQL). */
    static final List<String> MUTABLE = List.of("status", "clock_started_at", "refusal_due", "forward_due",
            "handling_due", "publication_due", "stage_due", "classification", "classified_at", "reject_reason",
            "forward_target", "first_supplement_at", "supplement_request", "status_before_supplement", "unit_code",
            "assignee", "answer_text", "answer_outcome", "review", "answered_at", "answered_by", "published_at",
            "publication_channels", "handled_at", "handled_on_time", "rating", "rating_comment", "rated_at");

    private final JdbcClient jdbc;
    private final JsonMapper json;

    FeedbackRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A feedback with what only the service needs: its row id, secret, rule set and the row as JSON (before). */
    record Row(long id, Feedback feedback, String lookupSecret, RuleSet rules, Instant clockStartedAt,
            FeedbackStatus statusBeforeSupplement, Map<String, Object> columns) {}

    RuleSet ruleSet(java.time.LocalDate day) {
        return jdbc.sql("""
                SELECT id, effective_from, refusal_days, first_supplement_days, forward_days, handling_days,
                       publication_days, supplement_restarts_clock
                FROM feedback_rule_set WHERE effective_from <= :day ORDER BY effective_from DESC LIMIT 1
                """).param("day", day).query((rs, n) -> ruleSet(rs)).single();
    }

    private static RuleSet ruleSet(ResultSet rs) throws SQLException {
        return new RuleSet(rs.getInt("id"), rs.getDate("effective_from").toLocalDate(), rs.getInt("refusal_days"),
                rs.getInt("first_supplement_days"), rs.getInt("forward_days"), rs.getInt("handling_days"),
                rs.getInt("publication_days"), rs.getBoolean("supplement_restarts_clock"));
    }

    /** The next number of the agency's register for the year (the row stays locked until commit). */
    int takeNumber(String agency, int year) {
        return jdbc.sql("""
                INSERT INTO feedback_register (agency_code, year, last_number) VALUES (:agency, :year, 1)
                ON CONFLICT (agency_code, year) DO UPDATE SET last_number = feedback_register.last_number + 1
                RETURNING last_number
                """).param("agency", agency).param("year", year).query(Integer.class).single();
    }

    Optional<String> codeForKey(String agency, String idempotencyKey) {
        return jdbc.sql("SELECT code FROM feedback WHERE agency_code = :agency AND idempotency_key = :key")
                .param("agency", agency).param("key", idempotencyKey).query(String.class).optional();
    }

    /** The first row of a new feedback. */
    record NewRow(String code, String agency, int year, int number, String secret, String idempotencyKey,
            FeedbackStatus status, FeedbackKind kind, FeedbackCategory category, String subject, String content,
            String procedureCode, String dossierCode, Submitter submitter, FeedbackChannel channel,
            Instant receivedAt, String receivedBy, RuleSet rules, Schedule schedule, Instant now) {}

    long insert(NewRow r) {
        return jdbc.sql("""
                INSERT INTO feedback (code, agency_code, register_year, register_number, lookup_secret,
                    idempotency_key, status, kind, category, subject, content, procedure_code, dossier_code,
                    submitter_type, submitter_name, submitter_address, submitter_phone, submitter_email, channel,
                    received_at, received_by, rule_set_id, clock_started_at, refusal_due, first_supplement_due,
                    forward_due, handling_due, stage_due, updated_at)
                VALUES (:code, :agency, :year, :number, :secret, :key, :status, :kind, :category, :subject, :content,
                    :procedure, :dossier, :stype, :sname, :saddress, :sphone, :semail, :channel, :receivedAt,
                    :receivedBy, :ruleSet, :receivedAt, :refusalDue, :supplementDue, :forwardDue, :handlingDue,
                    :stageDue, :now)
                RETURNING id
                """).param("code", r.code()).param("agency", r.agency()).param("year", r.year())
                .param("number", r.number()).param("secret", r.secret())
                .param("key", r.idempotencyKey(), Types.VARCHAR).param("status", r.status().name())
                .param("kind", r.kind().name()).param("category", r.category().number())
                .param("subject", r.subject()).param("content", r.content())
                .param("procedure", r.procedureCode(), Types.VARCHAR).param("dossier", r.dossierCode(), Types.VARCHAR)
                .param("stype", r.submitter().type().name()).param("sname", r.submitter().name())
                .param("saddress", r.submitter().address()).param("sphone", r.submitter().phone(), Types.VARCHAR)
                .param("semail", r.submitter().email(), Types.VARCHAR).param("channel", r.channel().name())
                .param("receivedAt", ts(r.receivedAt())).param("receivedBy", r.receivedBy(), Types.VARCHAR)
                .param("ruleSet", r.rules().id()).param("refusalDue", ts(r.schedule().refusal()))
                .param("supplementDue", ts(r.schedule().firstSupplement()))
                .param("forwardDue", ts(r.schedule().forward())).param("handlingDue", ts(r.schedule().handling()))
                .param("stageDue", ts(r.schedule().forward())).param("now", ts(r.now()))
                .query(Long.class).single();
    }

    private static final String SELECT = """
            SELECT f.*, r.effective_from, r.refusal_days, r.first_supplement_days, r.forward_days, r.handling_days,
                   r.publication_days, r.supplement_restarts_clock
            FROM feedback f JOIN feedback_rule_set r ON r.id = f.rule_set_id
            """;

    Optional<Row> find(String code) {
        return jdbc.sql(SELECT + " WHERE f.code = :code").param("code", code).query((rs, n) -> row(rs, false))
                .optional();
    }

    /** The feedback locked for an action, with its columns as they are before it. */
    Optional<Row> lock(String code) {
        return jdbc.sql("""
                SELECT f.*, to_jsonb(f) - 'search_text' - 'register_text' AS doc, r.effective_from, r.refusal_days,
                       r.first_supplement_days, r.forward_days, r.handling_days, r.publication_days,
                       r.supplement_restarts_clock
                FROM feedback f JOIN feedback_rule_set r ON r.id = f.rule_set_id
                WHERE f.code = :code FOR UPDATE OF f
                """).param("code", code).query((rs, n) -> row(rs, true)).optional();
    }

    /** Writes an action's changes (names from {@link #MUTABLE}) and moves the version on. */
    void update(long id, Map<String, Object> changes, Instant now) {
        StringJoiner set = new StringJoiner(", ");
        Map<String, Object> params = new LinkedHashMap<>();
        changes.forEach((column, value) -> {
            if (!MUTABLE.contains(column)) {
                throw new IllegalArgumentException(column);
            }
            String cast = column.equals("review") ? "CAST(:" + column + " AS jsonb)"
                    : column.equals("publication_channels") ? "CAST(:" + column + " AS text[])" : ":" + column;
            set.add(column + " = " + cast);
            params.put(column, sqlValue(value));
        });
        JdbcClient.StatementSpec statement = jdbc.sql("UPDATE feedback SET " + set
                + ", version = version + 1, updated_at = :now WHERE id = :id").param("id", id).param("now", ts(now));
        for (Map.Entry<String, Object> p : params.entrySet()) {
            statement = p.getValue() == null ? statement.param(p.getKey(), null, Types.NULL)
                    : statement.param(p.getKey(), p.getValue());
        }
        statement.update();
    }

    private Object sqlValue(Object value) {
        if (value instanceof Instant instant) {
            return Timestamp.from(instant);
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Map<?, ?> map) {
            return json.writeValueAsString(map);
        }
        if (value instanceof List<?> list) {
            StringJoiner array = new StringJoiner(",", "{", "}");
            list.forEach(item -> array.add(item instanceof Enum<?> e ? e.name() : String.valueOf(item)));
            return array.toString();
        }
        return value;
    }

    void appendEvent(long feedbackId, String action, FeedbackStatus before, FeedbackStatus after, String actor,
            Instant at, String note, Map<String, Object> data) {
        jdbc.sql("""
                INSERT INTO feedback_event (feedback_id, action, status_before, status_after, actor, at, note, data)
                VALUES (:id, :action, :before, :after, :actor, :at, :note, CAST(:data AS jsonb))
                """).param("id", feedbackId).param("action", action)
                .param("before", before == null ? null : before.name(), Types.VARCHAR).param("after", after.name())
                .param("actor", actor, Types.VARCHAR).param("at", ts(at)).param("note", note, Types.VARCHAR)
                .param("data", json.writeValueAsString(data)).update();
    }

    /** The history; {@code label} and {@code actorName} are filled by the service. */
    List<FeedbackEvent> events(long feedbackId) {
        return jdbc.sql("""
                SELECT action, status_before, status_after, actor, at, note, data::text FROM feedback_event
                WHERE feedback_id = :id ORDER BY id
                """).param("id", feedbackId).query((rs, n) -> new FeedbackEvent(rs.getString(1), null,
                        status(rs.getString(2)), status(rs.getString(3)), rs.getString(4), null, instant(rs, 5),
                        rs.getString(6), json.readValue(rs.getString(7), MAP))).list();
    }

    /** The register's order: newest receipt first. */
    static final String NEWEST = "f.received_at DESC, f.id DESC";
    /** The overdue and near-due queues' order: the earliest limit first. */
    static final String MOST_URGENT = "f.stage_due, f.id";

    /**
     * A page of the register; {@code where} is built by the caller from fixed fragments and named parameters. The
     * page's ids are found first (an index-only scan for the whole register, however deep the page), then only
     * those rows are read.
     */
    List<Row> page(String where, String order, Map<String, Object> params, int limit, int offset) {
        return jdbc.sql("""
                SELECT f.*, r.effective_from, r.refusal_days, r.first_supplement_days, r.forward_days,
                       r.handling_days, r.publication_days, r.supplement_restarts_clock
                FROM (SELECT f.id FROM feedback f WHERE {where} ORDER BY {order} LIMIT :limit OFFSET :offset) page
                JOIN feedback f ON f.id = page.id
                JOIN feedback_rule_set r ON r.id = f.rule_set_id
                ORDER BY {order}
                """.replace("{where}", where).replace("{order}", order)).params(params).param("limit", limit).param("offset", offset)
                .query((rs, n) -> row(rs, false)).list();
    }

    long count(String where, Map<String, Object> params) {
        return jdbc.sql("SELECT count(*) FROM feedback f WHERE " + where).params(params).query(Long.class).single();
    }

    /** Published answers of an agency, newest first; all the words of {@code q} (folded) when given. */
    List<PublishedAnswer> answers(String agency, String q, int limit, int offset) {
        return jdbc.sql("""
                SELECT f.code, f.agency_code, f.kind, f.category, f.subject, f.content, f.procedure_code,
                       f.answer_text, f.answer_outcome, f.answered_at, f.published_at
                FROM (SELECT f.id FROM feedback f WHERE {answers}
                      ORDER BY f.published_at DESC, f.id DESC LIMIT :limit OFFSET :offset) page
                JOIN feedback f ON f.id = page.id
                ORDER BY f.published_at DESC, f.id DESC
                """.replace("{answers}", answersWhere(q))).param("agency", agency).params(words(q))
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new PublishedAnswer(rs.getString(1), rs.getString(2),
                        FeedbackKind.valueOf(rs.getString(3)), category(rs.getInt(4)), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8),
                        AnswerOutcome.valueOf(rs.getString(9)), instant(rs, 10), instant(rs, 11))).list();
    }

    long countAnswers(String agency, String q) {
        return jdbc.sql("SELECT count(*) FROM feedback f WHERE " + answersWhere(q)).param("agency", agency)
                .params(words(q)).query(Long.class).single();
    }

    /** Two statements, not one with {@code :q IS NULL OR …}, so each keeps its own index. */
    private static String answersWhere(String q) {
        String published = "f.published_at IS NOT NULL AND f.agency_code = :agency";
        return q == null ? published : published
                + " AND to_tsvector('simple', f.search_text) @@ plainto_tsquery('simple', catalog_fold(:q))";
    }

    private static Map<String, Object> words(String q) {
        return q == null ? Map.of() : Map.of("q", q);
    }

    private Row row(ResultSet rs, boolean withColumns) throws SQLException {
        RuleSet rules = new RuleSet(rs.getInt("rule_set_id"), rs.getDate("effective_from").toLocalDate(),
                rs.getInt("refusal_days"), rs.getInt("first_supplement_days"), rs.getInt("forward_days"),
                rs.getInt("handling_days"), rs.getInt("publication_days"), rs.getBoolean("supplement_restarts_clock"));
        Submitter submitter = new Submitter(Submitter.Type.valueOf(rs.getString("submitter_type")),
                rs.getString("submitter_name"), rs.getString("submitter_address"), rs.getString("submitter_phone"),
                rs.getString("submitter_email"));
        Feedback.Handling handling = new Feedback.Handling(
                enumOrNull(Classification.class, rs.getString("classification")), instant(rs, "classified_at"),
                rs.getString("reject_reason"), rs.getString("forward_target"), rs.getString("supplement_request"),
                instant(rs, "first_supplement_at"), rs.getString("unit_code"), rs.getString("assignee"),
                instant(rs, "handled_at"), (Boolean) rs.getObject("handled_on_time"));
        Feedback.Answer answer = new Feedback.Answer(rs.getString("answer_text"),
                enumOrNull(AnswerOutcome.class, rs.getString("answer_outcome")), review(rs.getString("review")),
                instant(rs, "answered_at"), rs.getString("answered_by"), instant(rs, "published_at"),
                channels(rs.getArray("publication_channels")));
        Feedback.Deadlines deadlines = new Feedback.Deadlines(instant(rs, "refusal_due"),
                instant(rs, "first_supplement_due"), instant(rs, "forward_due"), instant(rs, "handling_due"),
                instant(rs, "publication_due"), instant(rs, "stage_due"));
        Feedback.Rated rated = new Feedback.Rated(enumOrNull(FeedbackRating.class, rs.getString("rating")),
                rs.getString("rating_comment"), instant(rs, "rated_at"));
        Feedback feedback = new Feedback(rs.getString("code"), rs.getString("agency_code"), rs.getInt("register_year"),
                rs.getInt("register_number"), rs.getInt("version"), FeedbackStatus.valueOf(rs.getString("status")),
                FeedbackKind.valueOf(rs.getString("kind")), category(rs.getInt("category")), rs.getString("subject"),
                rs.getString("content"), rs.getString("procedure_code"), rs.getString("dossier_code"), submitter,
                FeedbackChannel.valueOf(rs.getString("channel")), instant(rs, "received_at"),
                rs.getString("received_by"), handling, answer, deadlines, rated);
        Map<String, Object> columns = withColumns ? json.readValue(rs.getString("doc"), MAP) : Map.of();
        return new Row(rs.getLong("id"), feedback, rs.getString("lookup_secret"), rules,
                instant(rs, "clock_started_at"), status(rs.getString("status_before_supplement")), columns);
    }

    private Map<ReviewCriterion, String> review(String text) {
        if (text == null) {
            return Map.of();
        }
        Map<ReviewCriterion, String> review = new EnumMap<>(ReviewCriterion.class);
        json.readValue(text, MAP).forEach((k, v) -> review.put(ReviewCriterion.valueOf(k), String.valueOf(v)));
        return review;
    }

    private static List<PublicationChannel> channels(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<PublicationChannel> channels = new ArrayList<>();
        for (Object name : (Object[]) array.getArray()) {
            channels.add(PublicationChannel.valueOf((String) name));
        }
        return channels;
    }

    static FeedbackCategory category(int number) {
        return FeedbackCategory.ofNumber(number).orElseThrow();
    }

    private static FeedbackStatus status(String name) {
        return name == null ? null : FeedbackStatus.valueOf(name);
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}

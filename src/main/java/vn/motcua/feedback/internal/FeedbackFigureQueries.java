package vn.motcua.feedback.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.feedback.Feedback;
import vn.motcua.feedback.FeedbackFigure;
import vn.motcua.feedback.FeedbackFigures;

/**
 * Each figure is one SQL predicate over {@code feedback} (alias {@code f}) with the period [{@code :from},
 * {@code :to}), {@code :cut} (the period's end, or now if it has not ended) and {@code :now}; counts are one
 * statement with a {@code FILTER} per figure, drill-downs the same predicate.
 */
@Component
class FeedbackFigureQueries implements FeedbackFigures {

    private static final String RECEIVED = "f.received_at >= :from AND f.received_at < :to";
    private static final String HANDLED = "f.handled_at >= :from AND f.handled_at < :to";
    private static final String IN_PROGRESS = "f.received_at < :to AND (f.handled_at IS NULL OR f.handled_at >= :to)";
    /** Past the handling limit at the cut, unless waiting for the submitter's supplement. */
    private static final String OVERDUE = "f.handling_due < :cut AND f.status <> 'SUPPLEMENT_REQUESTED'";

    static final Map<FeedbackFigure, String> RULES = new EnumMap<>(FeedbackFigure.class);

    static {
        RULES.put(FeedbackFigure.RECEIVED, RECEIVED);
        RULES.put(FeedbackFigure.ACCEPTED, "f.classification = 'WITHIN_COMPETENCE' AND f.classified_at >= :from "
                + "AND f.classified_at < :to");
        RULES.put(FeedbackFigure.HANDLED, HANDLED);
        RULES.put(FeedbackFigure.HANDLED_ON_TIME, HANDLED + " AND f.handled_on_time");
        RULES.put(FeedbackFigure.PUBLISHED, "f.published_at >= :from AND f.published_at < :to");
        RULES.put(FeedbackFigure.IN_PROGRESS, IN_PROGRESS);
        RULES.put(FeedbackFigure.IN_PROGRESS_OVERDUE, IN_PROGRESS + " AND " + OVERDUE);
        RULES.put(FeedbackFigure.IN_PROGRESS_WITHIN_TIME, IN_PROGRESS + " AND NOT (" + OVERDUE + ")");
        RULES.put(FeedbackFigure.NOT_SATISFYING, RECEIVED + " AND (f.rating = 'NOT_SATISFIED' OR f.handled_on_time "
                + "IS FALSE OR (f.handled_at IS NULL AND f.handling_due < :now AND f.status <> 'SUPPLEMENT_REQUESTED'))");
    }

    /** Feedback that may count in the period: received before its end, and not closed before its start. */
    private static final String CANDIDATES = "f.agency_code = :agency AND f.received_at < :to AND (f.handled_at IS "
            + "NULL OR f.handled_at >= :from OR f.published_at >= :from OR f.classified_at >= :from)";

    private final JdbcClient jdbc;
    private final FeedbackRepository repository;
    private final Clock clock;

    FeedbackFigureQueries(JdbcClient jdbc, FeedbackRepository repository, Clock clock) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public Map<FeedbackFigure, Long> counts(String agency, Instant from, Instant to) {
        StringJoiner columns = new StringJoiner(", ");
        for (FeedbackFigure figure : FeedbackFigure.values()) {
            columns.add("count(*) FILTER (WHERE " + RULES.get(figure) + ")");
        }
        return jdbc.sql("SELECT " + columns + " FROM feedback f WHERE " + CANDIDATES).params(params(agency, from, to))
                .query((rs, n) -> {
                    Map<FeedbackFigure, Long> counts = new EnumMap<>(FeedbackFigure.class);
                    for (FeedbackFigure figure : FeedbackFigure.values()) {
                        counts.put(figure, rs.getLong(figure.ordinal() + 1));
                    }
                    return counts;
                }).single();
    }

    @Override
    public List<Feedback> records(String agency, Instant from, Instant to, FeedbackFigure figure, int limit) {
        return repository.page(CANDIDATES + " AND " + RULES.get(figure), FeedbackRepository.NEWEST,
                params(agency, from, to), limit, 0).stream()
                .map(FeedbackRepository.Row::feedback).toList();
    }

    private Map<String, Object> params(String agency, Instant from, Instant to) {
        Instant now = clock.instant();
        Map<String, Object> params = new HashMap<>();
        params.put("agency", agency);
        params.put("from", Timestamp.from(from));
        params.put("to", Timestamp.from(to));
        params.put("cut", Timestamp.from(to.isBefore(now) ? to : now));
        params.put("now", Timestamp.from(now));
        return params;
    }
}

package vn.motcua.ledger.internal;

import static vn.motcua.shared.jdbc.Columns.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.ledger.DossierLedger;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.ledger.LedgerDossier;
import vn.motcua.ledger.LedgerFigure;
import vn.motcua.ledger.LedgerRow;
import vn.motcua.dossier.SubmissionChannel;

/**
 * The ledger in SQL. The dossiers of a period are those whose span [receipt, end of processing] overlaps
 * {@code [from, to)} (GiST index {@code dossier_ledger_span}); every figure is a predicate over them, written once
 * here ({@link #RULES}) and used both in {@code count(*) FILTER (…)} and in the drill-down list.
 *
 * <p>Counting those dossiers one by one is too slow for a big agency (a quarter of 10 million dossiers is about
 * 400,000 rows), so {@link #counts} sums per-day counters instead ({@code dossier_ledger_day}, plus the deltas not yet
 * folded into it, {@code dossier_ledger_delta}; kept by triggers of migrations V5_4 and V9_8 in the transaction that
 * changes a dossier, its fees or its rating): each rule is, per dossier, a step at a few instants (received,
 * processing ended, started and stopped counting as overdue), so a figure is a sum of the days of the period (flows)
 * or of the days before its start or its end (running totals). The sums give exactly the counts of the rules for a
 * period bounded by midnights in Vietnam, which every report period is; for other bounds the rules are counted row by
 * row.
 *
 * <p>Timeliness follows {@code Timeliness.classify}: late when processing ended after the due date (the original
 * one, or the one restarted by a supplement), after more than one supplement request, or after an extension when
 * the rule set counts it; early when it ended on an earlier calendar day (agency time zone). Unfinished dossiers
 * are overdue when their due date is before the period end, unless they wait for the applicant's supplement (the
 * clock stops). A dossier without a legal time limit is never late.
 */
@Repository
class LedgerQueries implements DossierLedger {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String ZONE = "'" + VIETNAM.getId() + "'";
    private static final String COUNTED_LATE = "(d.supplement_requests > 1 OR (d.extended AND r.extension_counts_late))";
    private static final String LATE = "(coalesce(d.finished_at > d.deadline_due_at, false) OR " + COUNTED_LATE + ")";
    private static final String EARLY = "(d.deadline_due_at IS NOT NULL AND (d.finished_at AT TIME ZONE " + ZONE
            + ")::date < (d.deadline_due_at AT TIME ZONE " + ZONE + ")::date)";
    private static final String NEW = "d.received_at >= :from";
    private static final String RESOLVED = "d.finished_at < :to";
    private static final String OPEN = "(d.finished_at IS NULL OR d.finished_at >= :to)";
    private static final String OVERDUE = "((coalesce(d.deadline_due_at < :to, false) AND NOT (d.status = "
            + "'SUPPLEMENT_REQUESTED' AND d.supplement_requested_at < :to)) OR " + COUNTED_LATE + ")";
    private static final String FEE = "EXISTS (SELECT 1 FROM dossier_fee f WHERE f.dossier_id = d.id AND f.amount_vnd > 0)";
    private static final String PAID_ONLINE = "EXISTS (SELECT 1 FROM dossier_fee f WHERE f.dossier_id = d.id"
            + " AND f.amount_vnd > 0 AND f.paid_online)";

    private static final Map<LedgerFigure, String> RULES = new EnumMap<>(Map.ofEntries(
            Map.entry(LedgerFigure.RECEIVED, "true"),
            Map.entry(LedgerFigure.CARRIED_OVER, "d.received_at < :from"),
            Map.entry(LedgerFigure.RECEIVED_NEW, NEW),
            Map.entry(LedgerFigure.RECEIVED_ONLINE, NEW + " AND d.channel = 'ONLINE'"),
            Map.entry(LedgerFigure.RECEIVED_DIRECT_OR_POSTAL, NEW + " AND d.channel <> 'ONLINE'"),
            Map.entry(LedgerFigure.RESOLVED, RESOLVED),
            Map.entry(LedgerFigure.RESOLVED_EARLY, RESOLVED + " AND NOT " + LATE + " AND " + EARLY),
            Map.entry(LedgerFigure.RESOLVED_ON_TIME, RESOLVED + " AND NOT " + LATE + " AND NOT " + EARLY),
            Map.entry(LedgerFigure.RESOLVED_LATE, RESOLVED + " AND " + LATE),
            Map.entry(LedgerFigure.IN_PROGRESS, OPEN),
            Map.entry(LedgerFigure.IN_PROGRESS_WITHIN_DEADLINE, OPEN + " AND NOT " + OVERDUE),
            Map.entry(LedgerFigure.IN_PROGRESS_OVERDUE, OPEN + " AND " + OVERDUE),
            Map.entry(LedgerFigure.FEE_BEARING, NEW + " AND " + FEE),
            Map.entry(LedgerFigure.PAID_ONLINE, NEW + " AND " + PAID_ONLINE),
            Map.entry(LedgerFigure.DIGITIZED_AT_INTAKE, NEW + " AND d.digitized"),
            Map.entry(LedgerFigure.REUSED_DATA, NEW + " AND d.reused_data"),
            Map.entry(LedgerFigure.RECEIVED_IDENTIFIED, NEW + " AND d.applicant_identity_provider IS NOT NULL"),
            Map.entry(LedgerFigure.RESULT_DIGITIZED, RESOLVED + " AND d.result_digitized"),
            Map.entry(LedgerFigure.RATED, NEW + " AND EXISTS (SELECT 1 FROM dossier_rating g WHERE g.dossier_id = d.id)"),
            Map.entry(LedgerFigure.RATED_NOT_SATISFIED, NEW + " AND EXISTS (SELECT 1 FROM dossier_rating g"
                    + " WHERE g.dossier_id = d.id AND g.overall = 'NOT_SATISFIED')")));

    /** Days before the period (running totals at its start) and days of the period; all are before its end. */
    private static final String BEFORE_PERIOD = "l.day < :fromDay";
    private static final String IN_PERIOD = "l.day >= :fromDay";
    private static final String IN_PROGRESS_SUM = sum("received", null) + " - " + sum("resolved", null);
    private static final String OVERDUE_SUM = sum("overdue_from", null) + " - " + sum("overdue_until", null);

    /**
     * Each figure as sums of the day counters (see V5_4 for what a dossier adds to them; deltas not yet folded count):
     * received in the period = received on its days; in progress at its end = received − resolved on all days before
     * it; carried over = the same before its start; in the period = carried over + received in it.
     */
    private static final Map<LedgerFigure, String> DAY_SUMS = new EnumMap<>(Map.ofEntries(
            Map.entry(LedgerFigure.RECEIVED, sum("received", null) + " - " + sum("resolved", BEFORE_PERIOD)),
            Map.entry(LedgerFigure.CARRIED_OVER, sum("received", BEFORE_PERIOD) + " - "
                    + sum("resolved", BEFORE_PERIOD)),
            Map.entry(LedgerFigure.RECEIVED_NEW, sum("received", IN_PERIOD)),
            Map.entry(LedgerFigure.RECEIVED_ONLINE, sum("received_online", IN_PERIOD)),
            Map.entry(LedgerFigure.RECEIVED_DIRECT_OR_POSTAL, sum("received", IN_PERIOD) + " - "
                    + sum("received_online", IN_PERIOD)),
            Map.entry(LedgerFigure.RESOLVED, sum("resolved", IN_PERIOD)),
            Map.entry(LedgerFigure.RESOLVED_EARLY, sum("resolved_early", IN_PERIOD)),
            Map.entry(LedgerFigure.RESOLVED_ON_TIME, sum("resolved_on_time", IN_PERIOD)),
            Map.entry(LedgerFigure.RESOLVED_LATE, sum("resolved_late", IN_PERIOD)),
            Map.entry(LedgerFigure.IN_PROGRESS, IN_PROGRESS_SUM),
            Map.entry(LedgerFigure.IN_PROGRESS_WITHIN_DEADLINE, IN_PROGRESS_SUM + " - (" + OVERDUE_SUM + ")"),
            Map.entry(LedgerFigure.IN_PROGRESS_OVERDUE, OVERDUE_SUM),
            Map.entry(LedgerFigure.FEE_BEARING, sum("fee_bearing", IN_PERIOD)),
            Map.entry(LedgerFigure.PAID_ONLINE, sum("paid_online", IN_PERIOD)),
            Map.entry(LedgerFigure.DIGITIZED_AT_INTAKE, sum("digitized", IN_PERIOD)),
            Map.entry(LedgerFigure.REUSED_DATA, sum("reused", IN_PERIOD)),
            Map.entry(LedgerFigure.RECEIVED_IDENTIFIED, sum("identified", IN_PERIOD)),
            Map.entry(LedgerFigure.RESULT_DIGITIZED, sum("result_digitized", IN_PERIOD)),
            Map.entry(LedgerFigure.RATED, sum("rated", IN_PERIOD)),
            Map.entry(LedgerFigure.RATED_NOT_SATISFIED, sum("rated_not_satisfied", IN_PERIOD))));

    private static final String PERIOD = """
            FROM dossier d JOIN dossier_rule_set r ON r.id = d.rule_set
            WHERE d.agency_code = :agency AND d.received_at IS NOT NULL
              AND tstzrange(d.received_at, CASE WHEN d.finished_at IS NOT NULL
                                                THEN greatest(d.finished_at, d.received_at) END, '[]')
                  && tstzrange(:from, :to, '[)')
            """;

    private final JdbcClient jdbc;

    LedgerQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<LedgerRow> counts(String agency, Instant from, Instant to) {
        if (!isMidnight(from) || !isMidnight(to)) {
            return rowCounts(agency, from, to);
        }
        return jdbc.sql(countsSql())
                .param("agency", agency).param("fromDay", LocalDate.ofInstant(from, VIETNAM))
                .param("toDay", LocalDate.ofInstant(to, VIETNAM))
                .query(LedgerQueries::row).list();
    }

    /** The rules counted row by row ({@link #rowCountsSql()}). */
    List<LedgerRow> rowCounts(String agency, Instant from, Instant to) {
        return jdbc.sql(rowCountsSql())
                .param("agency", agency).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(LedgerQueries::row).list();
    }

    /**
     * The SQL of {@link #counts} for a period bounded by midnights: the day counters and the deltas summed, parameters
     * {@code :agency}, {@code :fromDay}, {@code :toDay} (dates; the bench explains it). A field appears when some
     * dossier of it is in the period, as in {@link #rowCountsSql()}.
     */
    static String countsSql() {
        return "SELECT l.field_name,\n       " + figures(DAY_SUMS)
                + "\nFROM (SELECT * FROM dossier_ledger_day WHERE agency_code = :agency AND day < :toDay"
                + "\n      UNION ALL"
                + "\n      SELECT * FROM dossier_ledger_delta WHERE agency_code = :agency AND day < :toDay) l"
                + "\nGROUP BY l.field_name"
                + "\nHAVING " + DAY_SUMS.get(LedgerFigure.RECEIVED) + " > 0"
                + "\nORDER BY l.field_name NULLS LAST";
    }

    /**
     * The rules counted row by row over the dossiers of the period, parameters {@code :agency}, {@code :from},
     * {@code :to} (instants): the definition that the day counters follow, used for periods not bounded by midnights.
     */
    static String rowCountsSql() {
        return "SELECT d.field_name,\n       " + figures(RULES.entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, e -> "count(*) FILTER (WHERE " + e.getValue() + ")", (a, b) -> a,
                () -> new EnumMap<>(LedgerFigure.class)))) + "\n" + PERIOD
                + "GROUP BY d.field_name ORDER BY d.field_name NULLS LAST";
    }

    private static String figures(Map<LedgerFigure, String> expressions) {
        return expressions.entrySet().stream().map(e -> e.getValue() + " AS " + e.getKey().name())
                .collect(Collectors.joining(",\n       "));
    }

    /** {@code sum(l.counter)} over the rows {@code when} holds for (all rows when null), 0 when there are none. */
    private static String sum(String counter, String when) {
        return "coalesce(sum(l." + counter + ")" + (when == null ? "" : " FILTER (WHERE " + when + ")") + ", 0)";
    }

    private static boolean isMidnight(Instant instant) {
        return instant.atZone(VIETNAM).toLocalTime().equals(LocalTime.MIDNIGHT);
    }

    @Override
    public List<LedgerDossier> dossiers(String agency, Instant from, Instant to, LedgerFigure figure, String field,
            int limit) {
        String byField = field == null ? "" : field.isEmpty() ? " AND d.field_name IS NULL"
                : " AND d.field_name = :field";
        var spec = jdbc.sql("""
                SELECT d.code, d.procedure_code, d.procedure_name, d.field_name, d.channel, d.status,
                       d.applicant_name, d.received_at, d.deadline_due_at, d.finished_at
                """ + PERIOD + " AND " + RULES.get(figure) + byField + " ORDER BY d.received_at, d.code LIMIT :limit")
                .param("agency", agency).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .param("limit", limit);
        if (field != null && !field.isEmpty()) {
            spec = spec.param("field", field);
        }
        return spec.query((rs, n) -> new LedgerDossier(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), SubmissionChannel.valueOf(rs.getString(5)), DossierStatus.valueOf(rs.getString(6)),
                rs.getString(7), instant(rs, "received_at"),
                instant(rs, "deadline_due_at"), instant(rs, "finished_at")))
                .list();
    }

    private static LedgerRow row(ResultSet rs, int n) throws SQLException {
        Map<LedgerFigure, Long> counts = new EnumMap<>(LedgerFigure.class);
        for (LedgerFigure figure : LedgerFigure.values()) {
            counts.put(figure, rs.getLong(figure.name()));
        }
        return new LedgerRow(rs.getString("field_name"), counts);
    }

}

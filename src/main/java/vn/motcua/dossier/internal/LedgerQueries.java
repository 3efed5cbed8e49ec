package vn.motcua.dossier.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.dossier.DossierLedger;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.LedgerDossier;
import vn.motcua.dossier.LedgerFigure;
import vn.motcua.dossier.LedgerRow;
import vn.motcua.dossier.SubmissionChannel;

/**
 * The ledger in SQL. The dossiers of a period are those whose span [receipt, end of processing] overlaps
 * {@code [from, to)} (GiST index {@code dossier_ledger_span}); every figure is a predicate over them, written once
 * here and used both in {@code count(*) FILTER (…)} and in the drill-down list.
 *
 * <p>Timeliness follows {@code Timeliness.classify}: late when processing ended after the due date (the original
 * one, or the one restarted by a supplement), after more than one supplement request, or after an extension when
 * the rule set counts it; early when it ended on an earlier calendar day (agency time zone). Unfinished dossiers
 * are overdue when their due date is before the period end, unless they wait for the applicant's supplement (the
 * clock stops). A dossier without a legal time limit is never late.
 */
@Repository
class LedgerQueries implements DossierLedger {

    private static final String ZONE = "'Asia/Ho_Chi_Minh'";
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
            Map.entry(LedgerFigure.RESULT_DIGITIZED, RESOLVED + " AND d.result_digitized"),
            Map.entry(LedgerFigure.RATED, NEW + " AND EXISTS (SELECT 1 FROM dossier_rating g WHERE g.dossier_id = d.id)"),
            Map.entry(LedgerFigure.RATED_NOT_SATISFIED, NEW + " AND EXISTS (SELECT 1 FROM dossier_rating g"
                    + " WHERE g.dossier_id = d.id AND g.overall = 'NOT_SATISFIED')")));

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
        String figures = RULES.entrySet().stream()
                .map(e -> "count(*) FILTER (WHERE " + e.getValue() + ") AS " + e.getKey().name())
                .collect(Collectors.joining(",\n       "));
        return jdbc.sql("SELECT d.field_name,\n       " + figures + "\n" + PERIOD
                        + "GROUP BY d.field_name ORDER BY d.field_name NULLS LAST")
                .param("agency", agency).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(LedgerQueries::row).list();
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
                rs.getString(7), DossierRepository.instant(rs, "received_at"),
                DossierRepository.instant(rs, "deadline_due_at"), DossierRepository.instant(rs, "finished_at")))
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

package vn.motcua.periodic.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.periodic.Narrative;
import vn.motcua.periodic.PeriodicReport;
import vn.motcua.periodic.ReportKind;
import vn.motcua.periodic.ReportStatus;
import vn.motcua.reporting.PeriodType;
import vn.motcua.reporting.ReportingPeriod;

/** The periodic reports kept (table {@code periodic_report}, V8_2). */
@Repository
class PeriodicRepository {

    private static final String COLUMNS = """
            id, agency_code, kind, period_name, period_type, period_from, period_to, status, revision, number,
            issued_on, issued_by, issued_at, narrative::text AS narrative, version, updated_by, updated_at""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PeriodicRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<PeriodicReport> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM periodic_report WHERE id = :id").param("id", id)
                .query(this::report).optional();
    }

    /** The report, its row locked until the transaction ends. */
    Optional<PeriodicReport> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM periodic_report WHERE id = :id FOR UPDATE").param("id", id)
                .query(this::report).optional();
    }

    /** The period's draft, its row locked until the transaction ends. */
    Optional<PeriodicReport> lockDraft(String agency, ReportKind kind, ReportingPeriod period) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM periodic_report
                WHERE agency_code = :agency AND kind = :kind AND period_name = :name AND period_type = :type
                  AND status = 'DRAFT'
                  FOR UPDATE""")
                .param("agency", agency).param("kind", kind.name()).param("name", period.name())
                .param("type", period.type().name()).query(this::report).optional();
    }

    /**
     * A new draft of the period; empty when another transaction created it first (the caller then updates that one).
     */
    Optional<Long> insertDraft(String agency, ReportKind kind, ReportingPeriod period, Narrative narrative,
            String actor, Instant now) {
        return jdbc.sql("""
                INSERT INTO periodic_report (agency_code, kind, period_name, period_type, period_from, period_to,
                                             status, narrative, created_by, created_at, updated_by, updated_at)
                VALUES (:agency, :kind, :name, :type, :from, :to, 'DRAFT', CAST(:narrative AS jsonb), :actor, :now,
                        :actor, :now)
                ON CONFLICT (agency_code, kind, period_name, period_type) WHERE status = 'DRAFT' DO NOTHING
                RETURNING id""")
                .param("agency", agency).param("kind", kind.name()).param("name", period.name())
                .param("type", period.type().name()).param("from", period.from()).param("to", period.to())
                .param("narrative", json.writeValueAsString(narrative)).param("actor", actor)
                .param("now", Timestamp.from(now)).query(Long.class).optional();
    }

    void updateNarrative(long id, Narrative narrative, String actor, Instant now) {
        jdbc.sql("""
                UPDATE periodic_report
                   SET narrative = CAST(:narrative AS jsonb), version = version + 1, updated_by = :actor,
                       updated_at = :now
                 WHERE id = :id AND status = 'DRAFT'""")
                .param("id", id).param("narrative", json.writeValueAsString(narrative)).param("actor", actor)
                .param("now", Timestamp.from(now)).update();
    }

    /** The next revision number of the period's issued versions. */
    int nextRevision(PeriodicReport report) {
        return jdbc.sql("""
                SELECT coalesce(max(revision), 0) + 1 FROM periodic_report
                 WHERE agency_code = :agency AND kind = :kind AND period_name = :name AND period_type = :type
                   AND status = 'ISSUED'""")
                .param("agency", report.agencyCode()).param("kind", report.kind().name())
                .param("name", report.period()).param("type", report.periodType().name()).query(Integer.class)
                .single();
    }

    /** Issues the draft: its numbered narrative, content, figures and document, frozen from now on. */
    void issue(long id, int revision, Narrative narrative, LocalDate issuedOn, String contentJson,
            Map<String, Long> figures, String documentKey, String actor, Instant now) {
        jdbc.sql("""
                UPDATE periodic_report
                   SET status = 'ISSUED', revision = :revision, number = :number, issued_on = :issuedOn,
                       narrative = CAST(:narrative AS jsonb),
                       issued_by = :actor, issued_at = :now, content = CAST(:content AS jsonb),
                       figures = CAST(:figures AS jsonb), document_key = :document, version = version + 1,
                       updated_by = :actor, updated_at = :now
                 WHERE id = :id AND status = 'DRAFT'""")
                .param("id", id).param("revision", revision).param("number", narrative.number())
                .param("narrative", json.writeValueAsString(narrative)).param("issuedOn", issuedOn)
                .param("content", contentJson).param("figures", json.writeValueAsString(figures))
                .param("document", documentKey).param("actor", actor).param("now", Timestamp.from(now)).update();
    }

    /** The frozen content of an issued version, as JSON. */
    String content(long id) {
        return jdbc.sql("SELECT content::text FROM periodic_report WHERE id = :id").param("id", id)
                .query(String.class).single();
    }

    String documentKey(long id) {
        return jdbc.sql("SELECT document_key FROM periodic_report WHERE id = :id").param("id", id)
                .query(String.class).single();
    }

    /** The figures of the period's latest issued version; empty when none was issued. */
    Optional<Map<String, Long>> lastIssuedFigures(PeriodicReport report) {
        return jdbc.sql("""
                SELECT figures::text FROM periodic_report
                 WHERE agency_code = :agency AND kind = :kind AND period_name = :name AND period_type = :type
                   AND status = 'ISSUED'
                 ORDER BY revision DESC
                 LIMIT 1""")
                .param("agency", report.agencyCode()).param("kind", report.kind().name())
                .param("name", report.period()).param("type", report.periodType().name()).query(String.class)
                .optional().map(text -> json.readValue(text, new TypeReference<LinkedHashMap<String, Long>>() {}));
    }

    /** The agency's reports, newest period first; of one period when given. */
    List<PeriodicReport> list(String agency, ReportingPeriod period) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM periodic_report
                WHERE agency_code = :agency
                  AND (CAST(:name AS text) IS NULL OR (period_name = :name AND period_type = :type))
                ORDER BY period_from DESC, kind, status, revision DESC NULLS FIRST
                LIMIT 500""")
                .param("agency", agency).param("name", period == null ? null : period.name())
                .param("type", period == null ? null : period.type().name()).query(this::report).list();
    }

    private PeriodicReport report(ResultSet rs, int row) throws SQLException {
        Timestamp issuedAt = rs.getTimestamp("issued_at");
        return new PeriodicReport(rs.getLong("id"), rs.getString("agency_code"),
                ReportKind.valueOf(rs.getString("kind")), rs.getString("period_name"),
                PeriodType.valueOf(rs.getString("period_type")), rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class), ReportStatus.valueOf(rs.getString("status")),
                (Integer) rs.getObject("revision"), rs.getString("number"),
                rs.getObject("issued_on", LocalDate.class), rs.getString("issued_by"),
                issuedAt == null ? null : issuedAt.toInstant(),
                json.readValue(rs.getString("narrative"), Narrative.class), rs.getInt("version"),
                rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant());
    }
}

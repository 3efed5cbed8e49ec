package vn.motcua.dossier.internal;

import static vn.motcua.shared.jdbc.Columns.instant;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of the process control sheet: each hand-over, when it started and ended, against its own deadline. */
@Repository
class StepRepository {

    /** Kinds of rows on the control sheet. */
    enum Kind { PROCEDURE_STEP, CONSULTATION, INTER_AGENCY }

    record Step(long id, int seq, Kind kind, Integer stepIndex, String responsible, String action, String handedBy,
            String handedTo, Instant startedAt, Instant dueAt, Instant finishedAt, String finishedBy, String outcome,
            String note) {}

    private final JdbcClient jdbc;

    StepRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void start(long dossierId, Kind kind, Integer stepIndex, String responsible, String action, String handedBy,
            String handedTo, Instant startedAt, Instant dueAt) {
        jdbc.sql("""
                INSERT INTO dossier_step (dossier_id, seq, kind, step_index, responsible, action, handed_by,
                                          handed_to, started_at, due_at)
                VALUES (:dossier,
                        (SELECT coalesce(max(seq), 0) + 1 FROM dossier_step WHERE dossier_id = :dossier),
                        :kind, :stepIndex, :responsible, :action, :handedBy, :handedTo, :startedAt, :dueAt)
                """)
                .param("dossier", dossierId).param("kind", kind.name()).param("stepIndex", stepIndex, Types.INTEGER)
                .param("responsible", responsible).param("action", action)
                .param("handedBy", handedBy, Types.VARCHAR).param("handedTo", handedTo, Types.VARCHAR)
                .param("startedAt", Timestamp.from(startedAt))
                .param("dueAt", DossierRepository.ts(dueAt), Types.TIMESTAMP).update();
    }

    /** The open row of a kind (the current procedure step, or an open consultation). */
    Optional<Step> open(long dossierId, Kind kind) {
        return jdbc.sql(SELECT + " WHERE dossier_id = :dossier AND kind = :kind AND finished_at IS NULL"
                        + " ORDER BY seq DESC LIMIT 1")
                .param("dossier", dossierId).param("kind", kind.name()).query(StepRepository::map).optional();
    }

    void finish(long stepId, Instant at, String by, String outcome, String note) {
        jdbc.sql("""
                UPDATE dossier_step SET finished_at = :at, finished_by = :by, outcome = :outcome, note = :note
                WHERE id = :id AND finished_at IS NULL
                """).param("at", Timestamp.from(at)).param("by", by).param("outcome", outcome)
                .param("note", note, Types.VARCHAR).param("id", stepId).update();
    }

    /** Closes every open row (the dossier left processing: resolved, stopped, withdrawn). */
    void finishAll(long dossierId, Instant at, String by, String outcome) {
        jdbc.sql("""
                UPDATE dossier_step SET finished_at = :at, finished_by = :by, outcome = :outcome
                WHERE dossier_id = :dossier AND finished_at IS NULL
                """).param("at", Timestamp.from(at)).param("by", by).param("outcome", outcome)
                .param("dossier", dossierId).update();
    }

    List<Step> list(long dossierId) {
        return jdbc.sql(SELECT + " WHERE dossier_id = :dossier ORDER BY seq").param("dossier", dossierId)
                .query(StepRepository::map).list();
    }

    private static final String SELECT = """
            SELECT id, seq, kind, step_index, responsible, action, handed_by, handed_to, started_at, due_at,
                   finished_at, finished_by, outcome, note
            FROM dossier_step
            """;

    private static Step map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Step(rs.getLong("id"), rs.getInt("seq"), Kind.valueOf(rs.getString("kind")),
                (Integer) rs.getObject("step_index"), rs.getString("responsible"), rs.getString("action"),
                rs.getString("handed_by"), rs.getString("handed_to"), instant(rs, "started_at"),
                instant(rs, "due_at"), instant(rs, "finished_at"),
                rs.getString("finished_by"), rs.getString("outcome"), rs.getString("note"));
    }
}

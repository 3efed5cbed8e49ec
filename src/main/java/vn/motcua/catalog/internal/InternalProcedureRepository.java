package vn.motcua.catalog.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.catalog.InternalProcedurePlan;
import vn.motcua.catalog.InternalStep;
import vn.motcua.catalog.TimeLimitUnit;

/** Internal procedures in SQL: each save is a new revision with its steps; the latest revision is in force. */
@Repository
class InternalProcedureRepository {

    /** A stored revision. */
    record Revision(long id, long versionId, int revision, InternalProcedurePlan plan, Instant createdAt,
            String createdBy) {}

    private final JdbcClient jdbc;

    InternalProcedureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int insert(long versionId, InternalProcedurePlan plan, Instant now, String user) {
        int revision = jdbc.sql("SELECT coalesce(max(revision), 0) + 1 FROM catalog_internal_procedure"
                        + " WHERE version_id = :versionId")
                .param("versionId", versionId).query(Integer.class).single();
        long id = jdbc.sql("""
                INSERT INTO catalog_internal_procedure (version_id, revision, mismatch_reason, approved_by,
                                                        created_at, created_by)
                VALUES (:versionId, :revision, :reason, :approvedBy, :now, :user)
                RETURNING id
                """).param("versionId", versionId).param("revision", revision)
                .param("reason", plan.mismatchReason(), java.sql.Types.VARCHAR)
                .param("approvedBy", plan.approvedBy(), java.sql.Types.VARCHAR)
                .param("now", Timestamp.from(now)).param("user", user).query(Long.class).single();
        int position = 1;
        for (InternalStep step : plan.steps()) {
            jdbc.sql("""
                    INSERT INTO catalog_internal_step (internal_procedure_id, position, branch, responsible, action,
                                                       duration, duration_unit)
                    VALUES (:id, :position, :branch, :responsible, :action, :duration, :unit)
                    """).param("id", id).param("position", position++)
                    .param("branch", step.branch(), java.sql.Types.VARCHAR)
                    .param("responsible", step.responsible().strip()).param("action", step.action().strip())
                    .param("duration", step.duration()).param("unit", step.unit().name()).update();
        }
        return revision;
    }

    Optional<Revision> latest(long versionId) {
        return jdbc.sql("""
                SELECT id, version_id, revision, mismatch_reason, approved_by, created_at, created_by
                FROM catalog_internal_procedure
                WHERE version_id = :versionId
                ORDER BY revision DESC
                LIMIT 1
                """).param("versionId", versionId)
                .query((rs, n) -> new Object[] {rs.getLong("id"), rs.getInt("revision"), rs.getString("mismatch_reason"),
                        rs.getString("approved_by"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by")})
                .optional()
                .map(row -> new Revision((Long) row[0], versionId, (Integer) row[1],
                        new InternalProcedurePlan(steps((Long) row[0]), (String) row[2], (String) row[3]),
                        (Instant) row[4], (String) row[5]));
    }

    private List<InternalStep> steps(long internalProcedureId) {
        return jdbc.sql("""
                SELECT branch, responsible, action, duration, duration_unit
                FROM catalog_internal_step
                WHERE internal_procedure_id = :id
                ORDER BY position
                """).param("id", internalProcedureId)
                .query((rs, n) -> new InternalStep(rs.getString("branch"), rs.getString("responsible"),
                        rs.getString("action"), rs.getBigDecimal("duration"),
                        TimeLimitUnit.valueOf(rs.getString("duration_unit"))))
                .list();
    }

    static BigDecimal zero() {
        return BigDecimal.ZERO;
    }
}

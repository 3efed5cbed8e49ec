package vn.motcua.catalog.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
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

    private static final String SELECT_LATEST = """
            SELECT v.id AS version_id, i.id, i.revision, i.mismatch_reason, i.approved_by, i.created_at, i.created_by,
                   ARRAY(SELECT s.branch FROM catalog_internal_step s WHERE s.internal_procedure_id = i.id
                         ORDER BY s.position) AS branches,
                   ARRAY(SELECT s.responsible FROM catalog_internal_step s WHERE s.internal_procedure_id = i.id
                         ORDER BY s.position) AS responsibles,
                   ARRAY(SELECT s.action FROM catalog_internal_step s WHERE s.internal_procedure_id = i.id
                         ORDER BY s.position) AS actions,
                   ARRAY(SELECT s.duration FROM catalog_internal_step s WHERE s.internal_procedure_id = i.id
                         ORDER BY s.position) AS durations,
                   ARRAY(SELECT s.duration_unit FROM catalog_internal_step s WHERE s.internal_procedure_id = i.id
                         ORDER BY s.position) AS duration_units
              FROM catalog_version v
              LEFT JOIN LATERAL (SELECT * FROM catalog_internal_procedure r WHERE r.version_id = v.id
                                 ORDER BY r.revision DESC LIMIT 1) i ON true
            """;

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

    /** The latest revision of a version's internal procedure, with its steps. */
    Optional<Revision> latest(long versionId) {
        return jdbc.sql(SELECT_LATEST + " WHERE v.id = :versionId").param("versionId", versionId)
                .query(this::mapVersionPlan).optional().flatMap(VersionPlan::latest);
    }

    /**
     * A version found by its procedure's agency and code and its number, and the latest revision of its internal
     * procedure, in one statement (read on every action of a dossier); empty when there is no such version.
     */
    Optional<VersionPlan> latest(String agency, String code, int version) {
        return jdbc.sql(SELECT_LATEST + """
                  JOIN catalog_procedure p ON p.id = v.procedure_id
                 WHERE p.agency_code = :agency AND p.code = :code AND v.version = :version
                """).param("agency", agency).param("code", code).param("version", version)
                .query(this::mapVersionPlan).optional();
    }

    /** A stored version's id and the latest revision of its internal procedure, if it has one. */
    record VersionPlan(long versionId, Optional<Revision> latest) {}

    private VersionPlan mapVersionPlan(ResultSet rs, int n) throws SQLException {
        long versionId = rs.getLong("version_id");
        long id = rs.getLong("id");
        if (rs.wasNull()) {
            return new VersionPlan(versionId, Optional.empty());
        }
        String[] branches = (String[]) rs.getArray("branches").getArray();
        String[] responsibles = (String[]) rs.getArray("responsibles").getArray();
        String[] actions = (String[]) rs.getArray("actions").getArray();
        BigDecimal[] durations = (BigDecimal[]) rs.getArray("durations").getArray();
        String[] units = (String[]) rs.getArray("duration_units").getArray();
        List<InternalStep> steps = new ArrayList<>(branches.length);
        for (int i = 0; i < branches.length; i++) {
            steps.add(new InternalStep(branches[i], responsibles[i], actions[i], durations[i],
                    TimeLimitUnit.valueOf(units[i])));
        }
        return new VersionPlan(versionId, Optional.of(new Revision(id, versionId, rs.getInt("revision"),
                new InternalProcedurePlan(steps, rs.getString("mismatch_reason"), rs.getString("approved_by")),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"))));
    }

    static BigDecimal zero() {
        return BigDecimal.ZERO;
    }
}

package vn.motcua.control.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.control.ControlField;
import vn.motcua.control.ControlList;
import vn.motcua.control.ControlRecord;
import vn.motcua.control.FindingAssessment;
import vn.motcua.control.InspectionContent;
import vn.motcua.control.InspectionFinding;
import vn.motcua.control.FieldType;
import vn.motcua.identity.AgencyCode;

/**
 * The five control tables. The statements are the same for each list, written over its columns ({@link Schema});
 * parameters are named after the columns. Selections take a condition from {@link ControlFigures} or the period
 * filter, always within one agency.
 */
@Repository
class ControlRepository {

    private final JdbcClient jdbc;

    ControlRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ControlList list, AgencyCode agency, Map<String, Object> values, String actor, Instant at) {
        List<String> columns = Schema.columns(list);
        String sql = "INSERT INTO " + Schema.table(list) + " (agency_code, " + String.join(", ", columns)
                + ", created_by, created_at, updated_by, updated_at)\n"
                + "VALUES (:agency_code, " + columns.stream().map(c -> ":" + c).collect(Collectors.joining(", "))
                + ", :actor, :at, :actor, :at)\nRETURNING id";
        return bind(jdbc.sql(sql), list, values).param("agency_code", agency.value()).param("actor", actor)
                .param("at", Timestamp.from(at)).query(Long.class).single();
    }

    /** Replaces the fields of a record that still has {@code version}; false when it has another (or is gone). */
    boolean update(ControlList list, long id, int version, AgencyCode agency, Map<String, Object> values,
            String actor, Instant at) {
        String sql = "UPDATE " + Schema.table(list) + "\nSET agency_code = :agency_code, "
                + Schema.columns(list).stream().map(c -> c + " = :" + c).collect(Collectors.joining(", "))
                + ",\n    version = version + 1, updated_by = :actor, updated_at = :at\n"
                + "WHERE id = :id AND version = :version";
        return bind(jdbc.sql(sql), list, values).param("agency_code", agency.value()).param("actor", actor)
                .param("at", Timestamp.from(at)).param("id", id).param("version", version).update() == 1;
    }

    boolean delete(ControlList list, long id, Integer version) {
        String sql = "DELETE FROM " + Schema.table(list) + " WHERE id = :id"
                + (version == null ? "" : " AND version = :version");
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("id", id);
        if (version != null) {
            statement = statement.param("version", version);
        }
        return statement.update() == 1;
    }

    /** The record, locked until the end of the transaction when {@code lock}. */
    Optional<ControlRecord> find(ControlList list, long id, boolean lock) {
        return jdbc.sql(select(list) + "WHERE id = :id" + (lock ? " FOR UPDATE" : "")).param("id", id)
                .query((rs, n) -> row(list, rs)).optional();
    }

    /**
     * The agency's records meeting {@code condition} (SQL over the list's columns, may use {@code :from} and
     * {@code :to}), ordered by the earliest of the record's period dates, then id.
     */
    List<ControlRecord> select(ControlList list, String agency, String condition, LocalDate from, LocalDate to) {
        String order = "least(" + list.periodFields().stream().map(f -> Schema.column(list, f))
                .collect(Collectors.joining(", ")) + ")";
        JdbcClient.StatementSpec statement = jdbc.sql(select(list) + "WHERE agency_code = :agency"
                + (condition == null ? "" : "\n  AND (" + condition + ")")
                + "\nORDER BY " + order + " NULLS LAST, id").param("agency", agency);
        if (condition != null) {
            statement = statement.param("from", from).param("to", to);
        }
        return statement.query((rs, n) -> row(list, rs)).list();
    }

    /** The values of several aggregates, each over the agency's rows meeting its own condition, in one pass. */
    List<Long> aggregate(ControlList list, String agency, List<String> aggregates, List<String> conditions,
            LocalDate from, LocalDate to) {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < aggregates.size(); i++) {
            sql.append(i == 0 ? "" : ",\n       ").append("coalesce(").append(aggregates.get(i))
                    .append(" FILTER (WHERE ").append(conditions.get(i)).append("), 0) AS f").append(i);
        }
        sql.append("\nFROM ").append(Schema.table(list)).append("\nWHERE agency_code = :agency");
        return jdbc.sql(sql.toString()).param("agency", agency).param("from", from).param("to", to)
                .query((rs, n) -> {
                    List<Long> values = new java.util.ArrayList<>();
                    for (int i = 0; i < aggregates.size(); i++) {
                        values.add(rs.getLong(i + 1));
                    }
                    return values;
                }).single();
    }

    private static String select(ControlList list) {
        return "SELECT id, agency_code, version, created_by, created_at, updated_by, updated_at, "
                + String.join(", ", Schema.columns(list)) + "\nFROM " + Schema.table(list) + "\n";
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, ControlList list,
            Map<String, Object> values) {
        for (ControlField field : list.fields()) {
            Object value = values.get(field.name());
            statement = statement.param(Schema.column(field), value, sqlType(field.type()));
        }
        return statement;
    }

    private static int sqlType(FieldType type) {
        return switch (type) {
            case DATE -> java.sql.Types.DATE;
            case COUNT -> java.sql.Types.BIGINT;
            default -> java.sql.Types.VARCHAR;
        };
    }

    private static ControlRecord row(ControlList list, ResultSet rs) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (ControlField field : list.fields()) {
            String column = Schema.column(field);
            Object value = switch (field.type()) {
                case DATE -> rs.getObject(column, LocalDate.class);
                case COUNT -> {
                    long n = rs.getLong(column);
                    yield rs.wasNull() ? null : n;
                }
                default -> rs.getString(column);
            };
            values.put(field.name(), value);
        }
        return new ControlRecord(rs.getLong("id"), list, rs.getString("agency_code"), rs.getInt("version"), values,
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant());
    }

    /** The findings of the agency's inspections: of one inspection, or of those conducted between two days. */
    List<InspectionFinding> findings(Long inspectionId, String agency, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT f.inspection_id, i.title, i.conducted_date, f.unit, f.content, f.assessment, f.note
                  FROM control_inspection_finding f
                  JOIN control_inspection i ON i.id = f.inspection_id
                 WHERE (CAST(:id AS bigint) IS NULL OR f.inspection_id = :id)
                   AND (CAST(:agency AS text) IS NULL
                        OR (i.agency_code = :agency AND i.conducted_date BETWEEN :from AND :to))
                 ORDER BY i.conducted_date NULLS LAST, f.inspection_id, f.unit, array_position(ARRAY['DIRECTION',
                       'PUBLICATION', 'RESOLUTION', 'FEEDBACK', 'REVIEW', 'REPORTING', 'ONE_STOP'], f.content)""")
                .param("id", inspectionId, java.sql.Types.BIGINT).param("agency", agency, java.sql.Types.VARCHAR)
                .param("from", from, java.sql.Types.DATE).param("to", to, java.sql.Types.DATE)
                .query((rs, n) -> new InspectionFinding(rs.getLong("inspection_id"), rs.getString("title"),
                        rs.getObject("conducted_date", LocalDate.class), rs.getString("unit"),
                        InspectionContent.valueOf(rs.getString("content")),
                        FindingAssessment.valueOf(rs.getString("assessment")), rs.getString("note")))
                .list();
    }

    /** Replaces the findings of one unit of an inspection and moves the inspection's version on. */
    void replaceFindings(long inspectionId, String unit, List<InspectionFinding.Entry> entries, String actor,
            Instant at) {
        jdbc.sql("DELETE FROM control_inspection_finding WHERE inspection_id = :id AND unit = :unit")
                .param("id", inspectionId).param("unit", unit).update();
        for (InspectionFinding.Entry entry : entries) {
            jdbc.sql("""
                    INSERT INTO control_inspection_finding (inspection_id, unit, content, assessment, note)
                    VALUES (:id, :unit, :content, :assessment, :note)""")
                    .param("id", inspectionId).param("unit", unit).param("content", entry.content().name())
                    .param("assessment", entry.assessment().name())
                    .param("note", entry.note() == null ? "" : entry.note().strip()).update();
        }
        jdbc.sql("""
                UPDATE control_inspection SET version = version + 1, updated_by = :actor, updated_at = :at
                 WHERE id = :id""").param("id", inspectionId).param("actor", actor).param("at", Timestamp.from(at))
                .update();
    }
}

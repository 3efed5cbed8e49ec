package vn.motcua.controlplan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.controlplan.Evidence;
import vn.motcua.controlplan.PlanDraft;
import vn.motcua.controlplan.ProgressEntry;
import vn.motcua.controlplan.ProgressInput;
import vn.motcua.controlplan.ProgressStatus;

/** The SQL of plans, their sections and tasks, and progress entries (V7_3). */
@Repository
class PlanRepository {

    /** A plan's row, before its appendix is read. */
    record PlanRow(long id, String agencyCode, int year, String number, LocalDate issuedOn, String title,
            String signer, String signerTitle, List<String> basis, List<String> purpose, List<String> requirements,
            List<String> organisation, Long replacesPlanId, Long replacedByPlanId, int version, String updatedBy,
            Instant updatedAt) {}

    record SectionRow(long id, String number, String title) {}

    record TaskRow(long id, long sectionId, int position, String content, String leadUnit,
            List<String> coordinatingUnits, String expectedResult, String timeFrame, String note) {}

    private static final String PLAN_COLUMNS = """
            SELECT p.id, p.agency_code, p.year, p.number, p.issued_on, p.title, p.signer, p.signer_title, p.basis,
                   p.purpose, p.requirements, p.organisation, p.replaces_plan_id, p.version, p.updated_by,
                   p.updated_at, (SELECT r.id FROM control_plan r WHERE r.replaces_plan_id = p.id) AS replaced_by
              FROM control_plan p
            """;

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertPlan(PlanDraft d, String actor, Instant at) {
        return jdbc.sql("""
                INSERT INTO control_plan (agency_code, year, number, issued_on, title, signer, signer_title, basis,
                                          purpose, requirements, organisation, replaces_plan_id,
                                          created_by, created_at, updated_by, updated_at)
                VALUES (:agency, :year, :number, :issued_on, :title, :signer, :signer_title, :basis, :purpose,
                        :requirements, :organisation, :replaces, :actor, :at, :actor, :at)
                RETURNING id
                """).param("agency", d.agencyCode()).param("year", d.year()).param("number", d.number())
                .param("issued_on", d.issuedOn()).param("title", d.title()).param("signer", d.signer())
                .param("signer_title", d.signerTitle()).param("basis", lines(d.basis()))
                .param("purpose", lines(d.purpose())).param("requirements", lines(d.requirements()))
                .param("organisation", lines(d.organisation())).param("replaces", d.replacesPlanId())
                .param("actor", actor).param("at", Timestamp.from(at)).query(Long.class).single();
    }

    /** Writes the texts and version + 1 while the plan has {@code version}; false when it does not. */
    boolean updatePlan(long id, int version, PlanDraft d, String actor, Instant at) {
        return jdbc.sql("""
                UPDATE control_plan
                   SET number = :number, issued_on = :issued_on, title = :title, signer = :signer,
                       signer_title = :signer_title, basis = :basis, purpose = :purpose,
                       requirements = :requirements, organisation = :organisation,
                       version = version + 1, updated_by = :actor, updated_at = :at
                 WHERE id = :id AND version = :version
                """).param("number", d.number()).param("issued_on", d.issuedOn()).param("title", d.title())
                .param("signer", d.signer()).param("signer_title", d.signerTitle())
                .param("basis", lines(d.basis())).param("purpose", lines(d.purpose()))
                .param("requirements", lines(d.requirements())).param("organisation", lines(d.organisation()))
                .param("actor", actor).param("at", Timestamp.from(at)).param("id", id).param("version", version)
                .update() == 1;
    }

    Optional<PlanRow> plan(long id, boolean lock) {
        if (lock) {
            jdbc.sql("SELECT id FROM control_plan WHERE id = :id FOR UPDATE").param("id", id).query(Long.class)
                    .optional();
        }
        return jdbc.sql(PLAN_COLUMNS + " WHERE p.id = :id").param("id", id).query(PlanRepository::planRow)
                .optional();
    }

    List<PlanRow> plans(String agency, Integer year) {
        return jdbc.sql(PLAN_COLUMNS + " WHERE p.agency_code = :agency AND (CAST(:year AS int) IS NULL OR p.year = :year)"
                + " ORDER BY p.year DESC, p.issued_on DESC NULLS LAST, p.id DESC")
                .param("agency", agency).param("year", year).query(PlanRepository::planRow).list();
    }

    List<SectionRow> sections(long planId) {
        return jdbc.sql("SELECT id, number, title FROM control_plan_section WHERE plan_id = :plan ORDER BY position, id")
                .param("plan", planId)
                .query((rs, n) -> new SectionRow(rs.getLong("id"), rs.getString("number"), rs.getString("title")))
                .list();
    }

    List<TaskRow> tasks(long planId) {
        return jdbc.sql("""
                SELECT id, section_id, position, content, lead_unit, coordinating_units, expected_result, time_frame,
                       note
                  FROM control_plan_task
                 WHERE plan_id = :plan
                 ORDER BY section_id, position, id
                """).param("plan", planId).query((rs, n) -> new TaskRow(rs.getLong("id"), rs.getLong("section_id"),
                        rs.getInt("position"), rs.getString("content"), rs.getString("lead_unit"),
                        split(rs.getString("coordinating_units")), rs.getString("expected_result"),
                        rs.getString("time_frame"), rs.getString("note"))).list();
    }

    long insertSection(long planId, int position, String number, String title) {
        return jdbc.sql("""
                INSERT INTO control_plan_section (plan_id, position, number, title)
                VALUES (:plan, :position, :number, :title) RETURNING id
                """).param("plan", planId).param("position", position).param("number", number)
                .param("title", title).query(Long.class).single();
    }

    void updateSection(long id, int position, String number, String title) {
        jdbc.sql("UPDATE control_plan_section SET position = :position, number = :number, title = :title WHERE id = :id")
                .param("position", position).param("number", number).param("title", title).param("id", id).update();
    }

    void deleteSection(long id) {
        jdbc.sql("DELETE FROM control_plan_section WHERE id = :id").param("id", id).update();
    }

    long insertTask(long planId, long sectionId, int position, PlanDraft.Task t) {
        return jdbc.sql("""
                INSERT INTO control_plan_task (plan_id, section_id, position, content, lead_unit, coordinating_units,
                                               expected_result, time_frame, note)
                VALUES (:plan, :section, :position, :content, :lead, :coordinating, :result, :time_frame, :note)
                RETURNING id
                """).param("plan", planId).param("section", sectionId).param("position", position)
                .param("content", t.content()).param("lead", t.leadUnit())
                .param("coordinating", lines(t.coordinatingUnits())).param("result", t.expectedResult())
                .param("time_frame", t.timeFrame()).param("note", t.note()).query(Long.class).single();
    }

    void updateTask(long id, long sectionId, int position, PlanDraft.Task t) {
        jdbc.sql("""
                UPDATE control_plan_task
                   SET section_id = :section, position = :position, content = :content, lead_unit = :lead,
                       coordinating_units = :coordinating, expected_result = :result, time_frame = :time_frame,
                       note = :note
                 WHERE id = :id
                """).param("section", sectionId).param("position", position).param("content", t.content())
                .param("lead", t.leadUnit()).param("coordinating", lines(t.coordinatingUnits()))
                .param("result", t.expectedResult()).param("time_frame", t.timeFrame()).param("note", t.note())
                .param("id", id).update();
    }

    void deleteTask(long id) {
        jdbc.sql("DELETE FROM control_plan_task WHERE id = :id").param("id", id).update();
    }

    /** The tasks among {@code ids} that have progress recorded. */
    List<Long> tasksWithProgress(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT DISTINCT task_id FROM control_plan_progress WHERE task_id IN (:ids) ORDER BY task_id")
                .param("ids", ids).query(Long.class).list();
    }

    long insertProgress(long planId, long taskId, ProgressInput in, String actor, Instant at) {
        Evidence e = in.evidence() == null ? Evidence.NONE : in.evidence();
        return jdbc.sql("""
                INSERT INTO control_plan_progress (plan_id, task_id, due_date, date, status, note,
                                                   evidence_document_id, evidence_file_id, evidence_text,
                                                   recorded_by, recorded_at)
                VALUES (:plan, :task, :due, :date, :status, :note, :document, :file, :text, :actor, :at)
                RETURNING id
                """).param("plan", planId).param("task", taskId).param("due", in.dueDate()).param("date", in.date())
                .param("status", in.status().name()).param("note", blankToNull(in.note()))
                .param("document", e.documentId()).param("file", blankToNull(e.fileId()))
                .param("text", blankToNull(e.text())).param("actor", actor).param("at", Timestamp.from(at))
                .query(Long.class).single();
    }

    List<ProgressEntry> progress(long planId) {
        return jdbc.sql("""
                SELECT id, task_id, due_date, date, status, note, evidence_document_id, evidence_file_id,
                       evidence_text, recorded_by, recorded_at
                  FROM control_plan_progress
                 WHERE plan_id = :plan
                 ORDER BY date, id
                """).param("plan", planId).query((rs, n) -> new ProgressEntry(rs.getLong("id"), rs.getLong("task_id"),
                        rs.getObject("due_date", LocalDate.class), rs.getObject("date", LocalDate.class),
                        ProgressStatus.valueOf(rs.getString("status")), rs.getString("note"),
                        new Evidence((Long) rs.getObject("evidence_document_id"), rs.getString("evidence_file_id"),
                                rs.getString("evidence_text")),
                        rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant())).list();
    }

    private static PlanRow planRow(ResultSet rs, int n) throws SQLException {
        return new PlanRow(rs.getLong("id"), rs.getString("agency_code"), rs.getInt("year"), rs.getString("number"),
                rs.getObject("issued_on", LocalDate.class), rs.getString("title"), rs.getString("signer"),
                rs.getString("signer_title"), split(rs.getString("basis")), split(rs.getString("purpose")),
                split(rs.getString("requirements")), split(rs.getString("organisation")),
                (Long) rs.getObject("replaces_plan_id"), (Long) rs.getObject("replaced_by"), rs.getInt("version"),
                rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant());
    }

    /** Items one per line: a line break inside an item becomes a space. */
    static String lines(List<String> items) {
        if (items == null) {
            return "";
        }
        return String.join("\n", items.stream().filter(s -> s != null && !s.isBlank())
                .map(s -> s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip()).toList());
    }

    static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\n")).filter(s -> !s.isBlank()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

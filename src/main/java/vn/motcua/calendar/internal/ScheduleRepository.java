package vn.motcua.calendar.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.RecordedSchedule;
import vn.motcua.calendar.YearSchedule;

/** Official schedules and office hours as stored; every schedule recording is a new row. */
@Repository
class ScheduleRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ScheduleRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Raised by every change of schedules or office hours, through any instance, in commit order. */
    long revision() {
        return jdbc.sql("SELECT revision FROM calendar_revision").query(Long.class).single();
    }

    private void raiseRevision() {
        jdbc.sql("UPDATE calendar_revision SET revision = revision + 1").update();
    }

    List<RecordedSchedule> currentSchedules() {
        return jdbc.sql("""
                SELECT DISTINCT ON (year) schedule, basis, recorded_by, recorded_at
                FROM calendar_year_schedule
                ORDER BY year, id DESC
                """).query(this::recordedSchedule).list();
    }

    Optional<RecordedSchedule> current(int year) {
        return jdbc.sql("""
                SELECT schedule, basis, recorded_by, recorded_at
                FROM calendar_year_schedule
                WHERE year = :year
                ORDER BY id DESC
                LIMIT 1
                """).param("year", year).query(this::recordedSchedule).optional();
    }

    private RecordedSchedule recordedSchedule(ResultSet rs, int row) throws SQLException {
        return new RecordedSchedule(json.readValue(rs.getString("schedule"), YearSchedule.class),
                rs.getString("basis"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }

    boolean hasAny(int year) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM calendar_year_schedule WHERE year = :year)")
                .param("year", year).query(Boolean.class).single();
    }

    void record(YearSchedule schedule, String basis, String recordedBy, Instant at) {
        jdbc.sql("""
                INSERT INTO calendar_year_schedule (year, schedule, basis, recorded_by, recorded_at)
                VALUES (:year, CAST(:schedule AS jsonb), :basis, :recordedBy, :at)
                """)
                .param("year", schedule.year())
                .param("schedule", json.writeValueAsString(schedule))
                .param("basis", basis)
                .param("recordedBy", recordedBy)
                .param("at", Timestamp.from(at))
                .update();
        raiseRevision();
    }

    List<AgencyOfficeHours> officeHours() {
        return jdbc.sql("SELECT agency_code, zone, windows, working_day_minutes, same_day_cutoff FROM calendar_office_hours")
                .query((rs, n) -> new AgencyOfficeHours(rs.getString("agency_code"), new OfficeHours(
                        ZoneId.of(rs.getString("zone")),
                        List.of(json.readValue(rs.getString("windows"), OfficeHours.Window[].class)),
                        rs.getInt("working_day_minutes"),
                        rs.getTime("same_day_cutoff").toLocalTime())))
                .list();
    }

    void saveOfficeHours(String agencyCode, OfficeHours hours, String updatedBy, Instant at) {
        jdbc.sql("""
                INSERT INTO calendar_office_hours
                    (agency_code, zone, windows, working_day_minutes, same_day_cutoff, updated_by, updated_at)
                VALUES (:agency, :zone, CAST(:windows AS jsonb), :minutes, :cutoff, :by, :at)
                ON CONFLICT (agency_code) DO UPDATE SET
                    zone = excluded.zone, windows = excluded.windows,
                    working_day_minutes = excluded.working_day_minutes, same_day_cutoff = excluded.same_day_cutoff,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at
                """)
                .param("agency", agencyCode)
                .param("zone", hours.zone().getId())
                .param("windows", json.writeValueAsString(hours.windows()))
                .param("minutes", hours.workingDayMinutes())
                .param("cutoff", Time.valueOf(hours.sameDayCutoff()))
                .param("by", updatedBy)
                .param("at", Timestamp.from(at))
                .update();
        raiseRevision();
    }

    record AgencyOfficeHours(String agencyCode, OfficeHours hours) {}
}

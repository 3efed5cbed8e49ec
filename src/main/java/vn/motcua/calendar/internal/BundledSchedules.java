package vn.motcua.calendar.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.calendar.OfficialSchedules;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.YearSchedule;

/**
 * Records the official schedules shipped with motcua (2023 onwards, see {@code calendar/README}) for every year
 * that has none yet. A schedule an administrator recorded is never overwritten. Runs before demo data.
 */
@Component
@Order(5)
class BundledSchedules implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BundledSchedules.class);
    static final String BASIS = "Lịch nghỉ lễ, Tết chính thức kèm theo phần mềm (shared/data/calendar)";

    private final WorkingCalendar calendar;
    private final ScheduleRepository repository;
    private final JdbcClient jdbc;

    BundledSchedules(WorkingCalendar calendar, ScheduleRepository repository, JdbcClient jdbc) {
        this.calendar = calendar;
        this.repository = repository;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // Two instances starting together must not both record the same year.
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('motcua.calendar.bundled'))").query().listOfRows();
        for (YearSchedule schedule : OfficialSchedules.bundled()) {
            if (!repository.hasAny(schedule.year())) {
                calendar.recordSchedule(schedule, BASIS, "motcua");
                log.info("Recorded the bundled official schedule of {}", schedule.year());
            }
        }
    }
}

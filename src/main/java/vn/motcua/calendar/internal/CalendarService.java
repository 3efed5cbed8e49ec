package vn.motcua.calendar.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.motcua.calendar.DayInfo;
import vn.motcua.calendar.DeadlineStyle;
import vn.motcua.calendar.Deadlines;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.RecordedSchedule;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingDays;
import vn.motcua.calendar.WorkingDuration;
import vn.motcua.calendar.YearCalendar;
import vn.motcua.calendar.YearSchedule;

/**
 * The working calendar backed by PostgreSQL. Each instance keeps an immutable snapshot of the schedules and office
 * hours and re-reads them when the database says they changed (checked at most once per refresh interval), so
 * several instances agree within that interval and no instance needs the others.
 */
@Service
class CalendarService implements WorkingCalendar {

    private final ScheduleRepository repository;
    private final CalendarProperties properties;
    private final Clock clock;
    private volatile Snapshot snapshot;

    CalendarService(ScheduleRepository repository, CalendarProperties properties, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public DayInfo describe(LocalDate date) {
        return snapshot().days().describe(date);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return snapshot().days().isWorkingDay(date);
    }

    @Override
    public ZonedDateTime due(ZonedDateTime start, WorkingDuration duration, DeadlineStyle style, String agencyCode) {
        Snapshot current = snapshot();
        return Deadlines.due(start, duration, style, current.officeHours(agencyCode), current.days());
    }

    @Override
    public DeadlineStyle defaultStyle() {
        return properties.deadlineStyle();
    }

    @Override
    public ZonedDateTime due(ZonedDateTime start, WorkingDuration duration, String agencyCode) {
        return due(start, duration, properties.deadlineStyle(), agencyCode);
    }

    @Override
    public long workingMinutesBetween(ZonedDateTime from, ZonedDateTime to, String agencyCode) {
        Snapshot current = snapshot();
        return Deadlines.workingMinutesBetween(from, to, current.officeHours(agencyCode), current.days());
    }

    @Override
    public OfficeHours officeHours(String agencyCode) {
        return snapshot().officeHours(agencyCode);
    }

    @Override
    @Transactional
    public OfficeHours recordOfficeHours(String agencyCode, OfficeHours hours, String recordedBy) {
        repository.saveOfficeHours(agencyCode, hours, recordedBy, clock.instant());
        forgetSnapshotAfterCommit();
        return hours;
    }

    @Override
    public YearCalendar year(int year) {
        return yearOf(year, snapshot().days());
    }

    private YearCalendar yearOf(int year, WorkingDays days) {
        List<DayInfo> daysOff = new ArrayList<>();
        List<DayInfo> makeUpDays = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            DayInfo info = days.describe(d);
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (info.workingDay() && weekend) {
                makeUpDays.add(info);
            } else if (!info.workingDay() && !(weekend && onlyWeekendReasons(info))) {
                daysOff.add(info);
            }
        }
        return new YearCalendar(year, days.isProvisional(year), officialSchedule(year).orElse(null), daysOff,
                makeUpDays);
    }

    @Override
    @Transactional
    public YearCalendar recordSchedule(YearSchedule schedule, String basis, String recordedBy) {
        schedule.validate();
        repository.record(schedule, basis, recordedBy, clock.instant());
        forgetSnapshotAfterCommit();
        // this transaction sees its own write; other threads keep the old snapshot until it commits
        return yearOf(schedule.year(), recordedDays());
    }

    @Override
    public Optional<RecordedSchedule> officialSchedule(int year) {
        return repository.current(year);
    }

    private static boolean onlyWeekendReasons(DayInfo info) {
        return info.reasons().stream().allMatch(r -> r.equals("Thứ Bảy") || r.equals("Chủ nhật"));
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        long now = System.nanoTime();
        if (current != null && now - current.checkedAt() < properties.refreshInterval().toNanos()) {
            return current;
        }
        long revision = repository.revision();
        if (current != null && current.revision() == revision) {
            current = current.checkedAgainAt(now);
        } else {
            current = load(revision, now);
        }
        snapshot = current;
        return current;
    }

    private void forgetSnapshotAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                snapshot = null;
            }
        });
    }

    private WorkingDays recordedDays() {
        return WorkingDays.of(repository.currentSchedules().stream().map(RecordedSchedule::schedule).toList());
    }

    private Snapshot load(long revision, long now) {
        WorkingDays days = recordedDays();
        Map<String, OfficeHours> hours = repository.officeHours().stream()
                .collect(Collectors.toUnmodifiableMap(ScheduleRepository.AgencyOfficeHours::agencyCode,
                        ScheduleRepository.AgencyOfficeHours::hours));
        return new Snapshot(revision, now, days, hours);
    }

    /** What one instance currently believes; replaced whole, never modified. */
    private record Snapshot(long revision, long checkedAt, WorkingDays days, Map<String, OfficeHours> hours) {

        OfficeHours officeHours(String agencyCode) {
            return agencyCode == null ? OfficeHours.DEFAULT : hours.getOrDefault(agencyCode, OfficeHours.DEFAULT);
        }

        Snapshot checkedAgainAt(long now) {
            return new Snapshot(revision, now, days, hours);
        }
    }
}

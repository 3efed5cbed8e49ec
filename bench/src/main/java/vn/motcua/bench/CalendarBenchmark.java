package vn.motcua.bench;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import vn.motcua.calendar.DeadlineStyle;
import vn.motcua.calendar.Deadlines;
import vn.motcua.calendar.LunarCalendar;
import vn.motcua.calendar.LunarDate;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.OfficialSchedules;
import vn.motcua.calendar.WorkingDays;
import vn.motcua.calendar.WorkingDuration;

/**
 * Throughput of the calendar engine's hot paths. Inputs are precomputed arrays walked round-robin (size a power of
 * two), so the benchmark measures the engine, not the random generator.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class CalendarBenchmark {

    private static final int N = 4096;
    private static final int MASK = N - 1;

    private WorkingDays days;
    private OfficeHours hours;
    private WorkingDuration fiveDays;
    private ZonedDateTime[] starts;
    private LocalDate[] lunarDates;
    private LocalDate[] workingDates;
    private int i;

    @Setup
    public void setUp() {
        days = WorkingDays.of(OfficialSchedules.bundled());
        hours = OfficeHours.DEFAULT;
        fiveDays = WorkingDuration.workingDays(5);
        SplittableRandom random = new SplittableRandom(42);
        ZonedDateTime base = ZonedDateTime.of(2023, 1, 1, 0, 0, 0, 0, hours.zone());
        starts = new ZonedDateTime[N];
        lunarDates = new LocalDate[N];
        workingDates = new LocalDate[N];
        long minutes2023to2026 = 4L * 365 * 24 * 60; // start instants across 2023–2026, any time of day
        long days1900to2199 = LunarCalendar.MAX.toEpochDay() - LunarCalendar.MIN.toEpochDay() + 1;
        for (int k = 0; k < N; k++) {
            starts[k] = base.plusMinutes(random.nextLong(minutes2023to2026));
            lunarDates[k] = LunarCalendar.MIN.plusDays(random.nextLong(days1900to2199));
            workingDates[k] = LocalDate.of(2023, 1, 1).plusDays(random.nextLong(6L * 365)); // 2023–2028
        }
        // warm the caches the way a running application would have them
        for (int k = 0; k < N; k++) {
            days.isWorkingDay(workingDates[k]);
        }
    }

    @Benchmark
    public ZonedDateTime dueDateHours() {
        return Deadlines.due(starts[i++ & MASK], fiveDays, DeadlineStyle.HOURS, hours, days);
    }

    @Benchmark
    public ZonedDateTime dueDateCivilCode() {
        return Deadlines.due(starts[i++ & MASK], fiveDays, DeadlineStyle.CIVIL_CODE, hours, days);
    }

    @Benchmark
    public LunarDate solarToLunar() {
        return LunarCalendar.toLunar(lunarDates[i++ & MASK]);
    }

    @Benchmark
    public boolean isWorkingDay() {
        return days.isWorkingDay(workingDates[i++ & MASK]);
    }
}

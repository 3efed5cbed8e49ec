package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

import vn.motcua.calendar.internal.Holidays;
import vn.motcua.shared.ProblemException;

/**
 * The working-day rules (measurement-and-calendar.md §4.5), built from the official schedules of some years.
 *
 * <p>For a date, in this order: an official extra working day (làm bù) is a working day; a day inside an official
 * break is a day off; Saturday and Sunday are days off; in a year <em>without</em> an official schedule the
 * statutory holidays and Art. 111(3) compensatory days computed by {@link Holidays#provisionalDaysOff} are days
 * off and are reported {@linkplain DayInfo#provisional() provisional}; every other day is a working day.
 *
 * <p>Immutable and thread-safe. Each year's working-day flags are computed on first use and cached (a lost race
 * just computes the same immutable value twice), so {@link #isWorkingDay} is an array read.
 */
public final class WorkingDays {

    /** Which day the provisional calendar adds next to National Day 2/9 (the PM decides it each year). */
    public enum NationalDayBridge {
        /** 1/9, as chosen for 2025 and 2026 (default). */
        DAY_BEFORE,
        /** 3/9, as chosen for 2024. */
        DAY_AFTER
    }

    private static final int FIRST_YEAR = LunarCalendar.MIN.getYear();
    private static final int LAST_YEAR = LunarCalendar.MAX.getYear();

    private final Map<Integer, YearSchedule> schedules;
    private final NationalDayBridge bridge;
    /** Official reasons of every day inside an official break, from any schedule (breaks may cross a year end). */
    private final Map<LocalDate, List<String>> officialDaysOff;
    /** Official make-up days. */
    private final Map<LocalDate, YearSchedule.ExtraWorkingDay> officialExtraDays;
    private final AtomicReferenceArray<Year> years = new AtomicReferenceArray<>(LAST_YEAR - FIRST_YEAR + 1);

    private WorkingDays(Collection<YearSchedule> schedules, NationalDayBridge bridge) {
        this.bridge = bridge == null ? NationalDayBridge.DAY_BEFORE : bridge;
        TreeMap<Integer, YearSchedule> byYear = new TreeMap<>();
        Map<LocalDate, List<String>> daysOff = new HashMap<>();
        Map<LocalDate, YearSchedule.ExtraWorkingDay> extra = new HashMap<>();
        if (schedules != null) {
            for (YearSchedule s : schedules) {
                if (s == null) {
                    continue;
                }
                s.validate();
                if (byYear.putIfAbsent(s.year(), s) != null) {
                    throw ProblemException.invalidField("year", "Lịch nghỉ năm " + s.year() + " bị khai báo hai lần");
                }
                for (YearSchedule.Break b : s.breaks()) {
                    Map<LocalDate, String> compensatoryLabels = compensatoryLabels(b);
                    for (LocalDate d = b.from(); !d.isAfter(b.to()); d = d.plusDays(1)) {
                        if (daysOff.containsKey(d)) {
                            throw ProblemException.invalidField("breaks", "Ngày " + d
                                    + " thuộc hai đợt nghỉ của hai năm khác nhau");
                        }
                        daysOff.put(d, List.copyOf(officialReasons(b, d, compensatoryLabels)));
                    }
                }
                for (YearSchedule.ExtraWorkingDay e : s.extraWorkingDays()) {
                    extra.put(e.date(), e);
                }
            }
        }
        for (LocalDate d : extra.keySet()) {
            if (daysOff.containsKey(d)) {
                throw ProblemException.invalidField("extraWorkingDays", "Ngày làm bù " + d + " nằm trong một đợt nghỉ");
            }
        }
        this.schedules = Collections.unmodifiableMap(byYear);
        this.officialDaysOff = Map.copyOf(daysOff);
        this.officialExtraDays = Map.copyOf(extra);
    }

    /** Rules from the given official schedules (each is {@linkplain YearSchedule#validate() validated}). */
    public static WorkingDays of(Collection<YearSchedule> schedules) {
        return new WorkingDays(schedules, NationalDayBridge.DAY_BEFORE);
    }

    /** Same, choosing the day the provisional calendar adds to National Day. */
    public static WorkingDays of(Collection<YearSchedule> schedules, NationalDayBridge bridge) {
        return new WorkingDays(schedules, bridge);
    }

    /** Whether offices work on {@code date}. Fast path (array read after the year's first use). */
    public boolean isWorkingDay(LocalDate date) {
        return year(checkedYear(date)).working[date.getDayOfYear() - 1];
    }

    /** Everything known about a day: working or not, the reasons, provisional or not, its lunar date. */
    public DayInfo describe(LocalDate date) {
        Year y = year(checkedYear(date));
        boolean working = y.working[date.getDayOfYear() - 1];
        List<String> reasons = new ArrayList<>(2);
        boolean provisional = y.provisional;
        List<String> official = officialDaysOff.get(date);
        if (officialExtraDays.containsKey(date)) {
            reasons.add(Holidays.MAKE_UP_DAY);
            provisional = false;
        } else if (official != null) {
            reasons.addAll(official);
            provisional = false;
        } else if (y.provisionalDaysOff.containsKey(date)) {
            reasons.addAll(y.provisionalDaysOff.get(date));
        }
        if (!working) {
            String weekend = Holidays.weekendLabel(date);
            if (weekend != null) {
                reasons.add(weekend);
            }
        }
        return new DayInfo(date, working, reasons, provisional, LunarCalendar.toLunar(date));
    }

    /**
     * The days off of a year other than ordinary weekends: holidays, compensatory and swapped days and every day
     * of an official break (weekend days inside a break included), in date order.
     */
    public List<DayInfo> daysOff(int year) {
        checkYear(year);
        List<DayInfo> result = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (!isWorkingDay(d) && (officialDaysOff.containsKey(d) || year(year).provisionalDaysOff.containsKey(d))) {
                result.add(describe(d));
            }
        }
        return result;
    }

    /** True when the year has no official schedule, so its holidays are computed from the statutory rules. */
    public boolean isProvisional(int year) {
        return !schedules.containsKey(year);
    }

    /** The official schedule of a year, if any. */
    public Optional<YearSchedule> schedule(int year) {
        return Optional.ofNullable(schedules.get(year));
    }

    /** All official schedules, by year. */
    public Map<Integer, YearSchedule> schedules() {
        return schedules;
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return workingDayOnOrAfter(date.plusDays(1));
    }

    /** {@code date} itself when it is a working day, otherwise the next working day. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The last working day strictly before {@code date}. */
    public LocalDate previousWorkingDay(LocalDate date) {
        LocalDate d = date.minusDays(1);
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** The {@code n}-th working day after {@code date} (not counting {@code date}); {@code n = 0} gives {@code date}. */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            throw ProblemException.invalidField("amount", "Số ngày làm việc không được âm");
        }
        LocalDate d = date;
        for (int i = 0; i < n; i++) {
            d = nextWorkingDay(d);
        }
        return d;
    }

    /** Number of working days from {@code from} to {@code to}, both inclusive (0 when {@code to < from}). */
    public long countWorkingDays(LocalDate from, LocalDate to) {
        long count = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    // ---------------------------------------------------------------------------------------------------------

    /** One computed year: working flags by day-of-year and the provisional days off. */
    private static final class Year {
        final boolean[] working;
        final boolean provisional;
        final Map<LocalDate, List<String>> provisionalDaysOff;

        Year(boolean[] working, boolean provisional, Map<LocalDate, List<String>> provisionalDaysOff) {
            this.working = working;
            this.provisional = provisional;
            this.provisionalDaysOff = provisionalDaysOff;
        }
    }

    private Year year(int year) {
        int i = year - FIRST_YEAR;
        Year y = years.get(i);
        if (y == null) {
            y = compute(year);
            if (!years.compareAndSet(i, null, y)) {
                y = years.get(i);
            }
        }
        return y;
    }

    private Year compute(int year) {
        boolean provisional = isProvisional(year);
        Map<LocalDate, List<String>> provisionalDaysOff = Map.of();
        if (provisional) {
            Map<LocalDate, List<String>> computed = new HashMap<>();
            Holidays.provisionalDaysOff(year, bridge == NationalDayBridge.DAY_AFTER).forEach((d, labels) -> {
                if (d.getYear() == year && !officialDaysOff.containsKey(d) && !officialExtraDays.containsKey(d)) {
                    computed.put(d, List.copyOf(labels));
                }
            });
            provisionalDaysOff = Map.copyOf(computed);
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        boolean[] working = new boolean[first.lengthOfYear()];
        for (int i = 0; i < working.length; i++) {
            LocalDate d = first.plusDays(i);
            if (officialExtraDays.containsKey(d)) {
                working[i] = true;
            } else if (officialDaysOff.containsKey(d) || Holidays.isWeekend(d)) {
                working[i] = false;
            } else {
                working[i] = !provisionalDaysOff.containsKey(d);
            }
        }
        return new Year(working, provisional, provisionalDaysOff);
    }

    /** Reasons of an official break day, weekend label excluded. */
    private static List<String> officialReasons(YearSchedule.Break b, LocalDate d, Map<LocalDate, String> compensatory) {
        if (b.statutoryDays().contains(d)) {
            List<String> labels = Holidays.statutoryLabels(d);
            return labels.isEmpty() ? List.of(b.name()) : labels;
        }
        if (b.compensatoryDays().contains(d)) {
            return List.of(compensatory.get(d));
        }
        if (b.swappedDays().contains(d)) {
            return List.of(Holidays.SWAPPED);
        }
        return List.of(b.name());
    }

    /**
     * "Nghỉ bù X" for each compensatory day of a break: the i-th compensatory day makes up for the i-th statutory
     * day that fell on a weekend; with no such day the label of the break's first holiday (or its name) is used.
     */
    private static Map<LocalDate, String> compensatoryLabels(YearSchedule.Break b) {
        List<String> weekendHolidays = new ArrayList<>();
        String fallback = b.name();
        for (LocalDate s : b.statutoryDays().stream().sorted().toList()) {
            List<String> labels = Holidays.statutoryLabels(s);
            String label = labels.isEmpty() ? b.name() : labels.get(0);
            if (fallback.equals(b.name())) {
                fallback = label;
            }
            if (Holidays.isWeekend(s)) {
                weekendHolidays.add(label);
            }
        }
        Map<LocalDate, String> result = new HashMap<>();
        List<LocalDate> comp = b.compensatoryDays().stream().sorted().toList();
        for (int i = 0; i < comp.size(); i++) {
            String label = i < weekendHolidays.size() ? weekendHolidays.get(i)
                    : weekendHolidays.isEmpty() ? fallback : weekendHolidays.get(weekendHolidays.size() - 1);
            result.put(comp.get(i), Holidays.COMPENSATORY_PREFIX + label);
        }
        return result;
    }

    private static int checkedYear(LocalDate date) {
        if (date == null) {
            throw ProblemException.invalidField("date", "Thiếu ngày");
        }
        int year = date.getYear();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ProblemException.invalidField("date", "Ngày " + date + " nằm ngoài phạm vi hỗ trợ "
                    + LunarCalendar.MIN + " … " + LunarCalendar.MAX);
        }
        return year;
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ProblemException.invalidField("year", "Năm " + year + " nằm ngoài phạm vi hỗ trợ "
                    + FIRST_YEAR + " … " + LAST_YEAR);
        }
    }

    @Override
    public String toString() {
        return "WorkingDays" + schedules.keySet() + " (other years provisional, National Day bridge " + bridge + ")";
    }
}

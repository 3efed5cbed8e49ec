package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.motcua.shared.ProblemException;

/**
 * The official days-off schedule of one year for civil servants, as approved by the Prime Minister (mirrors
 * {@code years.<YYYY>} of {@code calendar/vn-civil-service-days-off.json}; Jackson maps it directly).
 *
 * @param year             the year the schedule is announced for
 * @param breaks           every approved break (a break may start in the previous year, e.g. 31/12 before New Year)
 * @param extraWorkingDays Saturdays/Sundays worked to make up for a swapped day (làm bù)
 */
public record YearSchedule(int year, List<Break> breaks, List<ExtraWorkingDay> extraWorkingDays) {

    /** Longest break accepted, days. */
    public static final int MAX_BREAK_DAYS = 31;

    /**
     * A continuous run of days off, {@code from} … {@code to} inclusive (weekend days included).
     *
     * @param statutoryDays    Labour Code Art. 112(1) holidays inside the break
     * @param compensatoryDays nghỉ bù (Art. 111(3)) for a holiday that fell on a weekly rest day
     * @param swappedDays      working days turned into days off (hoán đổi); matched by an extra working day
     */
    public record Break(LocalDate from, LocalDate to, String name, String basis, List<LocalDate> statutoryDays,
                        List<LocalDate> compensatoryDays, List<LocalDate> swappedDays, String source) {
        public Break {
            statutoryDays = statutoryDays == null ? List.of() : List.copyOf(statutoryDays);
            compensatoryDays = compensatoryDays == null ? List.of() : List.copyOf(compensatoryDays);
            swappedDays = swappedDays == null ? List.of() : List.copyOf(swappedDays);
        }

        /** Whether {@code date} is inside the break (inclusive). */
        public boolean contains(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(to);
        }

        /** Number of calendar days of the break. */
        public long days() {
            return ChronoUnit.DAYS.between(from, to) + 1;
        }
    }

    /** A weekend day that is worked (làm bù) in exchange for {@code replacesDayOff}. */
    public record ExtraWorkingDay(LocalDate date, LocalDate replacesDayOff, String name, String basis,
                                  String source) {
    }

    public YearSchedule {
        breaks = breaks == null ? List.of() : List.copyOf(breaks);
        extraWorkingDays = extraWorkingDays == null ? List.of() : List.copyOf(extraWorkingDays);
    }

    /** Total days inside the breaks (the press's "N ngày nghỉ lễ, Tết" count). */
    public long daysOffInBreaks() {
        long sum = 0;
        for (Break b : breaks) {
            sum += b.days();
        }
        return sum;
    }

    /**
     * Checks that the schedule is consistent.
     *
     * @return this
     * @throws ProblemException naming the offending field, e.g. {@code breaks[1].to}
     */
    public YearSchedule validate() {
        if (year < LunarCalendar.MIN.getYear() || year > LunarCalendar.MAX.getYear()) {
            throw ProblemException.invalidField("year", "Năm " + year + " nằm ngoài phạm vi hỗ trợ "
                    + LunarCalendar.MIN.getYear() + " … " + LunarCalendar.MAX.getYear());
        }
        LocalDate earliest = LocalDate.of(year - 1, 12, 1);
        LocalDate latest = LocalDate.of(year + 1, 1, 31);
        Set<LocalDate> allBreakDays = new HashSet<>();
        for (int i = 0; i < breaks.size(); i++) {
            Break b = breaks.get(i);
            String f = "breaks[" + i + "]";
            if (b == null) {
                throw ProblemException.invalidField(f, "Đợt nghỉ trống");
            }
            if (b.from() == null) {
                throw ProblemException.invalidField(f + ".from", "Thiếu ngày bắt đầu đợt nghỉ");
            }
            if (b.to() == null) {
                throw ProblemException.invalidField(f + ".to", "Thiếu ngày kết thúc đợt nghỉ");
            }
            if (b.name() == null || b.name().isBlank()) {
                throw ProblemException.invalidField(f + ".name", "Thiếu tên đợt nghỉ");
            }
            if (b.to().isBefore(b.from())) {
                throw ProblemException.invalidField(f + ".to",
                        "Ngày kết thúc " + b.to() + " trước ngày bắt đầu " + b.from());
            }
            if (b.from().isBefore(earliest) || b.from().isAfter(latest)) {
                throw ProblemException.invalidField(f + ".from",
                        "Ngày " + b.from() + " không thuộc lịch nghỉ năm " + year);
            }
            if (b.days() > MAX_BREAK_DAYS) {
                throw ProblemException.invalidField(f + ".to",
                        "Đợt nghỉ dài " + b.days() + " ngày, vượt quá " + MAX_BREAK_DAYS + " ngày");
            }
            Set<LocalDate> marked = new HashSet<>();
            checkDays(b, b.statutoryDays(), f + ".statutoryDays", false, marked);
            checkDays(b, b.compensatoryDays(), f + ".compensatoryDays", true, marked);
            checkDays(b, b.swappedDays(), f + ".swappedDays", true, marked);
            for (LocalDate d = b.from(); !d.isAfter(b.to()); d = d.plusDays(1)) {
                if (!allBreakDays.add(d)) {
                    throw ProblemException.invalidField(f + ".from", "Đợt nghỉ \"" + b.name()
                            + "\" trùng ngày " + d + " với một đợt nghỉ khác");
                }
            }
        }
        Set<LocalDate> extraDays = new HashSet<>();
        for (int i = 0; i < extraWorkingDays.size(); i++) {
            ExtraWorkingDay e = extraWorkingDays.get(i);
            String f = "extraWorkingDays[" + i + "]";
            if (e == null || e.date() == null) {
                throw ProblemException.invalidField(f + ".date", "Thiếu ngày làm bù");
            }
            if (e.date().getYear() < year - 1 || e.date().getYear() > year + 1
                    || e.date().isBefore(earliest) || e.date().isAfter(latest)) {
                throw ProblemException.invalidField(f + ".date",
                        "Ngày làm bù " + e.date() + " không thuộc lịch nghỉ năm " + year);
            }
            if (!isWeekend(e.date())) {
                throw ProblemException.invalidField(f + ".date",
                        "Ngày làm bù " + e.date() + " phải là thứ Bảy hoặc Chủ nhật");
            }
            if (allBreakDays.contains(e.date())) {
                throw ProblemException.invalidField(f + ".date",
                        "Ngày làm bù " + e.date() + " nằm trong một đợt nghỉ");
            }
            if (!extraDays.add(e.date())) {
                throw ProblemException.invalidField(f + ".date", "Ngày làm bù " + e.date() + " bị khai báo hai lần");
            }
            if (e.replacesDayOff() != null && breaks.stream().noneMatch(b -> b.swappedDays().contains(e.replacesDayOff())
                    || b.compensatoryDays().contains(e.replacesDayOff()))) {
                throw ProblemException.invalidField(f + ".replacesDayOff", "Ngày " + e.replacesDayOff()
                        + " không phải là ngày nghỉ hoán đổi hoặc nghỉ bù của lịch năm " + year);
            }
        }
        return this;
    }

    private static void checkDays(Break b, List<LocalDate> days, String field, boolean mustBeWeekday,
                                  Set<LocalDate> marked) {
        for (LocalDate d : days) {
            if (d == null) {
                throw ProblemException.invalidField(field, "Ngày trống trong danh sách");
            }
            if (!b.contains(d)) {
                throw ProblemException.invalidField(field,
                        "Ngày " + d + " nằm ngoài đợt nghỉ " + b.from() + " … " + b.to());
            }
            if (mustBeWeekday && isWeekend(d)) {
                throw ProblemException.invalidField(field,
                        "Ngày " + d + " là ngày nghỉ hằng tuần, không thể là ngày nghỉ bù hoặc hoán đổi");
            }
            if (!marked.add(d)) {
                throw ProblemException.invalidField(field, "Ngày " + d + " được khai báo hai lần trong đợt nghỉ");
            }
        }
    }

    private static boolean isWeekend(LocalDate d) {
        DayOfWeek w = d.getDayOfWeek();
        return w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY;
    }
}

package vn.motcua.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.motcua.calendar.LunarCalendar;
import vn.motcua.calendar.LunarDate;

/**
 * Statutory holidays of Labour Code 2019 Art. 112(1) and their Vietnamese labels; the provisional calendar of a
 * year that has no official schedule yet (fixed holidays, lunar holidays from the converter, Art. 111(3)
 * compensatory days).
 */
public final class Holidays {

    public static final String NEW_YEAR = "Tết Dương lịch";
    public static final String TET = "Tết Nguyên đán";
    public static final String HUNG_KINGS = "Giỗ Tổ Hùng Vương";
    public static final String VICTORY_DAY = "Ngày Chiến thắng";
    public static final String LABOUR_DAY = "Ngày Quốc tế Lao động";
    public static final String NATIONAL_DAY = "Quốc khánh";
    public static final String COMPENSATORY_PREFIX = "Nghỉ bù ";
    public static final String SWAPPED = "Nghỉ hoán đổi";
    public static final String MAKE_UP_DAY = "Làm bù";
    public static final String SATURDAY = "Thứ Bảy";
    public static final String SUNDAY = "Chủ nhật";

    private Holidays() {
    }

    /**
     * Which statutory holiday(s) a date can be, judged from its solar and lunar date: 1/1, 30/4, 1/5, 2/9 and its
     * adjacent days 1/9 and 3/9, lunar 10/3, and the lunar days around Tết (20 Chạp … mùng 10). Empty when none.
     */
    public static List<String> statutoryLabels(LocalDate date) {
        List<String> labels = new ArrayList<>(1);
        int m = date.getMonthValue();
        int d = date.getDayOfMonth();
        if (m == 1 && d == 1) {
            labels.add(NEW_YEAR);
        }
        if (m == 4 && d == 30) {
            labels.add(VICTORY_DAY);
        }
        if (m == 5 && d == 1) {
            labels.add(LABOUR_DAY);
        }
        if (m == 9 && d >= 1 && d <= 3) {
            labels.add(NATIONAL_DAY);
        }
        if (LunarCalendar.isSupported(date) && (m <= 5)) {
            LunarDate lunar = LunarCalendar.toLunar(date);
            if (!lunar.leapMonth() && lunar.month() == 3 && lunar.day() == 10) {
                labels.add(HUNG_KINGS);
            }
            if (!lunar.leapMonth() && ((lunar.month() == 12 && lunar.day() >= 20)
                    || (lunar.month() == 1 && lunar.day() <= 10))) {
                labels.add(TET);
            }
        }
        return labels;
    }

    /** "Thứ Bảy" / "Chủ nhật" for a weekend day, otherwise null. */
    public static String weekendLabel(LocalDate date) {
        DayOfWeek w = date.getDayOfWeek();
        return w == DayOfWeek.SATURDAY ? SATURDAY : w == DayOfWeek.SUNDAY ? SUNDAY : null;
    }

    public static boolean isWeekend(LocalDate date) {
        DayOfWeek w = date.getDayOfWeek();
        return w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY;
    }

    /**
     * The provisional days off of a year without an official schedule, with their reasons (weekend labels not
     * included): the statutory holidays (5 Tết days = the last day of the lunar year through mùng 4; National
     * Day 2/9 plus the adjacent day chosen by {@code nationalDayAfter}) and, per Art. 111(3), one compensatory day
     * for each holiday falling on Saturday or Sunday, on the next day that is neither a weekend day, a holiday nor
     * an already given compensatory day (so colliding holidays chain properly). Coinciding holidays (both labels on
     * one day) give one day.
     */
    public static Map<LocalDate, List<String>> provisionalDaysOff(int year, boolean nationalDayAfter) {
        TreeMap<LocalDate, List<String>> holidays = new TreeMap<>();
        add(holidays, LocalDate.of(year, Month.JANUARY, 1), NEW_YEAR);
        LocalDate tet = LunarCalendar.tet(year);
        for (int i = -1; i <= 3; i++) {
            add(holidays, tet.plusDays(i), TET);
        }
        add(holidays, LunarCalendar.hungKingsDay(year), HUNG_KINGS);
        add(holidays, LocalDate.of(year, Month.APRIL, 30), VICTORY_DAY);
        add(holidays, LocalDate.of(year, Month.MAY, 1), LABOUR_DAY);
        add(holidays, LocalDate.of(year, Month.SEPTEMBER, nationalDayAfter ? 3 : 1), NATIONAL_DAY);
        add(holidays, LocalDate.of(year, Month.SEPTEMBER, 2), NATIONAL_DAY);

        TreeMap<LocalDate, List<String>> result = new TreeMap<>(holidays);
        for (Map.Entry<LocalDate, List<String>> h : holidays.entrySet()) {
            if (!isWeekend(h.getKey())) {
                continue;
            }
            LocalDate c = h.getKey().plusDays(1);
            while (isWeekend(c) || result.containsKey(c)) {
                c = c.plusDays(1);
            }
            add(result, c, COMPENSATORY_PREFIX + h.getValue().get(0));
        }
        return result;
    }

    private static void add(Map<LocalDate, List<String>> map, LocalDate date, String label) {
        List<String> labels = map.computeIfAbsent(date, k -> new ArrayList<>(1));
        if (!labels.contains(label)) {
            labels.add(label);
        }
    }
}

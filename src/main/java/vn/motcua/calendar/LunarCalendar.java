package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.Optional;

import vn.motcua.calendar.internal.LunarTable;
import vn.motcua.shared.ProblemException;

/**
 * Solar ↔ lunar conversion for Vietnam: the astronomical algorithm of Hồ Ngọc Đức (new moons and principal solar
 * terms, civil days at UTC+7). This is the one implementation in the system; holidays (Tết, Giỗ Tổ Hùng Vương) are
 * derived from it.
 *
 * <p>The astronomy runs once per lunar month for the whole supported range, the first time the class is used; after
 * that every conversion is a table look-up. Thread-safe.
 */
public final class LunarCalendar {

    /** First supported solar date. */
    public static final LocalDate MIN = LocalDate.of(1900, 1, 1);
    /** Last supported solar date. */
    public static final LocalDate MAX = LocalDate.of(2199, 12, 31);

    private static final long MIN_EPOCH_DAY = MIN.toEpochDay();
    private static final long MAX_EPOCH_DAY = MAX.toEpochDay();

    private LunarCalendar() {
    }

    /** The lunar date of a solar date. */
    public static LunarDate toLunar(LocalDate solar) {
        long epochDay = checkedEpochDay(solar);
        LunarTable table = LunarTable.vietnam();
        int i = table.indexOf(epochDay);
        return new LunarDate((int) (epochDay - table.startAt(i)) + 1, table.monthAt(i), table.yearAt(i),
                table.isLeapAt(i));
    }

    /**
     * The solar date of a lunar date.
     *
     * @throws ProblemException naming {@code leapMonth} when the year has no such leap month, {@code lunarDay} when
     *                          the month has only 29 days, {@code date} when the result is outside {@link #MIN} …
     *                          {@link #MAX}
     */
    public static LocalDate toSolar(LunarDate lunar) {
        if (lunar == null) {
            throw ProblemException.invalidField("lunarDate", "Thiếu ngày âm lịch");
        }
        LunarTable table = LunarTable.vietnam();
        int i = table.indexOf(lunar.year(), lunar.month(), lunar.leapMonth());
        if (i < 0) {
            if (lunar.leapMonth()) {
                int leap = table.leapMonthOf(lunar.year());
                throw ProblemException.invalidField("leapMonth", "Năm âm lịch " + lunar.year() + " ("
                        + lunar.yearName() + ") không có tháng " + lunar.month() + " nhuận"
                        + (leap == 0 ? "" : " (tháng nhuận của năm này là tháng " + leap + ")"));
            }
            throw outOfRange(lunar.toString());
        }
        int length = table.lengthAt(i);
        if (lunar.day() > length) {
            throw ProblemException.invalidField("lunarDay", "Tháng " + lunar.month()
                    + (lunar.leapMonth() ? " nhuận" : "") + " năm " + lunar.year() + " âm lịch chỉ có " + length
                    + " ngày");
        }
        long epochDay = table.startAt(i) + lunar.day() - 1L;
        if (epochDay < MIN_EPOCH_DAY || epochDay > MAX_EPOCH_DAY) {
            throw outOfRange(lunar.toString());
        }
        return LocalDate.ofEpochDay(epochDay);
    }

    /** Shorthand for an ordinary (non-leap) lunar date. */
    public static LocalDate toSolar(int day, int month, int year) {
        return toSolar(new LunarDate(day, month, year, false));
    }

    /** The leap month (1..12) of a lunar year, empty for a common year. Lunar years 1900 … 2199. */
    public static Optional<Integer> leapMonthOf(int lunarYear) {
        checkLunarYear(lunarYear);
        int leap = LunarTable.vietnam().leapMonthOf(lunarYear);
        return leap == 0 ? Optional.empty() : Optional.of(leap);
    }

    /** Number of days (29 or 30) of a lunar month. */
    public static int lengthOfMonth(int lunarYear, int month, boolean leap) {
        checkLunarYear(lunarYear);
        LunarDate probe = new LunarDate(1, month, lunarYear, leap); // validates month
        int i = LunarTable.vietnam().indexOf(lunarYear, probe.month(), leap);
        if (i < 0) {
            throw ProblemException.invalidField("leapMonth",
                    "Năm âm lịch " + lunarYear + " không có tháng " + month + " nhuận");
        }
        return LunarTable.vietnam().lengthAt(i);
    }

    /** Solar date of Tết Nguyên đán (1 tháng Giêng) of a lunar year, 1900 … 2199. */
    public static LocalDate tet(int lunarYear) {
        checkLunarYear(lunarYear);
        return toSolar(1, 1, lunarYear);
    }

    /** Solar date of Giỗ Tổ Hùng Vương (10 tháng Ba, never the leap month) of a lunar year, 1900 … 2199. */
    public static LocalDate hungKingsDay(int lunarYear) {
        checkLunarYear(lunarYear);
        return toSolar(10, 3, lunarYear);
    }

    /** Whether a solar date is inside {@link #MIN} … {@link #MAX}. */
    public static boolean isSupported(LocalDate solar) {
        return solar != null && !solar.isBefore(MIN) && !solar.isAfter(MAX);
    }

    static long checkedEpochDay(LocalDate solar) {
        if (solar == null) {
            throw ProblemException.invalidField("date", "Thiếu ngày");
        }
        long epochDay = solar.toEpochDay();
        if (epochDay < MIN_EPOCH_DAY || epochDay > MAX_EPOCH_DAY) {
            throw outOfRange(solar.toString());
        }
        return epochDay;
    }

    private static void checkLunarYear(int lunarYear) {
        if (lunarYear < MIN.getYear() || lunarYear > MAX.getYear()) {
            throw ProblemException.invalidField("lunarYear", "Năm âm lịch " + lunarYear
                    + " nằm ngoài phạm vi hỗ trợ " + MIN.getYear() + " … " + MAX.getYear());
        }
    }

    private static ProblemException outOfRange(String what) {
        return ProblemException.invalidField("date",
                "Ngày " + what + " nằm ngoài phạm vi hỗ trợ " + MIN + " … " + MAX);
    }
}

package vn.motcua.calendar;

import vn.motcua.shared.ProblemException;

/**
 * A date of the Vietnamese lunar calendar (âm lịch, computed at UTC+7).
 *
 * <p>The constructor checks the shape only (day 1..30, month 1..12, lunar year 1899..2199); whether the date exists
 * (a 30th day in a 29-day month, a leap month the year lacks) is checked by {@link LunarCalendar#toSolar(LunarDate)}.
 *
 * @param day       1..30
 * @param month     1..12 (1 = tháng Giêng, 12 = tháng Chạp)
 * @param year      the lunar year, numbered like the solar year in which it mostly falls (Tết 2024 starts 2024)
 * @param leapMonth true for the repeated (nhuận) month
 */
public record LunarDate(int day, int month, int year, boolean leapMonth) {

    /** Lunar years the converter covers, as far as they overlap 1900-01-01 … 2199-12-31. */
    public static final int MIN_YEAR = 1899;
    public static final int MAX_YEAR = 2199;

    private static final String[] STEMS = {
            "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"};
    private static final String[] BRANCHES = {
            "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"};
    private static final String[] MONTH_NAMES = {
            "Giêng", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười một", "Chạp"};

    public LunarDate {
        if (day < 1 || day > 30) {
            throw ProblemException.invalidField("lunarDay", "Ngày âm lịch phải từ 1 đến 30 (nhận được " + day + ")");
        }
        if (month < 1 || month > 12) {
            throw ProblemException.invalidField("lunarMonth",
                    "Tháng âm lịch phải từ 1 đến 12 (nhận được " + month + ")");
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw ProblemException.invalidField("lunarYear",
                    "Năm âm lịch " + year + " nằm ngoài phạm vi hỗ trợ " + MIN_YEAR + " … " + MAX_YEAR);
        }
    }

    /** An ordinary (non-leap) lunar date. */
    public static LunarDate of(int day, int month, int year) {
        return new LunarDate(day, month, year, false);
    }

    /** Can-chi name of the lunar year with diacritics, e.g. 2024 → "Giáp Thìn", 2026 → "Bính Ngọ". */
    public String yearName() {
        return yearName(year);
    }

    /** Can-chi name of any lunar year number. */
    public static String yearName(int lunarYear) {
        return STEMS[Math.floorMod(lunarYear + 6, 10)] + " " + BRANCHES[Math.floorMod(lunarYear + 8, 12)];
    }

    /** Vietnamese month name: "Giêng", "Hai", …, "Mười một", "Chạp"; a leap month adds " nhuận". */
    public String monthName() {
        return MONTH_NAMES[month - 1] + (leapMonth ? " nhuận" : "");
    }

    /** As printed in notices and on calendars, e.g. "29 tháng Chạp", "20 tháng Bảy nhuận". */
    public String label() {
        return day + " tháng " + monthName();
    }

    /** E.g. "20/7 nhuận/2006 âm lịch (Bính Tuất)". */
    @Override
    public String toString() {
        return day + "/" + month + (leapMonth ? " nhuận" : "") + "/" + year + " âm lịch (" + yearName() + ")";
    }
}

package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * What the calendar says about one day.
 *
 * @param workingDay  whether offices work that day
 * @param reasons     Vietnamese reasons, most specific first: a holiday label ("Tết Nguyên đán"), "Nghỉ bù …",
 *                    "Nghỉ hoán đổi", a break name, "Làm bù", then "Thứ Bảy"/"Chủ nhật" for a weekend day; empty
 *                    for an ordinary working day
 * @param provisional true when the day's year has no official schedule and the answer comes from the statutory
 *                    rules (it may change when the Government publishes the year's notice)
 * @param lunar       the lunar date
 */
public record DayInfo(LocalDate date, boolean workingDay, List<String> reasons, boolean provisional,
                      LunarDate lunar) {
    public DayInfo {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}

package vn.motcua.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import vn.motcua.shared.ProblemException;

/**
 * Office hours of an agency: the time zone, the ordered office windows of a working day, how many working minutes
 * make one working day, and the same-day cut-off (hồ sơ nhận sau giờ này được giải quyết ngày làm việc tiếp theo).
 * Provincial; configured per agency.
 */
public record OfficeHours(ZoneId zone, List<Window> windows, int workingDayMinutes, LocalTime sameDayCutoff) {

    /** Asia/Ho_Chi_Minh, 07:30–11:30 and 13:30–17:30, 480 minutes a working day, same-day cut-off 15:00. */
    public static final OfficeHours DEFAULT = new OfficeHours(ZoneId.of("Asia/Ho_Chi_Minh"),
            List.of(new Window(LocalTime.of(7, 30), LocalTime.of(11, 30)),
                    new Window(LocalTime.of(13, 30), LocalTime.of(17, 30))),
            480, LocalTime.of(15, 0));

    /** One office window of a working day, {@code opens} inclusive to {@code closes}. */
    public record Window(LocalTime opens, LocalTime closes) {
        public Window {
            if (opens == null || closes == null) {
                throw ProblemException.invalidField("windows", "Thiếu giờ mở cửa hoặc giờ đóng cửa");
            }
            if (!opens.isBefore(closes)) {
                throw ProblemException.invalidField("windows",
                        "Giờ mở cửa " + opens + " phải trước giờ đóng cửa " + closes);
            }
        }

        public long minutes() {
            return Duration.between(opens, closes).toMinutes();
        }
    }

    public OfficeHours {
        if (zone == null) {
            throw ProblemException.invalidField("zone", "Thiếu múi giờ");
        }
        if (windows == null || windows.isEmpty()) {
            throw ProblemException.invalidField("windows", "Phải có ít nhất một khung giờ làm việc");
        }
        windows = List.copyOf(windows);
        for (int i = 1; i < windows.size(); i++) {
            if (windows.get(i).opens().isBefore(windows.get(i - 1).closes())) {
                throw ProblemException.invalidField("windows", "Các khung giờ làm việc phải theo thứ tự và không chồng lấn ("
                        + windows.get(i - 1).opens() + "–" + windows.get(i - 1).closes() + ", "
                        + windows.get(i).opens() + "–" + windows.get(i).closes() + ")");
            }
        }
        if (workingDayMinutes <= 0 || workingDayMinutes > 24 * 60) {
            throw ProblemException.invalidField("workingDayMinutes",
                    "Số phút của một ngày làm việc phải từ 1 đến 1440 (nhận được " + workingDayMinutes + ")");
        }
        if (sameDayCutoff == null) {
            throw ProblemException.invalidField("sameDayCutoff", "Thiếu giờ chốt nhận hồ sơ trong ngày");
        }
    }

    /** Opening time of the first window. */
    public LocalTime opening() {
        return windows.get(0).opens();
    }

    /** Closing time of the last window: "end of office hours" of a day. */
    public LocalTime closing() {
        return windows.get(windows.size() - 1).closes();
    }

    /** Sum of the windows, minutes (not necessarily equal to {@link #workingDayMinutes()}). */
    public long windowMinutes() {
        long sum = 0;
        for (Window w : windows) {
            sum += w.minutes();
        }
        return sum;
    }

    /** Whether a local time is inside a window (opening inclusive, closing exclusive). */
    public boolean isOpenAt(LocalTime time) {
        for (Window w : windows) {
            if (!time.isBefore(w.opens()) && time.isBefore(w.closes())) {
                return true;
            }
        }
        return false;
    }
}

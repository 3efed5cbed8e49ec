package vn.motcua.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.calendar.DeadlineStyle;
import vn.motcua.calendar.DurationUnit;
import vn.motcua.calendar.LunarCalendar;
import vn.motcua.calendar.LunarDate;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingDuration;
import vn.motcua.calendar.YearSchedule;
import vn.motcua.shared.ProblemException;

/** Lunar dates, working days, due dates and the yearly official schedules. */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Lịch", description = "Âm lịch, ngày làm việc, hạn giải quyết và lịch nghỉ chính thức")
class CalendarApiController {

    private final WorkingCalendar calendar;

    CalendarApiController(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/lunar")
    @Operation(summary = "Đổi ngày dương lịch sang âm lịch",
            description = "Thuật toán thiên văn (múi giờ UTC+7), 1900–2199: ngày, tháng (nhuận), năm âm lịch và can "
                    + "chi.")
    CalendarViews.Lunar lunar(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return CalendarViews.Lunar.of(date, LunarCalendar.toLunar(date));
    }

    @GetMapping("/solar")
    @Operation(summary = "Đổi ngày âm lịch sang dương lịch",
            description = "Nêu tháng nhuận nếu có; ngày không tồn tại trả 400.")
    CalendarViews.Lunar solar(@RequestParam int lunarYear, @RequestParam int lunarMonth, @RequestParam int lunarDay,
            @RequestParam(defaultValue = "false") boolean leapMonth) {
        LocalDate solar = LunarCalendar.toSolar(new LunarDate(lunarDay, lunarMonth, lunarYear, leapMonth));
        return CalendarViews.Lunar.of(solar, LunarCalendar.toLunar(solar));
    }

    @GetMapping("/days/{date}")
    @Operation(summary = "Một ngày: ngày làm việc hay ngày nghỉ, lý do, ngày âm lịch",
            description = "Theo lịch nghỉ chính thức đã ghi nhận, hoặc lịch tạm tính theo Bộ luật Lao động khi năm "
                    + "chưa có lịch chính thức.")
    CalendarViews.Day day(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return CalendarViews.Day.of(calendar.describe(date));
    }

    @GetMapping("/due")
    @Operation(summary = "Tính hạn giải quyết từ thời điểm bắt đầu và thời hạn",
            description = "Thời hạn theo ngày làm việc, giờ làm việc hoặc ngày lịch; tính theo giờ làm việc hoặc "
                    + "theo Bộ luật Dân sự; trả về hạn và các ngày nghỉ đã bỏ qua.")
    CalendarViews.Due due(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime start,
            @RequestParam BigDecimal amount, @RequestParam DurationUnit unit,
            @RequestParam(required = false) DeadlineStyle style,
            @RequestParam(required = false) String agency) {
        if (start.toLocalDate().isBefore(LunarCalendar.MIN) || start.toLocalDate().isAfter(LunarCalendar.MAX)) {
            throw ProblemException.invalidField("start", "Thời điểm bắt đầu phải trong khoảng năm 1900–2199.");
        }
        DeadlineStyle effective = style != null ? style : calendar.defaultStyle();
        WorkingDuration duration = new WorkingDuration(amount, unit);
        var due = calendar.due(start.toZonedDateTime(), duration, effective, agency);
        return CalendarViews.Due.of(start, due, amount, unit.name(), effective.name());
    }

    @GetMapping("/years/{year}")
    @Operation(summary = "Ngày nghỉ và ngày làm bù của một năm, kèm căn cứ",
            description = "Nghỉ lễ, Tết, nghỉ bù, hoán đổi và ngày làm bù; nói rõ năm nào là lịch tạm tính.")
    CalendarViews.Year year(@PathVariable int year) {
        return CalendarViews.Year.of(calendar.year(checkYear(year)));
    }

    @PutMapping("/years/{year}")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Operation(summary = "Ghi nhận lịch nghỉ chính thức của một năm (quản trị)",
            description = "Lịch mới thay lịch đang dùng, lịch cũ vẫn được lưu để giải thích các hạn đã tính.")
    CalendarViews.Year recordYear(@PathVariable int year, @RequestBody CalendarViews.ScheduleRequest request,
            Principal principal) {
        checkYear(year);
        if (request.basis() == null || request.basis().isBlank()) {
            throw ProblemException.invalidField("basis",
                    "Cần ghi căn cứ của lịch nghỉ (số, ngày văn bản của Chính phủ hoặc Bộ).");
        }
        YearSchedule schedule = new YearSchedule(year, orEmpty(request.breaks()), orEmpty(request.extraWorkingDays()));
        return CalendarViews.Year.of(calendar.recordSchedule(schedule, request.basis().trim(), principal.getName()));
    }

    @GetMapping("/office-hours/{agencyCode}")
    @Operation(summary = "Giờ làm việc của cơ quan",
            description = "Giờ làm việc buổi sáng, buổi chiều dùng để tính hạn theo giờ.")
    OfficeHours officeHours(@PathVariable String agencyCode) {
        return calendar.officeHours(agencyCode);
    }

    @PutMapping("/office-hours/{agencyCode}")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Operation(summary = "Đặt giờ làm việc của cơ quan (quản trị)",
            description = "Áp dụng cho các hạn tính từ nay; hạn đã tính không đổi.")
    OfficeHours recordOfficeHours(@PathVariable String agencyCode, @RequestBody OfficeHoursRequest request,
            Principal principal) {
        return calendar.recordOfficeHours(agencyCode, request.toOfficeHours(), principal.getName());
    }

    /** Office hours as sent by a client; missing parts take the defaults. */
    record OfficeHoursRequest(String zone, List<OfficeHours.Window> windows, Integer workingDayMinutes,
            LocalTime sameDayCutoff) {
        OfficeHours toOfficeHours() {
            OfficeHours d = OfficeHours.DEFAULT;
            ZoneId zoneId;
            try {
                zoneId = zone == null ? d.zone() : ZoneId.of(zone);
            } catch (RuntimeException e) {
                throw ProblemException.invalidField("zone", "Múi giờ '" + zone + "' không hợp lệ.");
            }
            return new OfficeHours(zoneId, windows == null ? d.windows() : windows,
                    workingDayMinutes == null ? d.workingDayMinutes() : workingDayMinutes,
                    sameDayCutoff == null ? d.sameDayCutoff() : sameDayCutoff);
        }
    }

    private static int checkYear(int year) {
        if (year < 1900 || year > 2199) {
            throw ProblemException.invalidField("year", "Năm " + year + " nằm ngoài phạm vi hỗ trợ 1900–2199.");
        }
        return year;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}

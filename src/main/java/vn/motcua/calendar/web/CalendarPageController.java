package vn.motcua.calendar.web;

import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.calendar.DayInfo;
import vn.motcua.calendar.DeadlineStyle;
import vn.motcua.calendar.DurationUnit;
import vn.motcua.calendar.LunarDate;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.RecordedSchedule;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingDuration;
import vn.motcua.calendar.YearSchedule;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.web.TypedDates;

/** The calendar pages: a month with solar and lunar dates and days off, a deadline calculator, a year's schedule. */
@Controller
class CalendarPageController {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final String[] LUNAR_MONTHS = {"Giêng", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín",
            "Mười", "Mười một", "Chạp"};

    private final WorkingCalendar calendar;
    private final Clock clock;

    CalendarPageController(WorkingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/lich")
    String month(@RequestParam(required = false) String thang,
            @RequestParam(required = false) String start,
            @RequestParam(required = false) BigDecimal amount,
            @RequestParam(required = false) DurationUnit unit,
            @RequestParam(required = false) DeadlineStyle style, Model model) {
        LocalDate today = LocalDate.now(clock);
        YearMonth month = thang == null || thang.isBlank() ? YearMonth.from(today) : month(thang.strip());
        model.addAttribute("month", month);
        model.addAttribute("title", "Tháng " + month.getMonthValue() + " năm " + month.getYear());
        model.addAttribute("previous", month.minusMonths(1));
        model.addAttribute("next", month.plusMonths(1));
        model.addAttribute("weeks", weeks(month, today));
        model.addAttribute("daysOff", monthDaysOff(month));
        model.addAttribute("provisional", calendar.year(month.getYear()).provisional());
        model.addAttribute("units", DurationUnit.values());
        model.addAttribute("styles", DeadlineStyle.values());
        LocalDateTime typedStart = TypedDates.parseDateTime(start, "start", "Thời điểm tiếp nhận");
        model.addAttribute("start", typedStart != null ? typedStart
                : LocalDateTime.now(clock).withSecond(0).withNano(0));
        model.addAttribute("amount", amount != null ? amount : BigDecimal.valueOf(5));
        model.addAttribute("unit", unit != null ? unit : DurationUnit.WORKING_DAY);
        model.addAttribute("style", style != null ? style : calendar.defaultStyle());
        if (typedStart != null && amount != null && unit != null) {
            try {
                DeadlineStyle effective = style != null ? style : calendar.defaultStyle();
                ZonedDateTime from = typedStart.atZone(OfficeHours.DEFAULT.zone());
                ZonedDateTime due = calendar.due(from, new WorkingDuration(amount, unit), effective, null);
                model.addAttribute("due", SHOWN.format(due) + " (" + weekday(due.getDayOfWeek()) + ")");
            } catch (ProblemException e) {
                model.addAttribute("dueError", e.getMessage());
            }
        }
        return "calendar/month";
    }

    @GetMapping("/lich/nam/{year}")
    String year(@PathVariable int year, Model model, Authentication authentication) {
        if (year < 1900 || year > 2199) {
            throw ProblemException.invalidField("year", "Năm " + year + " nằm ngoài phạm vi hỗ trợ 1900–2199.");
        }
        model.addAttribute("year", calendar.year(year));
        model.addAttribute("isAdmin", authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_ADMINISTRATOR")));
        return "calendar/year";
    }

    @PostMapping("/lich/nam/{year}/nghi")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String addBreak(@PathVariable int year, @RequestParam String from, @RequestParam String to,
            @RequestParam String name, @RequestParam String basis, Principal principal, RedirectAttributes redirect) {
        return record(year, basis, principal, redirect, current -> {
            List<YearSchedule.Break> breaks = new ArrayList<>(current.breaks());
            breaks.add(new YearSchedule.Break(TypedDates.required(from, "from", "Ngày bắt đầu nghỉ"),
                    TypedDates.required(to, "to", "Ngày kết thúc nghỉ"), name.trim(), basis.trim(), List.of(), List.of(), List.of(),
                    null));
            return new YearSchedule(year, breaks, current.extraWorkingDays());
        });
    }

    @PostMapping("/lich/nam/{year}/lam-bu")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String addMakeUpDay(@PathVariable int year, @RequestParam String date, @RequestParam String name,
            @RequestParam String basis, Principal principal, RedirectAttributes redirect) {
        return record(year, basis, principal, redirect, current -> {
            List<YearSchedule.ExtraWorkingDay> extra = new ArrayList<>(current.extraWorkingDays());
            extra.add(new YearSchedule.ExtraWorkingDay(TypedDates.required(date, "date", "Ngày làm bù"), null, name.trim(), basis.trim(), null));
            return new YearSchedule(year, current.breaks(), extra);
        });
    }

    private String record(int year, String basis, Principal principal, RedirectAttributes redirect,
            java.util.function.UnaryOperator<YearSchedule> change) {
        YearSchedule current = calendar.officialSchedule(year).map(RecordedSchedule::schedule)
                .orElse(new YearSchedule(year, List.of(), List.of()));
        try {
            if (basis == null || basis.isBlank()) {
                throw ProblemException.invalidField("basis", "Cần ghi căn cứ (số, ngày văn bản).");
            }
            calendar.recordSchedule(change.apply(current), basis.trim(), principal.getName());
            redirect.addFlashAttribute("message", "Đã ghi nhận lịch nghỉ năm " + year + ".");
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/lich/nam/" + year;
    }

    /** A month typed as a person writes it, {@code 02/2024} or {@code 2/2024}, or as links carry it, {@code 2024-02}. */
    static YearMonth month(String text) {
        java.util.regex.Matcher dayFirst = java.util.regex.Pattern.compile("(\\d{1,2})/(\\d{4})").matcher(text);
        java.util.regex.Matcher iso = java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})").matcher(text);
        try {
            if (dayFirst.matches()) {
                return YearMonth.of(Integer.parseInt(dayFirst.group(2)), Integer.parseInt(dayFirst.group(1)));
            }
            if (iso.matches()) {
                return YearMonth.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)));
            }
        } catch (java.time.DateTimeException e) {
            // a month number outside 1–12: refused below
        }
        throw vn.motcua.shared.ProblemException.invalidField("thang", "Tháng \"" + text
                + "\" không hợp lệ; hãy nhập dạng mm/yyyy, ví dụ 02/2024.");
    }

    private List<List<Cell>> weeks(YearMonth month, LocalDate today) {
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<List<Cell>> weeks = new ArrayList<>();
        List<Cell> week = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            DayInfo info = calendar.describe(d);
            week.add(new Cell(d, YearMonth.from(d).equals(month), d.equals(today), info, lunarLabel(info.lunar())));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        return weeks;
    }

    private List<DayInfo> monthDaysOff(YearMonth month) {
        return calendar.year(month.getYear()).daysOff().stream()
                .filter(d -> YearMonth.from(d.date()).equals(month)).toList();
    }

    static String lunarLabel(LunarDate lunar) {
        if (lunar.day() == 1) {
            return "1/" + lunar.month() + (lunar.leapMonth() ? " nhuận" : "");
        }
        return String.valueOf(lunar.day());
    }

    static String lunarText(LunarDate lunar) {
        return "ngày " + lunar.day() + " tháng " + LUNAR_MONTHS[lunar.month() - 1] + (lunar.leapMonth() ? " (nhuận)" : "")
                + " năm " + lunar.yearName();
    }

    static String weekday(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> "Thứ Hai";
            case TUESDAY -> "Thứ Ba";
            case WEDNESDAY -> "Thứ Tư";
            case THURSDAY -> "Thứ Năm";
            case FRIDAY -> "Thứ Sáu";
            case SATURDAY -> "Thứ Bảy";
            case SUNDAY -> "Chủ nhật";
        };
    }

    /** One day of the month grid. */
    record Cell(LocalDate date, boolean inMonth, boolean today, DayInfo info, String lunar) {
        public String lunarText() {
            return CalendarPageController.lunarText(info.lunar());
        }

        public String weekdayName() {
            return weekday(date.getDayOfWeek());
        }
    }
}

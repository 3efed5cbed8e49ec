package vn.motcua.controlplan.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.controlplan.Schedule;
import vn.motcua.controlplan.ScheduleKind;

/**
 * The rule that reads a task's time frame as the plans print it and gives its schedule: the kind and the days the
 * rule names, then moved to working days ({@link DayOffRule}). The text is kept as printed; what is read from it is:
 * <ul>
 * <li>MONTHLY "Ngày 15 hàng tháng", "trước ngày 15 hằng tháng": that day of every month of the plan's year;</li>
 * <li>QUARTERLY "trước ngày 15 tháng cuối quý", "hàng quý trước ngày 20 của tháng cuối quý": that day of March, June,
 * September and December;</li>
 * <li>DATE "Trước 25/3/2024", "Trước ngày 01/9/2023", "ngày 15 tháng 3 năm 2024": that day;</li>
 * <li>ANNUAL "trước ngày 20/12", "báo cáo năm trước ngày 15/12": that day of the plan's year;</li>
 * <li>MONTH "Tháng 01/2024", "trong tháng 01 năm 2023": the month's last day;</li>
 * <li>QUARTER "Quý IV/2024", "trong quý I/2023": the quarter's last day;</li>
 * <li>YEAR "Năm 2023", "cả năm 2024": 31 December;</li>
 * <li>REGULAR "Thường xuyên"; WHEN_ARISING "Khi có phát sinh", "Nếu có …", "Khi có văn bản …": no due date;</li>
 * <li>anything else is TEXT, kept and said so, never refused.</li>
 * </ul>
 * A text naming several (the report task: "Báo cáo hàng quý trước ngày 20 của tháng cuối quý; Báo cáo năm trước
 * ngày 20/12/2023") has the union of their days and the kind of the most frequent part (monthly before quarterly
 * before annual before the single periods). Beside a monthly or quarterly rule, a month, quarter or year names the
 * periods reported on ("Ngày 15 hàng tháng …, Quý I, II, III và cả năm 2024"), not another deadline.
 */
public final class TimeFrames {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final String EVERY = "h[aà]ng|hằng";

    private static final Pattern MONTHLY = Pattern.compile(
            "ngày\\s*(\\d{1,2})\\s*(?:của\\s*)?(?:" + EVERY + ")\\s*tháng");
    private static final Pattern QUARTERLY = Pattern.compile(
            "ngày\\s*(\\d{1,2})\\s*(?:của\\s*)?(?:các\\s*)?tháng\\s*cuối\\s*(?:mỗi\\s*|các\\s*)?quý");
    private static final Pattern FULL_DATE = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");
    private static final Pattern WORDED_DATE = Pattern.compile(
            "ngày\\s*(\\d{1,2})\\s*tháng\\s*(\\d{1,2})\\s*năm\\s*(\\d{4})");
    private static final Pattern DAY_MONTH = Pattern.compile("ngày\\s*(\\d{1,2})/(\\d{1,2})(?![\\d/])");
    private static final Pattern MONTH = Pattern.compile("tháng\\s*(\\d{1,2})\\s*(?:/|năm)\\s*(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("quý\\s*(iv|iii|ii|i|[1-4])\\s*(?:/|năm)\\s*(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("năm\\s*(\\d{4})");
    private static final Pattern REGULAR = Pattern.compile("thường\\s*xuyên");
    private static final Pattern WHEN_ARISING = Pattern.compile(
            "^(?:khi|nếu)\\s|\\(nếu có\\)|khi có phát sinh|nếu có phát sinh");

    private TimeFrames() {
    }

    /** The schedule of {@code text} in a plan of {@code year}, due on working days as {@code dayOff} says. */
    public static Schedule schedule(String text, int year, Predicate<LocalDate> workingDay, DayOffRule dayOff) {
        Reading reading = read(text, year);
        List<LocalDate> due = new ArrayList<>();
        TreeSet<LocalDate> set = new TreeSet<>();
        for (LocalDate day : reading.days) {
            set.add(dayOff.dueOn(day, workingDay));
        }
        due.addAll(set);
        return new Schedule(reading.kind, due, reading.explanation);
    }

    /** What the text says, before working days: the kind and the days the rule names. */
    static Reading read(String text, int year) {
        String s = text == null ? "" : text.toLowerCase(VI).replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        s = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
        if (s.isEmpty()) {
            return new Reading(ScheduleKind.TEXT, List.of(), "Chưa ghi thời gian thực hiện");
        }
        TreeSet<LocalDate> days = new TreeSet<>();
        List<String> parts = new ArrayList<>();
        ScheduleKind kind = null;
        StringBuilder rest = new StringBuilder(s);

        Matcher m = MONTHLY.matcher(rest);
        while (m.find()) {
            int day = Integer.parseInt(m.group(1));
            for (int month = 1; month <= 12; month++) {
                days.add(dayOfMonth(year, month, day));
            }
            parts.add("ngày " + day + " hằng tháng");
            kind = first(kind, ScheduleKind.MONTHLY);
            blank(rest, m);
        }
        m = QUARTERLY.matcher(rest);
        while (m.find()) {
            int day = Integer.parseInt(m.group(1));
            for (int month = 3; month <= 12; month += 3) {
                days.add(dayOfMonth(year, month, day));
            }
            parts.add("ngày " + day + " tháng cuối mỗi quý");
            kind = first(kind, ScheduleKind.QUARTERLY);
            blank(rest, m);
        }
        // beside a recurring rule, a month, quarter or year names the periods reported on, not another deadline
        boolean periodsOnly = kind != null;
        for (Pattern p : List.of(FULL_DATE, WORDED_DATE)) {
            m = p.matcher(rest);
            while (m.find()) {
                LocalDate date = date(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)));
                if (date != null) {
                    days.add(date);
                    parts.add("ngày " + date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear());
                    kind = first(kind, ScheduleKind.DATE);
                    blank(rest, m);
                }
            }
        }
        m = DAY_MONTH.matcher(rest);
        while (m.find()) {
            LocalDate date = date(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            if (date != null) {
                days.add(date);
                parts.add("ngày " + date.getDayOfMonth() + "/" + date.getMonthValue() + " hằng năm");
                kind = first(kind, ScheduleKind.ANNUAL);
                blank(rest, m);
            }
        }
        m = MONTH.matcher(rest);
        while (m.find()) {
            int month = Integer.parseInt(m.group(1));
            if (month >= 1 && month <= 12) {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(2)), month);
                if (periodsOnly) {
                    parts.add("kỳ " + "tháng " + month + "/" + ym.getYear());
                } else {
                    days.add(ym.atEndOfMonth());
                    parts.add("tháng " + month + "/" + ym.getYear());
                    kind = first(kind, ScheduleKind.MONTH);
                }
                blank(rest, m);
            }
        }
        m = QUARTER.matcher(rest);
        while (m.find()) {
            int quarter = quarter(m.group(1));
            YearMonth last = YearMonth.of(Integer.parseInt(m.group(2)), quarter * 3);
            if (periodsOnly) {
                parts.add("kỳ quý " + roman(quarter) + "/" + last.getYear());
            } else {
                days.add(last.atEndOfMonth());
                parts.add("quý " + roman(quarter) + "/" + last.getYear());
                kind = first(kind, ScheduleKind.QUARTER);
            }
            blank(rest, m);
        }
        m = YEAR.matcher(rest);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (periodsOnly) {
                parts.add("kỳ năm " + y);
            } else {
                days.add(LocalDate.of(y, 12, 31));
                parts.add("năm " + y);
                kind = first(kind, ScheduleKind.YEAR);
            }
            blank(rest, m);
        }
        if (kind != null) {
            String explanation = kind.label() + ": " + String.join("; ", parts) + " — " + days.size()
                    + " lần";
            if (REGULAR.matcher(s).find()) {
                explanation += "; ngoài ra thực hiện thường xuyên";
            }
            return new Reading(kind, List.copyOf(days), explanation);
        }
        if (REGULAR.matcher(s).find()) {
            return new Reading(ScheduleKind.REGULAR, List.of(), "Thực hiện thường xuyên, không có hạn cụ thể");
        }
        if (WHEN_ARISING.matcher(s).find()) {
            return new Reading(ScheduleKind.WHEN_ARISING, List.of(), "Thực hiện khi phát sinh, không có hạn cụ thể");
        }
        return new Reading(ScheduleKind.TEXT, List.of(), "Chưa hiểu được thời gian \"" + text.strip()
                + "\": giữ nguyên văn, không tính hạn");
    }

    /** The text with its year(s) moved by {@code years} (a plan copied into a later year). */
    public static String shiftYears(String text, int from, int to) {
        if (text == null) {
            return null;
        }
        return text.replaceAll("(?<!\\d)" + from + "(?!\\d)", Integer.toString(to));
    }

    record Reading(ScheduleKind kind, List<LocalDate> days, String explanation) {}

    private static ScheduleKind first(ScheduleKind found, ScheduleKind candidate) {
        return found == null || rank(candidate) < rank(found) ? candidate : found;
    }

    /** Most frequent first: monthly, quarterly, annual, then a date, a month, a quarter, a year. */
    private static int rank(ScheduleKind kind) {
        switch (kind) {
            case MONTHLY: return 0;
            case QUARTERLY: return 1;
            case ANNUAL: return 2;
            case DATE: return 3;
            case MONTH: return 4;
            case QUARTER: return 5;
            case YEAR: return 6;
            default: return 7;
        }
    }

    private static void blank(StringBuilder text, Matcher m) {
        for (int i = m.start(); i < m.end(); i++) {
            text.setCharAt(i, ' ');
        }
    }

    /** The day of the month, or the month's last day when the month is shorter ("ngày 31 hàng tháng"). */
    private static LocalDate dayOfMonth(int year, int month, int day) {
        YearMonth ym = YearMonth.of(year, month);
        return ym.atDay(Math.max(1, Math.min(day, ym.lengthOfMonth())));
    }

    private static LocalDate date(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    private static int quarter(String s) {
        switch (s) {
            case "i": case "1": return 1;
            case "ii": case "2": return 2;
            case "iii": case "3": return 3;
            default: return 4;
        }
    }

    static String roman(int quarter) {
        return new String[] {"I", "II", "III", "IV"}[quarter - 1];
    }
}

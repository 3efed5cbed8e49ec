package vn.motcua.documents.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Dates and times as administrative documents write them. Decree 30/2020 (Appendix I, II.5): days below 10 and
 * the months January and February take a leading zero ("ngày 05 tháng 02", but "tháng 3").
 */
final class VietnameseDates {

    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final String BLANK_TIME = "…… giờ …… phút, ngày …… tháng …… năm ……";

    private VietnameseDates() {
    }

    /** "ngày 02 tháng 3 năm 2026". */
    static String date(LocalDate date) {
        int month = date.getMonthValue();
        return "ngày %02d tháng %s năm %d".formatted(date.getDayOfMonth(),
                month < 3 ? "%02d".formatted(month) : Integer.toString(month), date.getYear());
    }

    /** "Bắc Ninh, ngày 02 tháng 3 năm 2026". */
    static String placeAndDate(String place, LocalDate date) {
        return place + ", " + date(date);
    }

    /** "08 giờ 30 phút, ngày 02 tháng 3 năm 2026"; dots to fill in when the time is unknown. */
    static String time(LocalDateTime time) {
        if (time == null) {
            return BLANK_TIME;
        }
        return "%02d giờ %02d phút, %s".formatted(time.getHour(), time.getMinute(), date(time.toLocalDate()));
    }

    /** "02/03/2026 08:30" for table cells; empty when the time is unknown. */
    static String compact(LocalDateTime time) {
        return time == null ? "" : COMPACT.format(time);
    }
}

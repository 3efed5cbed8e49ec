package vn.motcua.shared.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Vietnamese renderings of instants for templates: {@code ${@vnTime.dateTime(d.dueAt())}}. */
@Component("vnTime")
public class VietnamTime {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The instant on Vietnam's clock with its offset, as the JSON of every API shows times. */
    public static OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atZone(Pages.VIETNAM).toOffsetDateTime();
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(Pages.VIETNAM));
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(Pages.VIETNAM));
    }

    /** A day as the pages show and take it, {@code 05/03/2026} ({@link TypedDates}); empty for {@code null}. */
    public String day(java.time.LocalDate date) {
        return date == null ? "" : TypedDates.format(date);
    }

    /** The value of a date-time text input, {@code 05/03/2026 14:30} ({@link TypedDates#parseDateTime} reads it). */
    public String input(Instant instant) {
        return instant == null ? "" : TypedDates.format(instant.atZone(Pages.VIETNAM).toLocalDateTime());
    }

    public String money(long vnd) {
        return String.format(java.util.Locale.forLanguageTag("vi-VN"), "%,d đ", vnd);
    }
}

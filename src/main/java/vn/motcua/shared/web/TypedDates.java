package vn.motcua.shared.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import vn.motcua.shared.ProblemException;

/**
 * Dates as people type and read them on the pages: day first, {@code 05/03/2026}, whatever the browser's locale
 * (a {@code type="date"} input follows the browser's locale, so pages use a text input with the placeholder
 * {@code dd/mm/yyyy}). ISO {@code 2026-03-05} (older links, bookmarks, scripts) is read too.
 */
public final class TypedDates {

    /** The {@code pattern} attribute of such an input. */
    public static final String INPUT_PATTERN = "[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}";

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_FIRST_TIME = DateTimeFormatter.ofPattern("d/M/uuuu H:mm")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private TypedDates() {}

    /**
     * A date typed day first ({@code 05/03/2026}, {@code 5/3/2026}) or ISO ({@code 2026-03-05}); {@code null} when
     * blank; otherwise a 400 problem naming the field, in Vietnamese with the field's label.
     */
    public static LocalDate parse(String text, String field, String label) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = text.strip();
        try {
            return typed.contains("-") ? LocalDate.parse(typed) : LocalDate.parse(typed, DAY_FIRST);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, label + " \"" + typed
                    + "\" không hợp lệ; hãy nhập ngày dạng dd/mm/yyyy, ví dụ 05/03/2026.");
        }
    }

    /** Like {@link #parse}, and a 400 problem naming the field when blank. */
    public static LocalDate required(String text, String field, String label) {
        LocalDate date = parse(text, field, label);
        if (date == null) {
            throw ProblemException.invalidField(field, "Cần nhập " + label.toLowerCase(java.util.Locale.ROOT)
                    + " (dd/mm/yyyy).");
        }
        return date;
    }

    /**
     * A day and time typed day first ({@code 05/03/2026 14:30}) or ISO ({@code 2026-03-05T14:30}); {@code null} when
     * blank; otherwise a 400 problem naming the field.
     */
    public static java.time.LocalDateTime parseDateTime(String text, String field, String label) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = text.strip().replaceAll("\\s+", " ");
        try {
            return typed.contains("-") ? java.time.LocalDateTime.parse(typed)
                    : java.time.LocalDateTime.parse(typed, DAY_FIRST_TIME);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, label + " \"" + typed
                    + "\" không hợp lệ; hãy nhập dạng dd/mm/yyyy hh:mm, ví dụ 05/03/2026 14:30.");
        }
    }

    /** {@code 05/03/2026 14:30}; {@code null} for {@code null}. */
    public static String format(java.time.LocalDateTime time) {
        return time == null ? null : SHOWN_TIME.format(time);
    }

    /** {@code 05/03/2026}; {@code null} for {@code null}. */
    public static String format(LocalDate date) {
        return date == null ? null : SHOWN.format(date);
    }
}

package vn.motcua.control.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.stream.Collectors;
import vn.motcua.control.ControlField;
import vn.motcua.control.Labelled;

/**
 * Reads one field's value from what a client sent — JSON (strings, numbers), a form (strings) or a spreadsheet cell
 * (strings, numbers, dates) — into the stored type: {@code String}, {@code LocalDate}, {@code Long}, or the code of
 * a choice. A bad value is a {@link Bad} with the Vietnamese message naming the field's label.
 */
final class FieldValues {

    static final int TEXT_MAX = 500;
    static final int LONG_TEXT_MAX = 4000;
    static final long COUNT_MAX = 1_000_000_000L;
    static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** A value that cannot be read, with the reason. */
    static final class Bad extends Exception {
        Bad(String message) {
            super(message, null, false, false);
        }
    }

    private FieldValues() {
    }

    /** The stored value, or null when nothing was given (blank text counts as nothing). */
    static Object read(ControlField field, Object raw) throws Bad {
        if (raw == null || raw instanceof String s && s.isBlank()) {
            return null;
        }
        String label = field.label();
        switch (field.type()) {
            case TEXT:
            case LONG_TEXT: {
                String text = text(raw).strip();
                int max = field.type() == vn.motcua.control.FieldType.TEXT ? TEXT_MAX : LONG_TEXT_MAX;
                if (text.length() > max) {
                    throw new Bad(label + ": tối đa " + max + " ký tự (đang có " + text.length() + ")");
                }
                return text;
            }
            case LINK: {
                String link = text(raw).strip();
                if (!link.matches("(?i)https?://\\S+") || link.length() > 1000) {
                    throw new Bad(label + ": \"" + link + "\" không phải địa chỉ web (bắt đầu bằng http:// hoặc https://)");
                }
                return link;
            }
            case DATE:
                return date(label, raw);
            case COUNT:
                return count(label, raw);
            case CHOICE: {
                Labelled value = field.choiceOf(text(raw));
                if (value == null) {
                    throw new Bad(label + ": \"" + text(raw).strip() + "\" không có trong danh sách ("
                            + field.choices().stream().map(c -> c.name() + " – " + c.label())
                                    .collect(Collectors.joining(", ")) + ")");
                }
                return value.name();
            }
            default:
                throw new IllegalStateException(field.type().name());
        }
    }

    private static String text(Object raw) {
        if (raw instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return Long.toString(d.longValue()); // a number typed into a text column of a spreadsheet
        }
        return raw.toString();
    }

    private static LocalDate date(String label, Object raw) throws Bad {
        if (raw instanceof LocalDate d) {
            return check(label, d);
        }
        String text = text(raw).strip();
        try {
            return check(label, text.contains("/") ? LocalDate.parse(text, VIETNAMESE_DATE) : LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            throw new Bad(label + ": \"" + text + "\" không phải ngày hợp lệ (dd/MM/yyyy, ví dụ 05/03/2024)");
        }
    }

    private static LocalDate check(String label, LocalDate date) throws Bad {
        if (date.getYear() < 1900 || date.getYear() > 2199) {
            throw new Bad(label + ": năm " + date.getYear() + " nằm ngoài phạm vi 1900 … 2199");
        }
        return date;
    }

    private static Long count(String label, Object raw) throws Bad {
        BigDecimal number;
        if (raw instanceof Number n) {
            number = new BigDecimal(n.toString());
        } else {
            String text = raw.toString().strip();
            if (text.matches("\\d{1,3}([.,]\\d{3})+")) {
                text = text.replace(".", "").replace(",", ""); // 1.234 or 1,234: thousands
            }
            try {
                number = new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw new Bad(label + ": \"" + raw.toString().strip() + "\" không phải là số");
            }
        }
        if (number.signum() < 0 || number.stripTrailingZeros().scale() > 0) {
            throw new Bad(label + ": phải là số nguyên không âm (nhận được " + number.toPlainString() + ")");
        }
        if (number.compareTo(BigDecimal.valueOf(COUNT_MAX)) > 0) {
            throw new Bad(label + ": số quá lớn");
        }
        return number.longValueExact();
    }
}

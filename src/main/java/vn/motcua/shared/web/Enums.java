package vn.motcua.shared.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.motcua.shared.ProblemException;

/** Parses enum names from requests, with a Vietnamese error naming the field and the accepted values. */
public final class Enums {

    private Enums() {}

    public static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        E parsed = parseOptional(type, value, field);
        if (parsed == null) {
            throw ProblemException.invalidField(field, "Thiếu giá trị; chọn một trong: " + names(type));
        }
        return parsed;
    }

    public static <E extends Enum<E>> E parseOptional(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "Giá trị \"" + value + "\" không hợp lệ; chọn một trong: "
                    + names(type));
        }
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}

package vn.motcua.identity.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.motcua.identity.AgencyCode;
import vn.motcua.identity.Role;
import vn.motcua.shared.ProblemException;

/** Turns request text into identity's types, naming the offending field in a 400 problem when it cannot. */
final class RequestFields {

    private RequestFields() {}

    static AgencyCode agencyCode(String text, String field) {
        try {
            return AgencyCode.parse(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, e.getMessage());
        }
    }

    /** {@code null} for a missing or blank value. */
    static AgencyCode optionalAgencyCode(String text, String field) {
        return text == null || text.isBlank() ? null : agencyCode(text, field);
    }

    /** Each code of the list, a problem naming {@code field[i]} for the first bad one. */
    static List<AgencyCode> agencyCodes(List<String> texts, String field) {
        if (texts == null) {
            return List.of();
        }
        return IntStream.range(0, texts.size())
                .mapToObj(i -> agencyCode(texts.get(i), field + "[" + i + "]")).toList();
    }

    static Role role(String text, String field) {
        try {
            return Role.valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "Vai trò '" + text + "' không tồn tại; các vai trò hợp lệ: "
                    + Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", ")) + ".");
        }
    }

    /** {@code null} for a missing or blank value, the value without surrounding blanks otherwise. */
    static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

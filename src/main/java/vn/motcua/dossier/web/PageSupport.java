package vn.motcua.dossier.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Role checks and typed dates for the dossier pages. */
final class PageSupport {

    private static final java.time.format.DateTimeFormatter DAY_FIRST = java.time.format.DateTimeFormatter
            .ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private PageSupport() {}

    /**
     * A date typed day first ({@code 05/03/2026}, {@code 5/3/2026}), whatever the browser's locale; ISO
     * {@code 2026-03-05} (older links) is read too. {@code null} when blank; a 400 naming the field otherwise.
     */
    static java.time.LocalDate date(String text, String field, String label) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = text.strip();
        try {
            return typed.contains("-") ? java.time.LocalDate.parse(typed) : java.time.LocalDate.parse(typed, DAY_FIRST);
        } catch (java.time.format.DateTimeParseException e) {
            throw vn.motcua.shared.ProblemException.invalidField(field, label + " \"" + typed
                    + "\" không hợp lệ; hãy nhập ngày dạng dd/mm/yyyy, ví dụ 05/03/2026.");
        }
    }

    /** {@code 05/03/2026}; {@code null} for {@code null}. */
    static String format(java.time.LocalDate date) {
        return date == null ? null : date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    static boolean has(Authentication authentication, String... authorities) {
        if (authentication == null) {
            return false;
        }
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            for (String authority : authorities) {
                if (authority.equals(granted.getAuthority())) {
                    return true;
                }
            }
        }
        return false;
    }
}

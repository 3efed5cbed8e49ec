package vn.motcua.dossier.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.motcua.shared.ProblemException;

/**
 * What every dossier page shares: the signed-in person's kind (for the navigation links), Vietnamese time
 * formats for templates ({@code @vnTime}), and the mapping of a refused request to messages beside the fields.
 */
@ControllerAdvice(annotations = Controller.class)
class PageSupport {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Officials (desk, specialist, unit head, leader, control officer) see the work links. */
    @ModelAttribute("navOfficial")
    boolean official(Authentication authentication) {
        return has(authentication, "ROLE_DESK_OFFICER", "ROLE_SPECIALIST", "ROLE_UNIT_HEAD", "ROLE_LEADER",
                "ROLE_CONTROL_OFFICER");
    }

    /** Desk officers and leaders register dossiers at the desk. */
    @ModelAttribute("navDesk")
    boolean desk(Authentication authentication) {
        return has(authentication, "ROLE_DESK_OFFICER", "ROLE_LEADER");
    }

    /** Applicants (citizens, organisations) see their own dossiers. */
    @ModelAttribute("navApplicant")
    boolean applicant(Authentication authentication) {
        return has(authentication, "ROLE_APPLICANT");
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

    /**
     * Puts a refusal on the page: its Vietnamese detail as {@code error}, each offending field's message in
     * {@code errors} (keyed by the field name of the problem, e.g. {@code applicant.name}), and its status.
     */
    static void addProblem(Model model, ProblemException problem) {
        model.addAttribute("error", problem.getMessage());
        model.addAttribute("errorStatus", problem.kind().status());
        Map<String, String> errors = new LinkedHashMap<>();
        problem.fields().forEach(f -> errors.putIfAbsent(f.field(), f.message()));
        model.addAttribute("errors", errors);
    }

    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Vietnamese renderings of instants for templates: {@code ${@vnTime.dateTime(d.dueAt())}}. */
    @Component("vnTime")
    public static class VietnamTime {

        private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
        private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

        public String dateTime(Instant instant) {
            return instant == null ? "" : DATE_TIME.format(instant.atZone(VIETNAM));
        }

        public String date(Instant instant) {
            return instant == null ? "" : DATE.format(instant.atZone(VIETNAM));
        }

        /** The value of a {@code datetime-local} input. */
        public String input(Instant instant) {
            return instant == null ? "" : INPUT.format(instant.atZone(VIETNAM));
        }

        public String money(long vnd) {
            return String.format(java.util.Locale.forLanguageTag("vi-VN"), "%,d đ", vnd);
        }
    }
}

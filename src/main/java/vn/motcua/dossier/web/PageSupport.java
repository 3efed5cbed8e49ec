package vn.motcua.dossier.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The signed-in person's kind on every page, for the navigation links.
 */
@ControllerAdvice(annotations = Controller.class)
class PageSupport {

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
}

package vn.motcua.reporting.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Leaders, TTHC control officers and administrators see the dashboard and report links in every page's header. */
@ControllerAdvice(annotations = Controller.class)
class ReportNavigation {

    static final java.util.Set<String> READERS = java.util.Set.of("ROLE_LEADER", "ROLE_CONTROL_OFFICER",
            "ROLE_ADMINISTRATOR");

    @ModelAttribute("navReports")
    boolean reports(Authentication authentication) {
        if (authentication == null) {
            return false;
        }
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            if (READERS.contains(granted.getAuthority())) {
                return true;
            }
        }
        return false;
    }
}

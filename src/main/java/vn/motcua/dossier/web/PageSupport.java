package vn.motcua.dossier.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Role checks for the dossier pages. */
final class PageSupport {

    private PageSupport() {}

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

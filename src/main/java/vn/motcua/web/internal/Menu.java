package vn.motcua.web.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.motcua.identity.UserAccount;
import vn.motcua.identity.Users;

/**
 * What the header offers the person reading a page, by their roles ({@code vn.motcua.identity.Role} names). Templates
 * ask it as {@code @menu}, so every page shows the same header, refusal and error pages included (Spring renders
 * those without the failed request's model). Showing a link is a courtesy: each page and endpoint checks the role
 * itself.
 */
@Component("menu")
public class Menu {

    private final Users users;

    Menu(Users users) {
        this.users = users;
    }

    /** The signed-in person's username; null for a visitor. */
    public String user() {
        Authentication authentication = signedIn();
        return authentication == null ? null : authentication.getName();
    }

    /** The signed-in person's full name (their username if it cannot be read); null for a visitor. */
    public String name() {
        String username = user();
        if (username == null) {
            return null;
        }
        try {
            return users.find(username).map(UserAccount::fullName).orElse(username);
        } catch (DataAccessException unreachable) {
            return username; // an error page must render even when the database does not answer
        }
    }

    /** Whether the person holds at least one of the roles. */
    public boolean any(String... roles) {
        Authentication authentication = signedIn();
        if (authentication == null) {
            return false;
        }
        Set<String> wanted = Arrays.stream(roles).map(role -> "ROLE_" + role).collect(Collectors.toSet());
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(wanted::contains);
    }

    private static Authentication signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated() ? null : authentication;
    }
}

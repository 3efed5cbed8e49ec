package vn.motcua.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.identity.Role;
import vn.motcua.integration.ServiceTokens;

/**
 * {@code Authorization: Bearer <token>} of a service account ({@link ServiceTokens}): a valid token authenticates the
 * request, for this request only (no session), as the token's account with its roles; an unknown, expired or revoked
 * one is answered 401 at once. Requests without a bearer token pass untouched (form login, HTTP Basic).
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ServiceTokens tokens;
    private final JsonMapper json;

    BearerTokenFilter(ServiceTokens tokens, JsonMapper json) {
        this.tokens = tokens;
        this.json = json;
    }

    static boolean isBearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader("Authorization");
        if (!isBearer(authorization)) {
            chain.doFilter(request, response);
            return;
        }
        var holder = tokens.authenticate(authorization.substring(7).strip());
        if (holder.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"motcua\", error=\"invalid_token\"");
            var problem = Problems.of(401, Problems.title(401),
                    "Mã truy cập không hợp lệ, đã hết hạn hoặc đã bị thu hồi.");
            problem.setInstance(Problems.instance(request.getRequestURI()));
            Problems.write(json, response, problem);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(holder.get().username(), null,
                holder.get().roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}

package vn.motcua.web.internal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.integration.ServiceTokens;

/**
 * Who may call what. People log in through the form (session cookie, CSRF-protected); scripts call the REST API
 * with HTTP Basic, service accounts with their bearer token ({@link BearerTokenFilter}). A request that carries its own {@code Authorization} header is not exposed to
 * cross-site forgery, so only cookie-authenticated writes need the CSRF token. Fine-grained role checks sit
 * on the services and controllers ({@code @PreAuthorize}). With a national identity provider configured, people may
 * also sign in through it ({@link NationalSignIn}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * Every page loads its scripts, styles, fonts and images from this server only, and no script is inline (no
     * {@code <script>} body, no {@code on…=} attribute). Styles may be inline: a few templates set a {@code style}
     * attribute, and a style cannot run code.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    /** The submitter's rating of a feedback: public, authorised by the lookup secret it carries. */
    private static final String RATE_FEEDBACK = "/api/v1/feedback/*/actions/rate";
    /** The verification of signed PDFs: public, reads only the uploaded file, changes nothing. */
    private static final String VERIFY_SIGNATURES = "/api/v1/signatures/verify";
    private static final java.util.regex.Pattern RATE_FEEDBACK_PATH =
            java.util.regex.Pattern.compile("/api/v1/feedback/[^/]+/actions/rate");

    /**
     * No observation around each security filter: they cost about a tenth of a request's CPU on the write path (bench
     * README, "Write path"), and the request as a whole is still observed ({@code http.server.requests}).
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, JsonMapper json,
            ObjectProvider<NationalSignIn.NationalLogin> nationalLogin, ServiceTokens serviceTokens) throws Exception {
        RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        NationalSignIn.NationalLogin national = nationalLogin.getIfAvailable();
        http.authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers("/", "/login", "/error", "/favicon.ico", "/css/**", "/js/**", "/img/**",
                                "/webjars/**", "/fonts/**").permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/prometheus").hasRole("ADMINISTRATOR")
                        .requestMatchers("/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers("/lich", "/lich/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/calendar/**").permitAll()
                        .requestMatchers("/api/v1/public/**").permitAll()
                        .requestMatchers(HttpMethod.POST, RATE_FEEDBACK).permitAll()
                        .requestMatchers(HttpMethod.POST, VERIFY_SIGNATURES).permitAll()
                        .requestMatchers("/xac-thuc").permitAll()
                        .requestMatchers("/phan-anh-kien-nghi", "/phan-anh-kien-nghi/**").permitAll()
                        .requestMatchers("/thu-tuc", "/thu-tuc/**").permitAll()
                        .requestMatchers("/tra-cuu-ho-so", "/tra-cuu-ho-so/danh-gia").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/procedures", "/api/v1/procedures/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/form-templates/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .httpBasic(basic -> basic.realmName("motcua"))
                .addFilterBefore(new BearerTokenFilter(serviceTokens, json), BasicAuthenticationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        national == null ? CONTENT_SECURITY_POLICY : national.contentSecurityPolicy(
                                CONTENT_SECURITY_POLICY))))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::needsCsrfToken))
                .exceptionHandling(ex -> ex
                        .defaultAuthenticationEntryPointFor(
                                (request, response, e) -> writeProblem(json, response, 401, true), api)
                        .defaultAccessDeniedHandlerFor((request, response, e) -> {
                            if (api.matches(request) && anonymous(request)) {
                                writeProblem(json, response, 401, true);
                            } else {
                                writeProblem(json, response, 403, false);
                            }
                        }, api));
        if (national != null) {
            national.configure(http);
            http.logout(logout -> logout.logoutSuccessHandler(national.logoutSuccess()));
        }
        return http.build();
    }

    /**
     * Writes that ride on the session cookie need the token. Exempt: a request that authenticates itself with HTTP
     * Basic and carries no session (a browser never adds such credentials to a forged request), and the public API
     * (and the feedback rating), which acts on what the request itself carries (a dossier or feedback code and its secret), never on the session.
     */
    private static boolean needsCsrfToken(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/v1/public/") || RATE_FEEDBACK_PATH.matcher(path).matches()
                || path.equals(VERIFY_SIGNATURES)) {
            return false;
        }
        String authorization = request.getHeader("Authorization");
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
                || BearerTokenFilter.isBearer(authorization);
        return !basic || request.getRequestedSessionId() != null;
    }

    /**
     * An API caller that sent no credentials at all and rides on no signed-in session: refused (e.g. by the CSRF check,
     * which runs before authentication) it is told to authenticate (401), not that it lacks a right (403). Pages keep
     * their 403 for a form without its token.
     */
    private static boolean anonymous(HttpServletRequest request) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = current != null && current.isAuthenticated()
                && !(current instanceof AnonymousAuthenticationToken);
        return !signedIn && request.getHeader("Authorization") == null;
    }

    private static void writeProblem(JsonMapper json, HttpServletResponse response, int status, boolean challenge)
            throws IOException {
        if (challenge) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"motcua\"");
        }
        Problems.write(json, response, Problems.ofStatus(status));
    }
}

package vn.motcua.web.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.motcua.identity.NationalIdentities;
import vn.motcua.identity.NationalIdentity;
import vn.motcua.identity.UserAccount;
import vn.motcua.shared.ProblemException;

/**
 * Sign-in with the national identity (OpenID Connect, authorization code with PKCE), present only when a provider is
 * configured ({@link On}): without {@code motcua.sso.*} no OAuth2 client bean exists and the login page shows the
 * password form alone.
 * <ul>
 *   <li>Registrations come from each issuer's discovery document, read on first use (a provider down at start does
 *       not stop motcua) and kept.</li>
 *   <li>ID tokens are checked (issuer, audience, signature by the provider's JWKS, expiry) against the application's
 *       {@link Clock}, with one minute of skew.</li>
 *   <li>The person is linked to their account by the personal identity number ({@link NationalIdentities#signIn}); the
 *       principal carries motcua's username, roles, the provider and the assurance level, and lives in the session
 *       (PostgreSQL), as does the pending authorization request and the authorized client: any instance continues the
 *       sign-in that another began.</li>
 *   <li>Logout ends the provider's session too (RP-initiated logout at its {@code end_session_endpoint}).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NationalSignIn.On.class)
class NationalSignIn {

    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    /** The session attribute naming the account a signed-in person links their identity to (the account page). */
    static final String LINKING = "motcua.national-identity.link";

    /** On when a provider has its issuer, client id and secret, or the demo asks for the stand-in. */
    static class On implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Environment env = context.getEnvironment();
            return configured(env, "vneid") || configured(env, "dvcqg")
                    || env.getProperty("motcua.sso.stand-in", Boolean.class, false);
        }

        private static boolean configured(Environment env, String provider) {
            return List.of("issuer-uri", "client-id", "client-secret").stream()
                    .allMatch(key -> !env.getProperty("motcua.sso." + provider + "." + key, "").isBlank());
        }
    }

    @Bean
    ClientRegistrationRepository nationalClientRegistrations(NationalProviders providers) {
        return new DiscoveredRegistrations(providers);
    }

    /** ID tokens checked on the application's clock (tests move it), as OIDC Core §3.1.3.7 asks. */
    @Bean
    JwtDecoderFactory<ClientRegistration> nationalIdTokenDecoders(Clock clock) {
        OidcIdTokenDecoderFactory decoders = new OidcIdTokenDecoderFactory();
        decoders.setJwtValidatorFactory(registration -> {
            JwtTimestampValidator timestamps = new JwtTimestampValidator(CLOCK_SKEW);
            timestamps.setClock(clock);
            OidcIdTokenValidator idToken = new OidcIdTokenValidator(registration);
            idToken.setClockSkew(CLOCK_SKEW);
            idToken.setClock(clock);
            return new DelegatingOAuth2TokenValidator<>(timestamps, idToken);
        });
        return decoders;
    }

    @Bean
    NationalLogin nationalLogin(ClientRegistrationRepository registrations, NationalIdentities identities,
            NationalProviders providers) {
        return new NationalLogin(registrations, identities, providers);
    }

    /** {@code https://host[:port]} of an address. */
    static String origin(String uri) {
        java.net.URI parsed = java.net.URI.create(uri);
        return parsed.getScheme() + "://" + parsed.getHost() + (parsed.getPort() < 0 ? "" : ":" + parsed.getPort());
    }

    /** What {@link SecurityConfiguration} adds to the filter chain when national sign-in is on. */
    static final class NationalLogin {

        private final ClientRegistrationRepository registrations;
        private final NationalIdentities identities;
        private final NationalProviders providers;
        private final List<String> origins;

        NationalLogin(ClientRegistrationRepository registrations, NationalIdentities identities,
                NationalProviders providers) {
            this.registrations = registrations;
            this.identities = identities;
            this.providers = providers;
            this.origins = providers.all().stream().map(provider -> origin(provider.issuer())).distinct().toList();
        }

        /**
         * The page policy with the providers' origins allowed as form targets: logging out (a form posted to
         * {@code /logout}) is redirected to the provider's end-session endpoint, and browsers hold redirects after a
         * form to {@code form-action}.
         */
        String contentSecurityPolicy(String policy) {
            return policy.replace("form-action 'self'", "form-action 'self' " + String.join(" ", origins));
        }

        void configure(HttpSecurity http) throws Exception {
            DefaultOAuth2AuthorizationRequestResolver requests = new DefaultOAuth2AuthorizationRequestResolver(
                    registrations, "/oauth2/authorization");
            requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce()
                    .andThen(this::acrValues));
            http.oauth2Login(login -> login.loginPage("/login")
                    .clientRegistrationRepository(registrations)
                    .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                    .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requests))
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users()))
                    .defaultSuccessUrl("/", false)
                    .failureUrl("/login?loi-dinh-danh"));
        }

        /** The provider's {@code acr_values}, when it has them (the portal's sign-in: {@code LoA1}). */
        private void acrValues(OAuth2AuthorizationRequest.Builder request) {
            String[] id = new String[1];
            request.attributes(attributes -> id[0] = (String) attributes.get(OAuth2ParameterNames.REGISTRATION_ID));
            providers.find(id[0]).map(NationalProviders.Provider::acrValues).ifPresent(acr ->
                    request.additionalParameters(parameters -> parameters.put("acr_values", acr)));
        }

        LogoutSuccessHandler logoutSuccess() {
            OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
            handler.setPostLogoutRedirectUri("{baseUrl}/login?logout");
            handler.setDefaultTargetUrl("/login?logout");
            return handler;
        }

        /**
         * The account the identity signs in to; when a signed-in person asked to link their identity to their account
         * ({@link #LINKING}, set by the account page before sending them to the provider), that account.
         */
        private UserAccount signInOrLink(NationalIdentity identity) {
            HttpSession session = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                    .getRequest().getSession(false);
            Object linking = session == null ? null : session.getAttribute(LINKING);
            if (linking == null) {
                return identities.signIn(identity);
            }
            session.removeAttribute(LINKING);
            try {
                return identities.link(linking.toString(), identity);
            } catch (ProblemException e) {
                throw new OAuth2AuthenticationException(new OAuth2Error("link_refused", e.getMessage(), null));
            }
        }

        /** The provider's user, linked to motcua's account by the identity number, with motcua's name and roles. */
        private OAuth2UserService<OidcUserRequest, OidcUser> users() {
            OidcUserService provider = new OidcUserService();
            return request -> {
                OidcUser user = provider.loadUser(request);
                String providerId = request.getClientRegistration().getRegistrationId();
                NationalIdentity identity;
                try {
                    identity = NationalIdentity.fromClaims(providerId, user.getSubject(), user.getClaims());
                } catch (IllegalArgumentException e) {
                    throw new OAuth2AuthenticationException(new OAuth2Error("invalid_identity",
                            "Nhà cung cấp định danh không gửi số định danh cá nhân (12 chữ số) hoặc họ tên.", null));
                }
                UserAccount account = signInOrLink(identity);
                if (!account.enabled() || account.locked()) {
                    throw new OAuth2AuthenticationException(new OAuth2Error("account_disabled",
                            "Tài khoản đã bị vô hiệu hóa hoặc đang bị khóa.", null));
                }
                Map<String, Object> claims = new LinkedHashMap<>();
                if (user.getUserInfo() != null) {
                    claims.putAll(user.getUserInfo().getClaims());
                }
                claims.put("sub", user.getSubject());
                claims.put(NationalIdentities.USERNAME_CLAIM, account.username());
                claims.put(NationalIdentities.PROVIDER_CLAIM, providerId);
                claims.put(NationalIdentities.LEVEL_CLAIM, identity.assuranceLevel());
                List<SimpleGrantedAuthority> authorities = account.roles().stream().map(g -> g.role().authority())
                        .distinct().map(SimpleGrantedAuthority::new).toList();
                return new DefaultOidcUser(authorities, user.getIdToken(), new OidcUserInfo(claims),
                        NationalIdentities.USERNAME_CLAIM);
            };
        }
    }

    /** Registrations read from each issuer's discovery document on first use, then kept. */
    static final class DiscoveredRegistrations implements ClientRegistrationRepository {

        private final NationalProviders providers;
        private final Map<String, ClientRegistration> discovered = new ConcurrentHashMap<>();

        DiscoveredRegistrations(NationalProviders providers) {
            this.providers = providers;
        }

        @Override
        public ClientRegistration findByRegistrationId(String id) {
            return providers.find(id).map(provider -> discovered.computeIfAbsent(id, key ->
                    ClientRegistrations.fromIssuerLocation(provider.issuer())
                            .registrationId(key)
                            .clientId(provider.clientId())
                            .clientSecret(provider.clientSecret())
                            .scope("openid", "profile")
                            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                            .clientName(provider.label())
                            .build())).orElse(null);
        }
    }
}

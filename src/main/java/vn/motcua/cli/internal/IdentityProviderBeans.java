package vn.motcua.cli.internal;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.URI;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationValidator;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2RefreshTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The beans of the stand-in identity provider: a Spring Authorization Server on its own port, in an application
 * context of its own (this class is no component: motcua's scan never sees it). One registered confidential client
 * (authorization code with PKCE, refresh token), redirects accepted to any loopback address, ID tokens carrying the
 * test person's attributes, RP-initiated logout. {@link IdentityProviderSetup#tamper} makes it issue bad ID tokens.
 */
@EnableWebSecurity
public class IdentityProviderBeans {

    /** The password of every test person: the pick page posts it, nobody types it. */
    static final String PASSWORD = "stand-in";

    private final IdentityProviderSetup setup;

    public IdentityProviderBeans(IdentityProviderSetup setup) {
        this.setup = setup;
    }

    @Bean
    TomcatServletWebServerFactory webServerFactory() {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(setup.port());
        factory.setAddress(java.net.InetAddress.getLoopbackAddress());
        return factory;
    }

    @Bean
    ServletRegistrationBean<PickPage> pickPage() {
        return new ServletRegistrationBean<>(new PickPage(setup), "/login", "/", "/da-dang-xuat");
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http, JwtDecoder jwtDecoder) throws Exception {
        http.oauth2AuthorizationServer(as -> http.securityMatcher(as.getEndpointsMatcher()));
        http.oauth2AuthorizationServer(as -> as
                        .authorizationEndpoint(endpoint -> endpoint.authenticationProviders(providers -> providers
                                .forEach(provider -> {
                                    if (provider instanceof OAuth2AuthorizationCodeRequestAuthenticationProvider p) {
                                        p.setAuthenticationValidator(IdentityProviderBeans::validateAuthorization);
                                    }
                                })))
                        .oidc(oidc -> oidc
                                .userInfoEndpoint(userInfo -> userInfo.userInfoMapper(this::userInfo))
                                .logoutEndpoint(logout -> logout.authenticationProviders(providers -> providers
                                        .forEach(provider -> {
                                            if (provider instanceof OidcLogoutAuthenticationProvider p) {
                                                p.setAuthenticationValidator(IdentityProviderBeans::validateLogout);
                                            }
                                        })))))
                .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                .oauth2ResourceServer(resource -> resource.jwt(jwt -> jwt.decoder(jwtDecoder)))
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/login", "/", "/da-dang-xuat", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/da-dang-xuat"));
        return http.build();
    }

    @Bean
    UserDetailsService people() {
        return new InMemoryUserDetailsManager(TestPerson.ALL.stream()
                .map(person -> User.withUsername(person.subject(setup.provider())).password("{noop}" + PASSWORD)
                        .roles("CITIZEN").build())
                .toList());
    }

    @Bean
    RegisteredClientRepository clients() {
        RegisteredClient motcua = RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(setup.clientId())
                .clientSecret("{noop}" + setup.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri("http://127.0.0.1/login/oauth2/code/" + setup.provider())
                .postLogoutRedirectUri("http://127.0.0.1/login?logout")
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL).scope(OidcScopes.PHONE)
                .scope(OidcScopes.ADDRESS)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(30))
                        .idTokenSignatureAlgorithm(org.springframework.security.oauth2.jose.jws.SignatureAlgorithm.RS256)
                        .build())
                .build();
        return new InMemoryRegisteredClientRepository(motcua);
    }

    @Bean
    OAuth2AuthorizationService authorizations() {
        return new InMemoryOAuth2AuthorizationService();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().issuer(setup.issuer()).build();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource() {
        return new ImmutableJWKSet<>(new JWKSet(setup.signingKey()));
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
    }

    /**
     * Access tokens on the real clock (the stand-in checks them at its userinfo endpoint); ID tokens on the clock
     * given (motcua checks them with its own), signed with another key with the same id when the signature is to be
     * wrong.
     */
    @Bean
    OAuth2TokenGenerator<?> tokenGenerator(JWKSource<SecurityContext> jwkSource) {
        JwtGenerator accessTokens = new JwtGenerator(new NimbusJwtEncoder(jwkSource));
        JwtGenerator idTokens = new JwtGenerator(new NimbusJwtEncoder(jwkSource));
        JwtGenerator forgedIdTokens = new JwtGenerator(new NimbusJwtEncoder(
                new ImmutableJWKSet<>(new JWKSet(rsaKey(setup.signingKey().getKeyID())))));
        idTokens.setClock(setup.clock());
        forgedIdTokens.setClock(setup.clock());
        OAuth2TokenCustomizer<JwtEncodingContext> claims = this::customize;
        idTokens.setJwtCustomizer(claims);
        forgedIdTokens.setJwtCustomizer(claims);
        OAuth2TokenGenerator<org.springframework.security.oauth2.jwt.Jwt> idTokenGenerator = context -> {
            if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                return null;
            }
            return (setup.tamper() == IdentityProviderSetup.Tamper.SIGNATURE ? forgedIdTokens : idTokens)
                    .generate(context);
        };
        return new DelegatingOAuth2TokenGenerator(idTokenGenerator, accessTokens, new OAuth2RefreshTokenGenerator());
    }

    /** The person's attributes in the ID token, and what a tampered provider gets wrong. */
    private void customize(JwtEncodingContext context) {
        if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
            return;
        }
        TestPerson person = TestPerson.bySubject(setup.provider(), context.getPrincipal().getName());
        if (person != null) {
            person.claims(setup.provider()).forEach(context.getClaims()::claim);
            context.getClaims().claim("acr", "LoA" + person.level());
        }
        Instant now = setup.clock().instant();
        switch (setup.tamper()) {
            case ISSUER -> context.getClaims().issuer("http://127.0.0.1:1/mao-danh");
            case AUDIENCE -> context.getClaims().audience(List.of("ung-dung-khac"));
            case EXPIRED -> context.getClaims().issuedAt(now.minus(Duration.ofHours(2)))
                    .expiresAt(now.minus(Duration.ofHours(1)));
            default -> { }
        }
    }

    private OidcUserInfo userInfo(OidcUserInfoAuthenticationContext context) {
        String subject = context.getAuthorization().getPrincipalName();
        TestPerson person = TestPerson.bySubject(setup.provider(), subject);
        Map<String, Object> claims = new java.util.LinkedHashMap<>();
        claims.put("sub", subject);
        if (person != null) {
            claims.putAll(person.claims(setup.provider()));
        }
        return new OidcUserInfo(claims);
    }

    /**
     * The redirect must be registered or go to a loopback address (127.0.0.1, ::1 or localhost, any port: the way
     * motcua runs on a developer's machine and in the tests); the scopes registered; PKCE with S256 required.
     */
    private static void validateAuthorization(OAuth2AuthorizationCodeRequestAuthenticationContext context) {
        OAuth2AuthorizationCodeRequestAuthenticationToken request = context.getAuthentication();
        RegisteredClient client = context.getRegisteredClient();
        String redirect = request.getRedirectUri();
        if (redirect == null || !client.getRedirectUris().contains(redirect) && !loopback(redirect)) {
            throw refused(OAuth2ErrorCodes.INVALID_REQUEST, "redirect_uri", request, null);
        }
        OAuth2AuthorizationCodeRequestAuthenticationValidator.DEFAULT_SCOPE_VALIDATOR.accept(context);
        Object challenge = request.getAdditionalParameters().get("code_challenge");
        Object method = request.getAdditionalParameters().get("code_challenge_method");
        if (challenge == null || !"S256".equals(method)) {
            throw refused(OAuth2ErrorCodes.INVALID_REQUEST, "code_challenge", request, redirect);
        }
    }

    private static void validateLogout(OidcLogoutAuthenticationContext context) {
        String redirect = context.getAuthentication() instanceof
                org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationToken
                token ? token.getPostLogoutRedirectUri() : null;
        if (redirect != null && !context.getRegisteredClient().getPostLogoutRedirectUris().contains(redirect)
                && !loopback(redirect)) {
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST,
                    "post_logout_redirect_uri", null));
        }
    }

    static boolean loopback(String uri) {
        try {
            URI parsed = URI.create(uri);
            String host = parsed.getHost();
            return parsed.getFragment() == null && ("http".equals(parsed.getScheme()) || "https".equals(parsed.getScheme()))
                    && host != null && (host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]")
                            || host.equals("::1"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static OAuth2AuthorizationCodeRequestAuthenticationException refused(String code, String parameter,
            OAuth2AuthorizationCodeRequestAuthenticationToken request, String redirect) {
        OAuth2Error error = new OAuth2Error(code, "OAuth 2.0 Parameter: " + parameter, null);
        OAuth2AuthorizationCodeRequestAuthenticationToken result = new OAuth2AuthorizationCodeRequestAuthenticationToken(
                request.getAuthorizationUri(), request.getClientId(), (org.springframework.security.core.Authentication)
                        request.getPrincipal(), redirect, request.getState(), request.getScopes(),
                request.getAdditionalParameters());
        return new OAuth2AuthorizationCodeRequestAuthenticationException(error, result);
    }

    /** A fresh 2048-bit RSA signing key named {@code keyId}. */
    public static RSAKey rsaKey(String keyId) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(keyId).build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

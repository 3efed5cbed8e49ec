package vn.motcua.cli;

import java.time.Clock;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import vn.motcua.cli.internal.IdentityProviderBeans;
import vn.motcua.cli.internal.IdentityProviderSetup;

/**
 * The stand-in identity provider (nhà cung cấp định danh giả lập): a real OpenID Connect provider (Spring
 * Authorization Server) on {@code 127.0.0.1:port}, issuer {@code http://127.0.0.1:port}, with discovery, JWKS,
 * authorize, token, userinfo and logout, and a page to pick one of the test citizens and organisations. It runs in an
 * application context of its own (none of motcua's beans), started by {@code stand-in identity --port=N}, by the demo
 * and by the tests.
 */
public final class StandInIdentity implements AutoCloseable {

    public static final String CLIENT_ID = "motcua";
    public static final String CLIENT_SECRET = "motcua-stand-in-secret";

    /** What a tampered provider gets wrong in its ID tokens (tests of the client's checks). */
    public enum Tamper { NONE, ISSUER, AUDIENCE, SIGNATURE, EXPIRED }

    private final IdentityProviderSetup setup;
    private final AnnotationConfigServletWebServerApplicationContext context;

    private StandInIdentity(IdentityProviderSetup setup) {
        this.setup = setup;
        this.context = new AnnotationConfigServletWebServerApplicationContext();
        context.registerBean(IdentityProviderSetup.class, () -> setup);
        context.register(IdentityProviderBeans.class);
        context.refresh();
    }

    /**
     * Starts a provider on {@code port} (0: a free one) as {@code provider} ({@code vneid} or {@code dvcqg}: they give
     * the same person different subjects), with the client and secret registered, its ID tokens dated by
     * {@code clock}.
     */
    public static StandInIdentity start(int port, String provider, String clientId, String clientSecret, Clock clock) {
        int actual = port == 0 ? freePort() : port;
        return new StandInIdentity(new IdentityProviderSetup(actual, provider, clientId, clientSecret, clock));
    }

    public static StandInIdentity start(int port, String provider) {
        return start(port, provider, CLIENT_ID, CLIENT_SECRET, Clock.systemUTC());
    }

    public String issuer() {
        return setup.issuer();
    }

    public int port() {
        return setup.port();
    }

    /** From now on the provider issues ID tokens wrong in this way ({@code NONE}: right again). */
    public void tamper(Tamper tamper) {
        setup.tamper(IdentityProviderSetup.Tamper.valueOf(tamper.name()));
    }

    @Override
    public void close() {
        context.close();
    }

    /** A port free on the loopback address now. */
    public static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

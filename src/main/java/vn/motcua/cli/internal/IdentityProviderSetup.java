package vn.motcua.cli.internal;

import com.nimbusds.jose.jwk.RSAKey;
import java.time.Clock;
import java.util.Objects;

/** What one stand-in identity provider is: its port, name, registered client, ID-token clock, and what it forges. */
public final class IdentityProviderSetup {

    /** What a tampered provider gets wrong in the ID tokens it issues, for the tests of the client's checks. */
    public enum Tamper { NONE, ISSUER, AUDIENCE, SIGNATURE, EXPIRED }

    private final int port;
    private final String provider;
    private final String clientId;
    private final String clientSecret;
    private final Clock clock;
    private final RSAKey signingKey;
    private volatile Tamper tamper = Tamper.NONE;

    public IdentityProviderSetup(int port, String provider, String clientId, String clientSecret, Clock clock) {
        this.port = port;
        this.provider = Objects.requireNonNull(provider);
        this.clientId = Objects.requireNonNull(clientId);
        this.clientSecret = Objects.requireNonNull(clientSecret);
        this.clock = Objects.requireNonNull(clock);
        this.signingKey = IdentityProviderBeans.rsaKey("stand-in-" + provider + "-" + port);
    }

    public int port() {
        return port;
    }

    /** {@code vneid} or {@code dvcqg}: the subjects and the level's attribute differ as the real ones do. */
    public String provider() {
        return provider;
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret;
    }

    public Clock clock() {
        return clock;
    }

    public String issuer() {
        return "http://127.0.0.1:" + port;
    }

    RSAKey signingKey() {
        return signingKey;
    }

    public Tamper tamper() {
        return tamper;
    }

    public void tamper(Tamper tamper) {
        this.tamper = Objects.requireNonNull(tamper);
    }

    /** The name shown on the stand-in's pages. */
    String title() {
        return provider.equals("dvcqg") ? "Cổng Dịch vụ công quốc gia (giả lập)" : "VNeID (giả lập)";
    }
}

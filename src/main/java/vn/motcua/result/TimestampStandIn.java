package vn.motcua.result;

import java.security.cert.X509Certificate;
import java.time.Clock;
import vn.motcua.result.internal.TsaServer;

/**
 * A stand-in RFC 3161 timestamp authority on a local port ({@code java -jar motcua.jar stand-in tsa --port=N}; the
 * demo starts one in-process with a certificate of its demo CA): {@code POST application/timestamp-query} →
 * {@code application/timestamp-reply}, tokens made by Bouncy Castle's {@code TimeStampResponseGenerator} and signed
 * by a demo TSA certificate (extended key usage timeStamping, critical) under its own demo root, whose chain is at
 * {@code GET /tsa.pem} (add the root to {@code motcua.signing.trust-list} to trust it).
 */
public final class TimestampStandIn implements AutoCloseable {

    private final TsaServer server;

    private TimestampStandIn(TsaServer server) {
        this.server = server;
    }

    /** On {@code host} (null: loopback) and {@code port} (0: any free port). */
    public static TimestampStandIn start(String host, int port, Clock clock) {
        return new TimestampStandIn(TsaServer.withOwnRoot(host, port, clock));
    }

    /** The value of {@code motcua.signing.tsa-url}. */
    public String url() {
        return server.url();
    }

    /** The demo root the TSA's certificate chains to. */
    public X509Certificate root() {
        return server.chain().get(server.chain().size() - 1);
    }

    @Override
    public void close() {
        server.close();
    }
}

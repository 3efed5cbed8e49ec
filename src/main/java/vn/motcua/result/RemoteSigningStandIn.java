package vn.motcua.result;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import vn.motcua.result.internal.RemoteSigningServer;

/**
 * A stand-in remote signing service (ký số từ xa) on a local port ({@code java -jar motcua.jar stand-in
 * remote-signing --port=N}; the demo starts one in-process with certificates of its demo CA). It speaks the protocol
 * described at {@code RemoteSigningClient} (certificate per user id, sign a hash, poll the transaction), holds a demo
 * key and certificate per user id under its own demo root, and confirms each request at once, or, with
 * {@code autoConfirm} off, when {@code POST /v1/signatures/{id}/confirm} is called (the signer's phone).
 */
public final class RemoteSigningStandIn implements AutoCloseable {

    private final RemoteSigningServer server;

    private RemoteSigningStandIn(RemoteSigningServer server) {
        this.server = server;
    }

    /** {@code token}: the bearer token to require (null: none). */
    public static RemoteSigningStandIn start(String host, int port, String token, boolean autoConfirm, Clock clock) {
        return new RemoteSigningStandIn(RemoteSigningServer.withOwnRoot(host, port, token, autoConfirm, clock));
    }

    /** The value of {@code motcua.signing.remote.url}. */
    public String url() {
        return server.url();
    }

    /** The demo root of the users' certificates (add it to {@code motcua.signing.trust-list} to trust them). */
    public X509Certificate root() {
        return server.root();
    }

    public List<Map<String, Object>> received() {
        return server.received();
    }

    @Override
    public void close() {
        server.close();
    }
}

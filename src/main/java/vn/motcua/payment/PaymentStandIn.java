package vn.motcua.payment;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import vn.motcua.payment.internal.StandInServer;

/**
 * A stand-in for the national payment platform on a local port ({@code java -jar motcua.jar stand-in payment
 * --port=N}; the demo starts one in-process): it speaks the platform's protocol over HTTP — payment initiation,
 * payment page, signed notification of the result, status query, the day's list — and lists at {@code GET /received}
 * what it received, in order.
 */
public final class PaymentStandIn implements AutoCloseable {

    /** Partner code and secret the demo and the stand-in share unless told otherwise. */
    public static final String DEMO_PARTNER = "MOTCUA";
    public static final String DEMO_SECRET = "motcua-demo-secret";

    private final StandInServer server;

    private PaymentStandIn(StandInServer server) {
        this.server = server;
    }

    /** Starts it on the loopback address and {@code port} (0: any free port). */
    public static PaymentStandIn start(int port, String partnerCode, String secret, PaymentChecksum checksum,
            Clock clock) {
        return start(null, port, partnerCode, secret, checksum, clock);
    }

    /** Starts it on {@code host} (e.g. {@code 0.0.0.0} for every interface; null: loopback) and {@code port}. */
    public static PaymentStandIn start(String host, int port, String partnerCode, String secret,
            PaymentChecksum checksum, Clock clock) {
        return new PaymentStandIn(new StandInServer(host, port, partnerCode, secret, checksum, clock));
    }

    /** "http://127.0.0.1:PORT": the value of {@code motcua.payment.url}. */
    public String url() {
        return server.url();
    }

    public int port() {
        return server.port();
    }

    public List<Map<String, Object>> received() {
        return server.received();
    }

    @Override
    public void close() {
        server.close();
    }
}

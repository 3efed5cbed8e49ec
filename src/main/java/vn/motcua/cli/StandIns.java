package vn.motcua.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import vn.motcua.integration.NationalPortalStandIn;
import vn.motcua.notification.MailStandIn;
import vn.motcua.notification.SmsStandIn;
import vn.motcua.notification.ZaloStandIn;
import vn.motcua.payment.PaymentChecksum;
import vn.motcua.payment.PaymentStandIn;
import vn.motcua.result.RemoteSigningStandIn;
import vn.motcua.result.TimestampStandIn;

/**
 * {@code stand-in NAME --port=N}: a local server that answers like a national service, run without the application
 * (no database) until the process is stopped (Ctrl+C). It prints its address first. One case per stand-in in
 * {@link #run}.
 */
final class StandIns {

    static final String USAGE = "Cách dùng: java -jar motcua.jar stand-in TÊN --port=N "
            + "(TÊN: identity, national-portal, payment, tsa, remote-signing, mail, sms, zalo)";

    private StandIns() {}

    static int run(List<String> words, List<String> options, PrintStream out, PrintStream err) {
        String name = words.size() == 2 ? words.get(1) : "";
        int port;
        try {
            port = Integer.parseInt(option(options, "port", "0"));
        } catch (NumberFormatException e) {
            err.println("--port phải là số cổng (0: cổng trống bất kỳ). " + USAGE);
            return 1;
        }
        try {
            AutoCloseable server;
            String address;
            switch (name) {
                case "identity" -> {
                    StandInIdentity identity = StandInIdentity.start(port, option(options, "provider", "vneid"),
                            option(options, "client-id", StandInIdentity.CLIENT_ID),
                            option(options, "client-secret", StandInIdentity.CLIENT_SECRET), Clock.systemUTC());
                    server = identity;
                    address = identity.issuer() + "/.well-known/openid-configuration";
                }
                case "national-portal" -> {
                    NationalPortalStandIn portal = NationalPortalStandIn.start(port);
                    server = portal;
                    address = portal.uri() + " (--motcua.national-portal.url=" + portal.uri() + ")";
                }
                case "payment" -> {
                    PaymentChecksum checksum = PaymentChecksum.valueOf(
                            option(options, "checksum", "SHA256").toUpperCase(Locale.ROOT));
                    PaymentStandIn payment = PaymentStandIn.start(option(options, "host", null), port,
                            option(options, "partner", PaymentStandIn.DEMO_PARTNER),
                            option(options, "secret", PaymentStandIn.DEMO_SECRET), checksum, Clock.systemUTC());
                    server = payment;
                    address = payment.url() + " (--motcua.payment.url=" + payment.url() + ")";
                }
                case "tsa" -> {
                    TimestampStandIn tsa = TimestampStandIn.start(option(options, "host", null), port,
                            Clock.systemUTC());
                    server = tsa;
                    address = tsa.url() + " (--motcua.signing.tsa-url=" + tsa.url() + "; chứng thư: "
                            + tsa.url().replace("/tsa", "/tsa.pem") + ")";
                }
                case "remote-signing" -> {
                    RemoteSigningStandIn remote = RemoteSigningStandIn.start(option(options, "host", null), port,
                            option(options, "token", null),
                            Boolean.parseBoolean(option(options, "auto-confirm", "true")), Clock.systemUTC());
                    server = remote;
                    address = remote.url() + " (--motcua.signing.remote.url=" + remote.url() + ")";
                }
                case "mail" -> {
                    MailStandIn mail = MailStandIn.start(port);
                    server = mail;
                    address = "SMTP 127.0.0.1:" + mail.smtpPort() + " (--motcua.mail.host=127.0.0.1 --motcua.mail.port="
                            + mail.smtpPort() + "), thư đã nhận: GET http://127.0.0.1:" + mail.httpPort() + "/received";
                }
                case "sms" -> {
                    SmsStandIn sms = SmsStandIn.start(port);
                    server = sms;
                    address = sms.url() + " (--motcua.sms.url=" + sms.url() + ")";
                }
                case "zalo" -> {
                    ZaloStandIn zalo = ZaloStandIn.start(port);
                    server = zalo;
                    address = zalo.url() + " (--motcua.zalo.url=" + zalo.url() + " --motcua.zalo.access-token=…)";
                }
                default -> {
                    err.println(USAGE);
                    return 1;
                }
            }
            return serve(name, server, address, out);
        } catch (Exception e) {
            err.println("Không khởi động được máy chủ giả lập " + name + ": " + e.getMessage());
            return 1;
        }
    }

    private static int serve(String name, AutoCloseable server, String address, PrintStream out) throws Exception {
        try (server) {
            out.println("Máy chủ giả lập " + name + " đang chạy: " + address
                    + (name.equals("identity") || name.equals("tsa") || name.equals("mail") ? ""
                    : "; GET /received liệt kê những gì đã nhận") + ". Ctrl+C để dừng.");
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** The value of {@code --name=…} (the last one given), or {@code fallback}. */
    static String option(List<String> options, String name, String fallback) {
        String prefix = "--" + name + "=";
        return options.stream().filter(o -> o.startsWith(prefix)).map(o -> o.substring(prefix.length()).strip())
                .reduce((first, last) -> last).orElse(fallback);
    }
}

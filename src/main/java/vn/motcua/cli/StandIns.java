package vn.motcua.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import vn.motcua.payment.PaymentChecksum;
import vn.motcua.payment.PaymentStandIn;

/**
 * The stand-in servers ({@code stand-in NAME --port=N}): each runs without the application, on its port, until the
 * process is stopped (Ctrl+C), and prints its address first.
 */
final class StandIns {

    private StandIns() {
    }

    /** {@code stand-in payment}: the national payment platform. */
    static int payment(List<String> options, PrintStream out, PrintStream err) {
        int port;
        PaymentChecksum checksum;
        try {
            port = Integer.parseInt(option(options, "port", "0"));
            checksum = PaymentChecksum.valueOf(option(options, "checksum", "SHA256").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("--port phải là số cổng; --checksum là SHA256 hoặc HMAC_SHA256.");
            return 1;
        }
        PaymentStandIn standIn;
        try {
            standIn = PaymentStandIn.start(option(options, "host", null), port,
                    option(options, "partner", PaymentStandIn.DEMO_PARTNER),
                    option(options, "secret", PaymentStandIn.DEMO_SECRET), checksum, Clock.systemDefaultZone());
        } catch (RuntimeException e) {
            err.println(e.getMessage());
            return 1;
        }
        out.println("Máy chủ thay thế nền tảng thanh toán: " + standIn.url()
                + " (--motcua.payment.url=" + standIn.url() + "; đã nhận: " + standIn.url() + "/received)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            standIn.close();
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static String option(List<String> options, String name, String otherwise) {
        String prefix = "--" + name + "=";
        return options.stream().filter(option -> option.startsWith(prefix)).map(o -> o.substring(prefix.length()))
                .findFirst().orElse(otherwise);
    }
}

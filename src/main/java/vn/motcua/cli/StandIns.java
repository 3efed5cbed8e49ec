package vn.motcua.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import vn.motcua.integration.NationalPortalStandIn;

/**
 * {@code stand-in NAME --port=N}: runs a local server that answers like a national service, without the application
 * (no database), until the process is stopped. One entry per stand-in in {@link #STAND_INS}.
 */
final class StandIns {

    /** Starts a stand-in on a port and returns what stops it. */
    @FunctionalInterface
    interface Starter {
        AutoCloseable start(int port) throws IOException;
    }

    private static final Map<String, Starter> STAND_INS = Map.of(
            "national-portal", NationalPortalStandIn::start);

    private StandIns() {}

    static int run(List<String> words, List<String> options, PrintStream out, PrintStream err) {
        Starter starter = words.size() == 2 ? STAND_INS.get(words.get(1)) : null;
        if (starter == null) {
            err.println("Cách dùng: java -jar motcua.jar stand-in TÊN --port=N (TÊN: "
                    + String.join(", ", STAND_INS.keySet().stream().sorted().toList()) + ")");
            return 1;
        }
        int port;
        try {
            port = options.stream().filter(o -> o.startsWith("--port=")).findFirst()
                    .map(o -> Integer.parseInt(o.substring("--port=".length()).strip())).orElse(0);
        } catch (NumberFormatException e) {
            err.println("--port phải là số cổng (0: cổng trống bất kỳ).");
            return 1;
        }
        try (AutoCloseable server = starter.start(port)) {
            out.println("Máy chủ giả lập " + words.get(1) + " đang chạy (" + describe(server)
                    + "); GET /received liệt kê những gì đã nhận. Ctrl+C để dừng.");
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (Exception e) {
            err.println("Không khởi động được máy chủ giả lập: " + e.getMessage());
            return 1;
        }
    }

    private static String describe(AutoCloseable server) {
        return server instanceof NationalPortalStandIn portal ? portal.uri().toString() : server.toString();
    }
}

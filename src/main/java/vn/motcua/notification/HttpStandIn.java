package vn.motcua.notification;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP side of the channels' stand-ins: a JDK server on the loopback interface, {@code GET /received} listing what
 * the stand-in received (JSON, in order), and every other request handed to the stand-in's protocol.
 */
abstract class HttpStandIn implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static {
        // answers without waiting for the client's delayed ACK (see NationalPortalStandIn)
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Map<String, Object>> received = new ArrayList<>();

    HttpStandIn(int port, String name) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public int httpPort() {
        return server.getAddress().getPort();
    }

    /** What it received, in order (a copy). */
    public synchronized List<Map<String, Object>> received() {
        return List.copyOf(received);
    }

    synchronized void record(Map<String, Object> entry) {
        received.add(entry);
    }

    /** Whether an entry with this value of {@code field} was recorded before (a repeat to drop). */
    synchronized boolean seen(String field, Object value) {
        return value != null && received.stream().anyMatch(e -> value.equals(e.get(field)));
    }

    /** Answers a request other than {@code GET /received}. */
    abstract void serve(HttpExchange exchange, String body) throws IOException;

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (exchange.getRequestMethod().equals("GET") && exchange.getRequestURI().getPath().equals("/received")) {
                write(exchange, 200, "application/json", JSON.writeValueAsString(received()));
                return;
            }
            serve(exchange, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static void write(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

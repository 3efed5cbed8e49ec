package vn.motcua.payment.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.payment.PaymentChecksum;
import vn.motcua.shared.http.PartnerHttp;

/**
 * A stand-in for the national payment platform, over real HTTP: it checks the authentication code of what it
 * receives, opens a transaction per reference, shows a payment page where a person pays or cancels, then notifies the
 * partner's callback (signed) and sends the browser back; it answers status queries and the day's list. What it
 * received is listed, in order, at {@code GET /received}. State is in memory: one process, for tests and demos.
 */
public final class StandInServer implements AutoCloseable {

    static final String INIT_PATH = "/api/payment/init";
    static final String CHECK_PATH = "/api/payment/check";
    static final String LIST_PATH = "/api/payment/list";
    static final String PAGE_PATH = "/thanh-toan/";
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

    private static final Logger log = LoggerFactory.getLogger(StandInServer.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final String partnerCode;
    private final String secret;
    private final PaymentChecksum checksum;
    private final Clock clock;
    private final HttpServer server;
    private final ExecutorService executor;
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = PartnerHttp.client(Duration.ofSeconds(5));
    private final List<Map<String, Object>> received = new CopyOnWriteArrayList<>();
    private final Map<String, Transaction> byToken = new ConcurrentHashMap<>();
    private final Map<String, Transaction> byReference = new ConcurrentHashMap<>();
    private final AtomicLong transactions = new AtomicLong();

    /** One transaction: 3 pending, 1 paid, 4 failed (TrangThaiGD). */
    private static final class Transaction {
        final String token = UUID.randomUUID().toString().replace("-", "");
        final Map<String, String> init;
        final String id;
        volatile int state = 3;
        volatile LocalDateTime finishedAt;

        Transaction(Map<String, String> init, String id) {
            this.init = init;
            this.id = id;
        }

        String reference() {
            return init.get("MaThamChieu");
        }
    }

    /** On {@code host} (null: loopback only) and {@code port} (0: any free port). */
    public StandInServer(String host, int port, String partnerCode, String secret, PaymentChecksum checksum,
            Clock clock) {
        this.partnerCode = partnerCode;
        this.secret = secret;
        this.checksum = checksum;
        this.clock = clock;
        try {
            InetSocketAddress address = host == null || host.isBlank()
                    ? new InetSocketAddress(InetAddress.getLoopbackAddress(), port) : new InetSocketAddress(host, port);
            this.server = HttpServer.create(address, 64);
        } catch (IOException e) {
            throw new UncheckedIOException("Không mở được cổng " + port + " cho máy chủ thay thế thanh toán", e);
        }
        this.executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "payment-stand-in");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        InetAddress address = server.getAddress().getAddress();
        String host = address.isAnyLocalAddress() || address.isLoopbackAddress() ? "127.0.0.1"
                : address.getHostAddress();
        return "http://" + host + ":" + server.getAddress().getPort();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** What it received, in order: method, path, time, body (JSON or form fields). */
    public List<Map<String, Object>> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (method.equals("GET") && path.equals("/received")) {
                send(exchange, 200, "application/json", json.writeValueAsString(received));
                return;
            }
            if (method.equals("GET") && path.startsWith(PAGE_PATH)) {
                page(exchange, path.substring(PAGE_PATH.length()));
                return;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("at", LocalDateTime.now(clock.withZone(ZONE)).toString());
            entry.put("method", method);
            entry.put("path", path);
            if (method.equals("POST") && path.startsWith(PAGE_PATH)) {
                Map<String, String> form = form(body);
                entry.put("body", form);
                received.add(entry);
                decide(exchange, path.substring(PAGE_PATH.length()), form);
                return;
            }
            Map<String, Object> raw;
            try {
                raw = json.readValue(body, new TypeReference<Map<String, Object>>() { });
            } catch (RuntimeException e) {
                entry.put("body", body);
                received.add(entry);
                reply(exchange, "99", "Bản tin không phải JSON", null);
                return;
            }
            Map<String, String> message = strings(raw);
            entry.put("body", raw);
            received.add(entry);
            if (!method.equals("POST")) {
                send(exchange, 405, "text/plain; charset=utf-8", "Chỉ nhận POST");
            } else if (path.equals(INIT_PATH)) {
                init(exchange, message);
            } else if (path.equals(CHECK_PATH)) {
                check(exchange, message);
            } else if (path.equals(LIST_PATH)) {
                list(exchange, message);
            } else {
                send(exchange, 404, "text/plain; charset=utf-8", "Không có đường dẫn " + path);
            }
        } catch (RuntimeException e) {
            log.warn("Stand-in payment platform failed on {}", exchange.getRequestURI(), e);
        }
    }

    private void init(HttpExchange exchange, Map<String, String> message) throws IOException {
        if (!partnerCode.equals(message.get("MaDoiTac"))) {
            reply(exchange, "02", "Mã đối tác không đúng", null);
            return;
        }
        if (!checksum.verifies(message, PaymentChecksum.INIT_FIELDS, secret, message.get("MaXacThuc"))) {
            reply(exchange, "01", "Sai mã xác thực", null);
            return;
        }
        if (!"VND".equals(message.get("MaTienTe")) || !message.getOrDefault("SoTien", "").matches("[1-9]\\d{0,14}")) {
            reply(exchange, "03", "Số tiền hoặc loại tiền không hợp lệ", null);
            return;
        }
        String reference = message.get("MaThamChieu");
        if (reference == null || reference.isBlank()) {
            reply(exchange, "04", "Thiếu mã tham chiếu", null);
            return;
        }
        Transaction tx = byReference.computeIfAbsent(reference, ref -> {
            Transaction created = new Transaction(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(message)),
                    "GD" + LocalDateTime.now(clock.withZone(ZONE)).format(DateTimeFormatter.BASIC_ISO_DATE)
                            + "%06d".formatted(transactions.incrementAndGet()));
            byToken.put(created.token, created);
            return created;
        });
        if (!tx.init.get("SoTien").equals(message.get("SoTien"))) {
            reply(exchange, "05", "Mã tham chiếu đã dùng cho số tiền khác", null);
            return;
        }
        reply(exchange, "0", "Thành công", Map.of("UrlThanhToan", url() + PAGE_PATH + tx.token,
                "MaGiaoDich", tx.id));
    }

    private void check(HttpExchange exchange, Map<String, String> message) throws IOException {
        if (!checksum.verifies(message, PaymentChecksum.CHECK_FIELDS, secret, message.get("MaXacThuc"))) {
            reply(exchange, "01", "Sai mã xác thực", null);
            return;
        }
        Transaction tx = byReference.get(message.getOrDefault("MaThamChieu", ""));
        if (tx == null) {
            reply(exchange, "06", "Không có giao dịch với mã tham chiếu này", null);
            return;
        }
        reply(exchange, "0", "Thành công", describe(tx));
    }

    private void list(HttpExchange exchange, Map<String, String> message) throws IOException {
        if (!checksum.verifies(message, PaymentChecksum.CHECK_FIELDS, secret, message.get("MaXacThuc"))) {
            reply(exchange, "01", "Sai mã xác thực", null);
            return;
        }
        String day = message.getOrDefault("Ngay", "");
        List<Map<String, String>> paid = new ArrayList<>();
        for (Transaction tx : byReference.values()) {
            if (tx.state == 1 && tx.finishedAt != null
                    && tx.finishedAt.format(DateTimeFormatter.BASIC_ISO_DATE).equals(day)) {
                paid.add(describe(tx));
            }
        }
        paid.sort((a, b) -> a.get("ThoiGianGD").compareTo(b.get("ThoiGianGD")));
        reply(exchange, "0", "Thành công", paid);
    }

    private Map<String, String> describe(Transaction tx) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("MaThamChieu", tx.reference());
        out.put("MaGiaoDich", tx.id);
        out.put("TrangThaiGD", Integer.toString(tx.state));
        out.put("SoTien", tx.init.get("SoTien"));
        out.put("MaTienTe", tx.init.get("MaTienTe"));
        out.put("ThoiGianGD", tx.finishedAt == null ? "" : tx.finishedAt.format(TIME));
        return out;
    }

    private void page(HttpExchange exchange, String token) throws IOException {
        Transaction tx = byToken.get(token);
        if (tx == null) {
            send(exchange, 404, "text/html; charset=utf-8", html("Không tìm thấy giao dịch",
                    "<p>Giao dịch không tồn tại hoặc đã hết hạn.</p>"));
            return;
        }
        String amount = String.format(Locale.ROOT, "%,d", Long.parseLong(tx.init.get("SoTien"))).replace(',', '.');
        StringBuilder body = new StringBuilder()
                .append("<dl><dt>Đơn vị thụ hưởng</dt><dd>").append(escape(tx.init.get("MaDoiTac"))).append("</dd>")
                .append("<dt>Nội dung</dt><dd>").append(escape(tx.init.get("ThongTinGiaoDich"))).append("</dd>")
                .append("<dt>Mã tham chiếu</dt><dd>").append(escape(tx.reference())).append("</dd>")
                .append("<dt>Số tiền</dt><dd class=\"amount\">").append(amount).append(" đồng</dd></dl>");
        if (tx.state == 3) {
            body.append("<form method=\"post\" action=\"").append(PAGE_PATH).append(tx.token).append("\">")
                    .append("<fieldset><legend>Chọn ngân hàng, ví điện tử</legend>")
                    .append("<label><input type=\"radio\" name=\"nganHang\" value=\"NAPAS\" checked> Thẻ ATM nội địa "
                            + "(NAPAS)</label>")
                    .append("<label><input type=\"radio\" name=\"nganHang\" value=\"VIETQR\"> Mã QR ngân hàng"
                            + "</label></fieldset>")
                    .append("<button type=\"submit\" name=\"hanhDong\" value=\"pay\">Thanh toán</button> ")
                    .append("<button type=\"submit\" name=\"hanhDong\" value=\"cancel\" class=\"secondary\">"
                            + "Hủy giao dịch</button></form>");
        } else {
            body.append("<p>Giao dịch đã ").append(tx.state == 1 ? "thanh toán thành công" : "bị hủy").append(".</p>");
        }
        send(exchange, 200, "text/html; charset=utf-8", html("Thanh toán phí, lệ phí", body.toString()));
    }

    /** The person paid or cancelled: notify the partner (unless told to lose the notification), send the browser back. */
    private void decide(HttpExchange exchange, String token, Map<String, String> form) throws IOException {
        Transaction tx = byToken.get(token);
        if (tx == null) {
            send(exchange, 404, "text/plain; charset=utf-8", "Không tìm thấy giao dịch");
            return;
        }
        if (tx.state == 3) {
            tx.finishedAt = LocalDateTime.now(clock.withZone(ZONE));
            tx.state = "pay".equals(form.get("hanhDong")) ? 1 : 4;
            // "boThongBao=1": a lost notification, so that the partner's status check and reconciliation can be shown
            if (!"1".equals(form.get("boThongBao"))) {
                notifyPartner(tx, form.getOrDefault("nganHang", "NAPAS"));
            }
        }
        String back = tx.init.get("UrlTraVe");
        if (back == null || back.isBlank()) {
            page(exchange, token);
            return;
        }
        String target = back + (back.contains("?") ? "&" : "?") + "ma="
                + URLEncoder.encode(tx.reference(), StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Location", target);
        exchange.sendResponseHeaders(303, -1);
    }

    private void notifyPartner(Transaction tx, String bank) {
        String target = tx.init.get("UrlThongBao");
        if (target == null || target.isBlank()) {
            return;
        }
        Map<String, String> ipn = new LinkedHashMap<>();
        ipn.put("LoaiBanTin", "PAY_CONFIRM");
        ipn.put("MaLoi", tx.state == 1 ? "00" : "09");
        ipn.put("MaDoiTac", tx.init.get("MaDoiTac"));
        ipn.put("MaThamChieu", tx.reference());
        ipn.put("SoTien", tx.init.get("SoTien"));
        ipn.put("MaTienTe", tx.init.get("MaTienTe"));
        ipn.put("MaGiaoDich", tx.id);
        ipn.put("MaNganHang", bank);
        ipn.put("ThoiGianGD", tx.finishedAt.format(TIME));
        ipn.put("ThongTinGiaoDich", tx.init.getOrDefault("ThongTinGiaoDich", ""));
        ipn.put("MaXacThuc", checksum.sign(ipn, PaymentChecksum.CALLBACK_FIELDS, secret));
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(target))
                    .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(ipn))).build(),
                    HttpResponse.BodyHandlers.ofString());
            log.info("Stand-in payment platform notified {}: HTTP {}", target, answer.statusCode());
        } catch (IOException e) {
            log.warn("Stand-in payment platform could not notify {}: {}", target, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void reply(HttpExchange exchange, String code, String message, Object data) throws IOException {
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("error_code", code);
        reply.put("message", message);
        // the platform carries its data as a JSON string inside the JSON answer
        reply.put("data", data == null ? null : json.writeValueAsString(data));
        send(exchange, 200, "application/json", json.writeValueAsString(reply));
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> strings(Map<String, Object> raw) {
        Map<String, String> out = new LinkedHashMap<>();
        raw.forEach((key, value) -> out.put(key, value == null ? null : String.valueOf(value)));
        return out;
    }

    private static Map<String, String> form(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.put(key, value);
        }
        return out;
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String html(String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
                <title>%s – Nền tảng thanh toán (máy chủ thay thế)</title>
                <style>
                body{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
                header{border-bottom:3px solid #b10000;margin-bottom:1rem}
                header p{margin:.2rem 0;color:#555}
                dl{display:grid;grid-template-columns:max-content 1fr;gap:.4rem 1rem}dt{font-weight:600}dd{margin:0}
                .amount{font-size:1.4rem;font-weight:700;color:#b10000}
                fieldset{border:1px solid #bbb;margin:1rem 0}label{display:block;margin:.3rem 0}
                button{font-size:1rem;padding:.6rem 1.4rem;background:#0b5394;color:#fff;border:0;border-radius:4px}
                button.secondary{background:#fff;color:#0b5394;border:1px solid #0b5394}
                </style></head>
                <body><header><h1>%s</h1>
                <p>Nền tảng thanh toán trực tuyến – máy chủ thay thế của motcua (không trừ tiền thật)</p></header>
                <main>%s</main></body></html>
                """.formatted(escape(title), escape(title), body);
    }
}

package vn.motcua.integration;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local server that answers like the national portal's dossier synchronisation (for tests, the demo and operators):
 * {@code POST /SynsTTHCC/DongBoHoSoMC?MaDinhDanhDV=…&isUpdating=false|true} adds or updates a dossier
 * ({@code error_code} "0" success, "-3" "Hồ sơ đã tồn tại" on an add of a known dossier, "-4" on an update of an unknown
 * one, "-1" when {@code MaHoSo} is missing), {@code POST /SynsTTHCC/CapNhatTienDoHoSoMC} takes up to 10 steps,
 * {@code POST /SynsTTHCC/DongBoDanhGia} a rating, {@code GET /TraCuuHoSo?MaHoSo=} returns what it holds of a dossier,
 * and {@code GET /received} lists every call it received, in order (path, query, {@code Idempotency-Key}, body, and
 * whether the key was seen before). A repeated key gets the first answer again and changes nothing. It also serves a
 * small national TTHC database ({@link NationalCatalog}): {@code POST /CSDLTTHC/LayDanhSachTTHC} ({@code TuNgay})
 * and {@code POST /CSDLTTHC/LayThuTuc} ({@code MaTTHC}), with three procedures of the demo catalog as the national
 * database might now state them and one it does not hold (1.014434, illustrative). State is in memory: a restarted
 * stand-in knows nothing.
 */
public final class NationalPortalStandIn implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static {
        // The JDK server writes a response's headers and body separately; with Nagle's algorithm on, each answer then
        // waits for the client's delayed ACK (~40 ms). Read once, when the server classes load.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final List<Map<String, Object>> received = new ArrayList<>();
    private final Map<String, Map<String, Object>> dossiers = new HashMap<>();
    private final Map<String, String> answers = new HashMap<>();
    private final Map<String, Map<String, Object>> procedures = new java.util.TreeMap<>();
    private static final java.time.format.DateTimeFormatter NATIONAL_TIME = java.time.format.DateTimeFormatter
            .ofPattern("yyyyMMddHHmmss").withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

    private NationalPortalStandIn(HttpServer server) {
        this.server = server;
    }

    /** Starts a stand-in on the port (0: any free port) of the loopback interface. */
    public static NationalPortalStandIn start(int port) throws IOException {
        return start(new InetSocketAddress("127.0.0.1", port));
    }

    public static NationalPortalStandIn start(InetSocketAddress address) throws IOException {
        HttpServer server = HttpServer.create(address, 64);
        NationalPortalStandIn standIn = new NationalPortalStandIn(server);
        standIn.loadCatalog();
        server.createContext("/", standIn::handle);
        server.setExecutor(Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "national-portal-stand-in");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        return standIn;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The base address to give {@code motcua.national-portal.url}. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + port());
    }

    /** What it received, in order (a copy). */
    public synchronized List<Map<String, Object>> received() {
        return List.copyOf(received);
    }

    /**
     * The national database publishes a procedure (new, or a changed package replacing the one of the same
     * {@code MATTHC}), changed now unless the package says when ({@code NGAYCAPNHAT}).
     */
    public synchronized void publishProcedure(Map<String, Object> procedure) {
        Map<String, Object> copy = new LinkedHashMap<>(procedure);
        copy.putIfAbsent("NGAYCAPNHAT", NATIONAL_TIME.format(Instant.now()));
        procedures.put(String.valueOf(copy.get("MATTHC")), copy);
    }

    /** A procedure's package as the stand-in serves it (a copy), or {@code null}. */
    public synchronized Map<String, Object> procedure(String code) {
        Map<String, Object> procedure = procedures.get(code);
        return procedure == null ? null : new LinkedHashMap<>(procedure);
    }

    /** Forgets a dossier, as a portal that lost a delivery would (operators and tests of the reconciliation). */
    public synchronized void forget(String dossierCode) {
        dossiers.remove(dossierCode);
    }

    /** Holds a dossier's fields as given ({@code MaHoSo} required), e.g. at an older status than the one sent. */
    public synchronized void publishDossier(Map<String, Object> dossier) {
        dossiers.put(String.valueOf(dossier.get("MaHoSo")), new LinkedHashMap<>(dossier));
    }

    /** What the portal holds of a dossier (a copy), or {@code null}. */
    public synchronized Map<String, Object> dossier(String dossierCode) {
        Map<String, Object> held = dossiers.get(dossierCode);
        return held == null ? null : new LinkedHashMap<>(held);
    }

    @SuppressWarnings("unchecked")
    private void loadCatalog() throws IOException {
        try (var in = NationalPortalStandIn.class.getResourceAsStream("/integration/national-catalog-stand-in.json")) {
            if (in == null) {
                throw new IOException("integration/national-catalog-stand-in.json is missing");
            }
            for (Object procedure : JSON.readValue(in, List.class)) {
                publishProcedure((Map<String, Object>) procedure);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        if (server.getExecutor() instanceof java.util.concurrent.ExecutorService executor) {
            executor.shutdownNow();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            String method = exchange.getRequestMethod();
            if (method.equals("GET") && path.equals("/received")) {
                write(exchange, 200, JSON.writeValueAsString(received()));
                return;
            }
            if (method.equals("GET") && path.equals("/TraCuuHoSo")) {
                Map<String, Object> dossier;
                synchronized (this) {
                    dossier = dossiers.get(query.getOrDefault("MaHoSo", ""));
                }
                write(exchange, 200, dossier == null ? answer("-4", "Hồ sơ không tồn tại")
                        : JSON.writeValueAsString(Map.of("error_code", "0", "message", "Thành công", "result", dossier)));
                return;
            }
            if (!method.equals("POST")) {
                write(exchange, 405, answer("-405", "Phương thức không được hỗ trợ"));
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            Map<String, Object> parsed;
            try {
                @SuppressWarnings("unchecked")
                Map<String, Object> value = JSON.readValue(body, Map.class);
                parsed = value;
            } catch (RuntimeException e) {
                write(exchange, 400, answer("-2", "Dữ liệu không đúng định dạng JSON"));
                return;
            }
            String reply;
            synchronized (this) {
                boolean repeated = key != null && answers.containsKey(key);
                Map<String, Object> call = new LinkedHashMap<>();
                call.put("receivedAt", Instant.now().toString());
                call.put("path", path);
                call.put("query", query);
                call.put("idempotencyKey", key);
                call.put("repeated", repeated);
                call.put("body", parsed);
                received.add(call);
                if (repeated) {
                    reply = answers.get(key);
                } else {
                    reply = apply(path, query, parsed);
                    if (key != null) {
                        answers.put(key, reply);
                    }
                }
            }
            write(exchange, reply.contains("\"-404\"") ? 404 : 200, reply);
        }
    }

    /** One call's effect on the stand-in's dossiers; returns the answer. Runs under the stand-in's lock. */
    @SuppressWarnings("unchecked")
    private String apply(String path, Map<String, String> query, Map<String, Object> body) {
        switch (path) {
            case "/SynsTTHCC/DongBoHoSoMC" -> {
                Object code = body.get("MaHoSo");
                if (!(code instanceof String dossierCode) || dossierCode.isBlank()) {
                    return answer("-1", "Thiếu mã hồ sơ (MaHoSo)");
                }
                boolean updating = Boolean.parseBoolean(query.getOrDefault("isUpdating", "false"));
                Map<String, Object> known = dossiers.get(dossierCode);
                if (!updating && known != null) {
                    return answer("-3", "Hồ sơ đã tồn tại");
                }
                if (updating && known == null) {
                    return answer("-4", "Hồ sơ không tồn tại");
                }
                Map<String, Object> merged = known == null ? new LinkedHashMap<>() : known;
                merged.putAll(body);
                dossiers.put(dossierCode, merged);
                return answer("0", (updating ? "Cập nhật" : "Thêm mới") + " hồ sơ thành công");
            }
            case "/SynsTTHCC/CapNhatTienDoHoSoMC" -> {
                Object code = body.get("MaHoSo");
                Object steps = body.get("TienDo");
                if (!(code instanceof String dossierCode) || !dossiers.containsKey(dossierCode)) {
                    return answer("-4", "Hồ sơ không tồn tại");
                }
                if (!(steps instanceof List<?> list) || list.isEmpty() || list.size() > 10) {
                    return answer("-1", "Tiến độ phải có từ 1 đến 10 bước");
                }
                ((List<Object>) dossiers.get(dossierCode).computeIfAbsent("TienDo", k -> new ArrayList<>()))
                        .addAll(list);
                return answer("0", "Cập nhật tiến độ thành công");
            }
            case "/SynsTTHCC/DongBoDanhGia" -> {
                Object code = body.get("MaHoSo");
                if (!(code instanceof String dossierCode) || !dossiers.containsKey(dossierCode)) {
                    return answer("-4", "Hồ sơ không tồn tại");
                }
                dossiers.get(dossierCode).put("DanhGia", body);
                return answer("0", "Đồng bộ đánh giá thành công");
            }
            case "/CSDLTTHC/LayDanhSachTTHC" -> {
                String since = String.valueOf(body.getOrDefault("TuNgay", ""));
                if (!since.matches("\\d{14}")) {
                    return answer("-1", "TuNgay phải có dạng yyyyMMddHHmmss");
                }
                List<Map<String, Object>> listed = new ArrayList<>();
                for (Map<String, Object> procedure : procedures.values()) {
                    if (String.valueOf(procedure.get("NGAYCAPNHAT")).compareTo(since) >= 0) {
                        Map<String, Object> line = new LinkedHashMap<>();
                        line.put("MATTHC", procedure.get("MATTHC"));
                        line.put("TENTTHC", procedure.get("TENTTHC"));
                        line.put("NGAYCAPNHAT", procedure.get("NGAYCAPNHAT"));
                        listed.add(line);
                    }
                }
                return JSON.writeValueAsString(Map.of("error_code", "0", "message", "Thành công", "result", listed));
            }
            case "/CSDLTTHC/LayThuTuc" -> {
                Map<String, Object> procedure = procedures.get(String.valueOf(body.get("MaTTHC")));
                if (procedure == null) {
                    return answer("-4", "Không tìm thấy thủ tục " + body.get("MaTTHC"));
                }
                return JSON.writeValueAsString(Map.of("error_code", "0", "message", "Thành công", "result", procedure));
            }
            default -> {
                return answer("-404", "Không có dịch vụ " + path);
            }
        }
    }

    private static String answer(String code, String message) {
        return JSON.writeValueAsString(Map.of("error_code", code, "message", message));
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            values.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static void write(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}

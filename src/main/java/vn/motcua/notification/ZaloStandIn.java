package vn.motcua.notification;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A local Zalo Notification Service for tests, the demo and operators ({@code java -jar motcua.jar stand-in zalo
 * --port=N}): {@code POST /message/template} with the header {@code access_token} and the body {@code {phone "84…",
 * template_id, template_data, tracking_id}} answers {@code {"error":0,"message":"Success","data":{"msg_id":…}}}, or a
 * negative error (no token, a phone not in the 84 form, no template). {@code GET /received} lists the messages
 * ({@code to}, {@code templateId}, {@code data}, {@code body} = {@code template_data.noi_dung}, {@code trackingId},
 * {@code repeated}); a repeated {@code tracking_id} is answered again and listed as repeated. State is in memory.
 */
public final class ZaloStandIn extends HttpStandIn {

    private ZaloStandIn(int port) throws IOException {
        super(port, "zalo-stand-in");
    }

    /** Starts on {@code port} of the loopback interface (0: a free port). */
    public static ZaloStandIn start(int port) throws IOException {
        return new ZaloStandIn(port);
    }

    /** The base address to give {@code motcua.zalo.url}. */
    public String url() {
        return "http://127.0.0.1:" + httpPort();
    }

    @Override
    void serve(HttpExchange exchange, String body) throws IOException {
        if (!exchange.getRequestMethod().equals("POST") || !exchange.getRequestURI().getPath().equals("/message/template")) {
            write(exchange, 404, "application/json", error(-201, "Chỉ có POST /message/template; GET /received"));
            return;
        }
        String token = exchange.getRequestHeaders().getFirst("access_token");
        if (token == null || token.isBlank()) {
            write(exchange, 200, "application/json", error(-124, "Access token is invalid"));
            return;
        }
        Map<?, ?> call;
        try {
            call = JSON.readValue(body, Map.class);
        } catch (RuntimeException e) {
            write(exchange, 200, "application/json", error(-201, "Body is not valid JSON"));
            return;
        }
        String phone = String.valueOf(call.get("phone"));
        if (!phone.matches("84\\d{9,10}")) {
            write(exchange, 200, "application/json", error(-108, "Phone number is invalid"));
            return;
        }
        if (call.get("template_id") == null || !(call.get("template_data") instanceof Map<?, ?> data)) {
            write(exchange, 200, "application/json", error(-1124, "Template is invalid"));
            return;
        }
        Object tracking = call.get("tracking_id");
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("to", phone);
        entry.put("templateId", String.valueOf(call.get("template_id")));
        entry.put("data", data);
        entry.put("body", data.get("noi_dung"));
        entry.put("trackingId", tracking);
        entry.put("repeated", seen("trackingId", tracking));
        record(entry);
        write(exchange, 200, "application/json", JSON.writeValueAsString(Map.of("error", 0, "message", "Success",
                "data", Map.of("msg_id", UUID.randomUUID().toString().replace("-", ""),
                        "sent_time", String.valueOf(System.currentTimeMillis())))));
    }

    private static String error(int code, String message) {
        return JSON.writeValueAsString(Map.of("error", code, "message", message));
    }
}

package vn.motcua.payment.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.payment.PaymentChecksum;
import vn.motcua.shared.http.PartnerHttp;

/**
 * The payment platform's protocol (integrations.md §2.2) over HTTP: initiation ({@code PAY_INIT}), status query
 * ({@code CHECK}) and the day's list ({@code LIST}), each signed with the shared secret. The platform answers
 * {@code {"error_code":"0","data":"<JSON as text>"}}; anything else is a {@link PlatformException}.
 */
@Component
class PlatformClient {

    static final String VERSION = "1.0.6";
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The platform could not be reached or refused the message. */
    static final class PlatformException extends RuntimeException {
        PlatformException(String message) {
            super(message);
        }
    }

    /** A transaction as the platform sees it: {@code state} 1 paid, 3 pending, 4 failed. */
    record Transaction(String reference, int state, String transactionId, long amountVnd, String currency,
            String time) {}

    /** What the applicant is sent to. */
    record Opened(String redirectUrl, String transactionId) {}

    private final PaymentPlatform platform;
    private final PaymentProperties properties;
    private final JsonMapper json;
    private final Clock clock;
    private final HttpClient http;

    PlatformClient(PaymentPlatform platform, PaymentProperties properties, JsonMapper json, Clock clock) {
        this.platform = platform;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        this.http = PartnerHttp.client(properties.timeout());
    }

    String now() {
        return LocalDateTime.now(clock.withZone(ZONE)).format(TIME);
    }

    Opened init(String reference, long amountVnd, String info, String clientIp, String returnUrl,
            String notifyUrl, Map<String, Object> receiptInfo) {
        Map<String, String> message = new LinkedHashMap<>();
        message.put("LoaiBanTin", "PAY_INIT");
        message.put("PhienBan", VERSION);
        message.put("MaDoiTac", properties.partnerCode());
        message.put("MaThamChieu", reference);
        message.put("SoTien", Long.toString(amountVnd));
        message.put("LoaiHinhThanhToan", "PAY");
        message.put("MaKenhThanhToan", "1");
        message.put("MaThietBi", "1");
        message.put("NgonNgu", "vi-VN");
        message.put("MaTienTe", "VND");
        message.put("MaNganHang", "PAYMENT");
        message.put("ThongTinGiaoDich", info);
        message.put("ThoiGianGD", now());
        message.put("Ip", clientIp == null ? "" : clientIp);
        message.put("MaXacThuc", properties.checksum().sign(message, PaymentChecksum.INIT_FIELDS,
                properties.secret()));
        Map<String, Object> body = new LinkedHashMap<>(message);
        // not covered by the code: where the applicant returns and where the result is notified, and the receipt data
        body.put("UrlTraVe", returnUrl);
        body.put("UrlThongBao", notifyUrl);
        body.put("ThongTinBienLai", receiptInfo);
        JsonNode data = call("/api/payment/init", body);
        return new Opened(text(data, "UrlThanhToan"), text(data, "MaGiaoDich"));
    }

    Optional<Transaction> check(String reference) {
        Map<String, String> message = signedQuery("CHECK", reference);
        JsonNode data;
        try {
            data = call("/api/payment/check", new LinkedHashMap<>(message));
        } catch (PlatformException e) {
            if (e.getMessage().startsWith("06")) {
                return Optional.empty();
            }
            throw e;
        }
        return Optional.of(transaction(data));
    }

    List<Transaction> list(LocalDate day) {
        Map<String, Object> body = new LinkedHashMap<>(signedQuery("LIST", ""));
        body.put("Ngay", day.format(DateTimeFormatter.BASIC_ISO_DATE));
        List<Transaction> out = new ArrayList<>();
        for (JsonNode item : call("/api/payment/list", body)) {
            out.add(transaction(item));
        }
        return out;
    }

    private Map<String, String> signedQuery(String kind, String reference) {
        Map<String, String> message = new LinkedHashMap<>();
        message.put("LoaiBanTin", kind);
        message.put("PhienBan", VERSION);
        message.put("MaDoiTac", properties.partnerCode());
        message.put("MaThamChieu", reference);
        message.put("ThoiGianGD", now());
        message.put("MaXacThuc", properties.checksum().sign(message, PaymentChecksum.CHECK_FIELDS,
                properties.secret()));
        return message;
    }

    private Transaction transaction(JsonNode node) {
        long amount;
        try {
            amount = Long.parseLong(text(node, "SoTien"));
        } catch (NumberFormatException e) {
            throw new PlatformException("Số tiền không đọc được: " + text(node, "SoTien"));
        }
        int state;
        try {
            state = Integer.parseInt(text(node, "TrangThaiGD"));
        } catch (NumberFormatException e) {
            throw new PlatformException("Trạng thái giao dịch không đọc được: " + text(node, "TrangThaiGD"));
        }
        return new Transaction(text(node, "MaThamChieu"), state, text(node, "MaGiaoDich"), amount,
                text(node, "MaTienTe"), text(node, "ThoiGianGD"));
    }

    private JsonNode call(String path, Map<String, Object> body) {
        if (!platform.enabled()) {
            throw new PlatformException("Thanh toán trực tuyến chưa được bật");
        }
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create(platform.url() + path))
                    .timeout(properties.timeout()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PlatformException("Không kết nối được nền tảng thanh toán: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("Bị ngắt khi gọi nền tảng thanh toán");
        }
        if (response.statusCode() != 200) {
            throw new PlatformException("Nền tảng thanh toán trả về HTTP " + response.statusCode());
        }
        Map<String, Object> reply;
        try {
            reply = json.readValue(response.body(), new TypeReference<Map<String, Object>>() { });
        } catch (RuntimeException e) {
            throw new PlatformException("Trả lời của nền tảng thanh toán không phải JSON");
        }
        String code = String.valueOf(reply.get("error_code"));
        if (!"0".equals(code)) {
            throw new PlatformException(code + ": " + reply.get("message"));
        }
        Object data = reply.get("data");
        return data == null ? json.createObjectNode() : json.readTree(String.valueOf(data));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}

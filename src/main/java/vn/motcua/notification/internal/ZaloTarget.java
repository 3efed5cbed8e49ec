package vn.motcua.notification.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.integration.Delivery;
import vn.motcua.shared.http.PartnerHttp;

/**
 * Zalo Notification Service (integrations.md §7.3): {@code POST {motcua.zalo.url}/message/template} with the header
 * {@code access_token} and {@code {phone "84…", template_id, template_data {ma_ho_so, noi_dung}, tracking_id}} (the
 * tracking id is the message's idempotency key). {@code error 0} is success; a negative error is a refusal, except an
 * expired token (-124, -216), which is tried again once a fresh token is configured.
 */
@Component
class ZaloTarget extends ChannelTarget {

    private final ChannelEndpoints endpoints;
    private final ChannelProperties.Zalo properties;
    private final JsonMapper json;
    private final HttpClient http;

    ZaloTarget(DeliveryRecords records, JsonMapper json, ChannelEndpoints endpoints,
            ChannelProperties.Zalo properties) {
        super(records, json);
        this.endpoints = endpoints;
        this.properties = properties;
        this.json = json;
        this.http = PartnerHttp.client(properties.timeout());
    }

    @Override
    public String name() {
        return "zalo";
    }

    @Override
    Delivery send(Outgoing message) {
        String base = endpoints.zalo();
        if (base == null || endpoints.zaloToken() == null) {
            return Delivery.retry("Chưa cấu hình Zalo ZNS (--motcua.zalo.url, --motcua.zalo.access-token)");
        }
        String body = json.writeValueAsString(Map.of("phone", message.to(), "template_id", properties.templateId(),
                "template_data", Map.of("ma_ho_so", message.code(), "noi_dung", message.body()),
                "tracking_id", message.idempotencyKey()));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.replaceAll("/+$", "") + "/message/template"))
                .timeout(properties.timeout()).header("Content-Type", "application/json")
                .header("access_token", endpoints.zaloToken())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Delivery.retry("Không kết nối được Zalo ZNS " + base + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Delivery.retry("Bị ngắt khi gửi tin Zalo");
        }
        if (response.statusCode() >= 500) {
            return Delivery.retry("HTTP " + response.statusCode() + ": " + response.body());
        }
        Map<?, ?> answer;
        try {
            answer = json.readValue(response.body(), Map.class);
        } catch (RuntimeException e) {
            return Delivery.retry("Câu trả lời không đọc được: " + response.body());
        }
        int error = answer.get("error") instanceof Number n ? n.intValue() : Integer.MIN_VALUE;
        if (error == 0) {
            return Delivery.delivered(response.body());
        }
        return error == -124 || error == -216 ? Delivery.retry(response.body()) : Delivery.rejected(response.body());
    }
}

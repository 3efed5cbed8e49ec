package vn.motcua.integration.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.integration.NationalPortal;
import vn.motcua.shared.http.PartnerHttp;

/**
 * The national portal over HTTP (JDK client): JSON bodies in the portal's field names, the agency's identifier in the
 * query ({@code MaDinhDanhDV}, as the provincial clients send it), the outbox's {@code Idempotency-Key} header, an
 * optional bearer token. Answers are read by their structured {@code error_code}, never by searching the text for
 * "thành công"; the raw reply is kept.
 */
@Component
class HttpNationalPortal implements NationalPortal {

    private final PortalEndpoint endpoint;
    private final NationalPortalProperties properties;
    private final JsonMapper json;
    private final HttpClient client;

    HttpNationalPortal(PortalEndpoint endpoint, NationalPortalProperties properties, JsonMapper json) {
        this.endpoint = endpoint;
        this.properties = properties;
        this.json = json;
        this.client = PartnerHttp.client(properties.timeout());
    }

    @Override
    public Answer syncDossier(Map<String, Object> dossier, boolean updating, String idempotencyKey) {
        String agency = String.valueOf(dossier.getOrDefault("MaDinhDanhDV", ""));
        return call("/SynsTTHCC/DongBoHoSoMC?MaDinhDanhDV=" + URLEncoder.encode(agency, StandardCharsets.UTF_8)
                + "&isUpdating=" + updating, dossier, idempotencyKey);
    }

    @Override
    public Answer syncProgress(String dossierCode, List<Map<String, Object>> steps, String idempotencyKey) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("MaHoSo", dossierCode);
        body.put("TienDo", steps);
        return call("/SynsTTHCC/CapNhatTienDoHoSoMC", body, idempotencyKey);
    }

    @Override
    public Answer syncRating(Map<String, Object> rating, String idempotencyKey) {
        return call("/SynsTTHCC/DongBoDanhGia", rating, idempotencyKey);
    }

    @Override
    public Lookup lookup(String dossierCode) {
        Answer answer = call("/TraCuuHoSo?MaHoSo=" + URLEncoder.encode(dossierCode, StandardCharsets.UTF_8), null,
                null);
        if (answer.unknownDossier() && answer.httpStatus() / 100 == 2) {
            return new Lookup(answer, false, null);
        }
        Integer status = null;
        if (answer.ok()) {
            try {
                JsonNode found = json.readTree(answer.raw()).path("result").path("TrangThaiHoSo");
                status = found.isNumber() || found.isString() && found.asString().matches("\\d+")
                        ? Integer.valueOf(found.asString()) : null;
            } catch (RuntimeException notJson) {
                status = null;
            }
        }
        return new Lookup(answer, answer.ok(), status);
    }

    /** A POST of {@code body}, or a GET without one. */
    private Answer call(String path, Map<String, Object> body, String idempotencyKey) {
        URI base = endpoint.uri().orElse(null);
        if (base == null) {
            return new Answer(0, null, "Chưa cấu hình địa chỉ Cổng Dịch vụ công quốc gia", null);
        }
        String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1)
                : base.toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path))
                .timeout(properties.timeout())
                .header("Accept", "application/json");
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json; charset=utf-8")
                    .header("Idempotency-Key", idempotencyKey)
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
        }
        if (properties.token() != null && !properties.token().isBlank()) {
            request.header("Authorization", "Bearer " + properties.token());
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Answer(0, null, "Không kết nối được Cổng: " + e, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, null, "Bị ngắt khi chờ Cổng trả lời", null);
        }
        String errorCode = null;
        String message = null;
        try {
            JsonNode node = json.readTree(response.body());
            errorCode = node.path("error_code").isMissingNode() ? null : node.path("error_code").asString();
            message = node.path("message").isMissingNode() ? null : node.path("message").asString();
        } catch (RuntimeException notJson) {
            message = "Câu trả lời không phải JSON";
        }
        return new Answer(response.statusCode(), errorCode, message, response.body());
    }
}

package vn.motcua.integration.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.integration.NationalCatalog;
import vn.motcua.shared.http.PartnerHttp;

/**
 * The national TTHC database over HTTP (JDK client): {@code POST …/CSDLTTHC/LayDanhSachTTHC} with
 * {@code {"TuNgay":"yyyyMMddHHmmss"}} and {@code POST …/CSDLTTHC/LayThuTuc} with {@code {"MaTTHC":…}}, JSON answers
 * {@code {error_code, message, result}} read by their structured {@code error_code} ("0" success), the portal's
 * bearer token when one is configured. The service names and package fields are those of the public clients
 * (integrations.md §1.7, Appendix A §3.1); the date filter's name is this project's reading (no public specification).
 */
@Component
class HttpNationalCatalog implements NationalCatalog {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final PortalEndpoint portal;
    private final NationalCatalogProperties properties;
    private final NationalPortalProperties portalProperties;
    private final JsonMapper json;
    private final HttpClient client;

    HttpNationalCatalog(PortalEndpoint portal, NationalCatalogProperties properties,
            NationalPortalProperties portalProperties, JsonMapper json) {
        this.portal = portal;
        this.properties = properties;
        this.portalProperties = portalProperties;
        this.json = json;
        this.client = PartnerHttp.client(properties.timeout());
    }

    /** The database's base address: its own, or the portal's. */
    Optional<URI> uri() {
        if (properties.url() != null && !properties.url().toString().isBlank()) {
            return Optional.of(properties.url());
        }
        return portal.uri();
    }

    @Override
    public Answer<List<Listed>> changedSince(LocalDate since) {
        Answer<JsonNode> answer = post("/CSDLTTHC/LayDanhSachTTHC",
                Map.of("TuNgay", DAY.format(since) + "000000"));
        if (!answer.ok()) {
            return Answer.failed(answer.error());
        }
        List<Listed> listed = new ArrayList<>();
        for (JsonNode node : answer.value()) {
            String code = node.path("MATTHC").asString("");
            if (!code.isBlank()) {
                listed.add(new Listed(code.strip(), node.path("TENTTHC").asString(null),
                        node.path("NGAYCAPNHAT").asString(null)));
            }
        }
        return Answer.of(listed);
    }

    @Override
    public Answer<Map<String, Object>> procedure(String code) {
        Answer<JsonNode> answer = post("/CSDLTTHC/LayThuTuc", Map.of("MaTTHC", code));
        if (!answer.ok()) {
            return Answer.failed(answer.error());
        }
        if (!answer.value().isObject()) {
            return Answer.failed("Thủ tục " + code + ": CSDL quốc gia không trả về nội dung thủ tục");
        }
        return Answer.of(json.convertValue(answer.value(), MAP));
    }

    /** The call's {@code result}, or why there is none. */
    private Answer<JsonNode> post(String path, Map<String, Object> body) {
        URI base = uri().orElse(null);
        if (base == null) {
            return Answer.failed("Chưa cấu hình địa chỉ CSDL quốc gia về thủ tục hành chính");
        }
        String root = base.toString().replaceAll("/+$", "");
        Map<String, Object> payload = new LinkedHashMap<>(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path))
                .timeout(properties.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(payload), StandardCharsets.UTF_8));
        if (portalProperties.token() != null && !portalProperties.token().isBlank()) {
            request.header("Authorization", "Bearer " + portalProperties.token());
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Answer.failed("Không kết nối được CSDL quốc gia về TTHC: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.failed("Bị ngắt khi chờ CSDL quốc gia về TTHC trả lời");
        }
        JsonNode node;
        try {
            node = json.readTree(response.body());
        } catch (RuntimeException notJson) {
            return Answer.failed("HTTP " + response.statusCode() + ": câu trả lời không phải JSON");
        }
        String code = node.path("error_code").asString("");
        if (response.statusCode() / 100 != 2 || !"0".equals(code)) {
            return Answer.failed("HTTP " + response.statusCode() + ", error_code " + code + ": "
                    + node.path("message").asString(""));
        }
        return Answer.of(node.path("result"));
    }
}

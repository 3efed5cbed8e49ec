package vn.motcua.result.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.shared.ProblemException;

/**
 * A client of a remote signing service (ký số từ xa), where a certification service holds the signer's key and the
 * signer confirms each signature on their phone. The protocol, modelled on VNPT SmartCA's sp769 interface
 * (integrations.md §6.3), over HTTPS with {@code Authorization: Bearer <token>} and JSON bodies:
 * <ul>
 * <li>{@code POST /v1/credentials/get_certificate {"user_id"}} → {@code {"credential_id", "certificates":[base64 DER,
 * the signer's first]}};</li>
 * <li>{@code POST /v1/signatures/sign {"user_id", "credential_id", "hash_algorithm":"SHA-256", "sign_type":"hash",
 * "hash": base64, "description"}} → {@code {"transaction_id", "tran_status":4000}} — the service pushes the request
 * to the signer's phone;</li>
 * <li>{@code GET /v1/signatures/{transaction_id}} → {@code {"tran_status", "signature"}}: 4000 waiting for the
 * signer, 1 signed ({@code signature}: base64 RSA PKCS#1 v1.5 over the DigestInfo of the hash), 4001 expired,
 * 4002 rejected, others errors. The client polls until signed, refused or its time-out.</li>
 * </ul>
 * The hash sent is that of the CMS signed attributes; the signature value comes back into the PAdES signature.
 */
final class RemoteSigningClient {

    /** A signer's certificate at the service. */
    record Credential(String userId, String credentialId, List<X509Certificate> chain) {}

    private final HttpClient http;
    private final String base;
    private final String token;
    private final Duration timeout;
    private final Duration poll;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    RemoteSigningClient(HttpClient http, String base, String token, Duration timeout, Duration poll, Clock clock) {
        this.http = http;
        this.base = base.replaceAll("/+$", "");
        this.token = token;
        this.timeout = timeout;
        this.poll = poll;
        this.clock = clock;
    }

    Credential credential(String userId) {
        Map<String, Object> answer = call("POST", "/v1/credentials/get_certificate", Map.of("user_id", userId));
        List<X509Certificate> chain = new ArrayList<>();
        if (answer.get("certificates") instanceof List<?> list) {
            for (Object item : list) {
                chain.add(Certificates.fromDer(Base64.getDecoder().decode(String.valueOf(item))));
            }
        }
        if (chain.isEmpty() || !(answer.get("credential_id") instanceof String id)) {
            throw unavailable("dịch vụ không trả về chứng thư số của " + userId);
        }
        return new Credential(userId, id, chain);
    }

    /** The key of {@code credential}: each signature is a transaction the signer confirms. */
    PdfSigner.Key key(Credential credential, String description) {
        return new PdfSigner.Key(null, credential.chain(), digest -> sign(credential, digest, description));
    }

    byte[] sign(Credential credential, byte[] digest, String description) throws IOException {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("user_id", credential.userId());
        request.put("credential_id", credential.credentialId());
        request.put("hash_algorithm", "SHA-256");
        request.put("sign_type", "hash");
        request.put("hash", Base64.getEncoder().encodeToString(digest));
        request.put("description", description);
        Map<String, Object> started = call("POST", "/v1/signatures/sign", request);
        if (!(started.get("transaction_id") instanceof String transaction)) {
            throw unavailable("dịch vụ không trả về mã giao dịch ký");
        }
        Instant deadline = clock.instant().plus(timeout);
        while (true) {
            Map<String, Object> status = call("GET", "/v1/signatures/" + transaction, null);
            int state = status.get("tran_status") instanceof Number n ? n.intValue() : -1;
            switch (state) {
                case RemoteSigningServer.SIGNED -> {
                    return Base64.getDecoder().decode(String.valueOf(status.get("signature")));
                }
                case RemoteSigningServer.WAITING -> {
                    if (!clock.instant().isBefore(deadline)) {
                        throw ProblemException.conflict("Người ký chưa xác nhận ký số trên điện thoại trong thời gian "
                                + "chờ; vui lòng ký lại.");
                    }
                    try {
                        Thread.sleep(poll.toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException("interrupted while waiting for the signer", e);
                    }
                }
                case RemoteSigningServer.EXPIRED -> throw ProblemException.conflict(
                        "Yêu cầu ký số từ xa đã hết hạn vì người ký không xác nhận; vui lòng ký lại.");
                case RemoteSigningServer.REJECTED -> throw ProblemException.conflict(
                        "Người ký đã từ chối yêu cầu ký số từ xa trên điện thoại.");
                default -> throw unavailable("giao dịch ký lỗi (mã " + state + ")");
            }
        }
    }

    private Map<String, Object> call(String method, String path, Map<String, Object> body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json");
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw unavailable("không kết nối được (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("bị ngắt");
        }
        if (response.statusCode() != 200) {
            throw unavailable("HTTP " + response.statusCode() + " tại " + path);
        }
        return json.readValue(response.body(), new TypeReference<Map<String, Object>>() {});
    }

    private static ProblemException unavailable(String detail) {
        return new ProblemException(ProblemException.Kind.UNPROCESSABLE, "Dịch vụ ký số từ xa lỗi: " + detail + ".");
    }
}

package vn.motcua.result.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.shared.ProblemException;

/** Remote signing (ký số từ xa): the hash goes to the service over HTTP, the signer confirms, the PDF carries it. */
class RemoteSigningTest {

    private static final Instant AT = Instant.parse("2026-03-10T03:15:00Z");
    private static final Clock CLOCK = Clock.fixed(AT, ZoneOffset.UTC);
    private static final Certificates.Issued ca = Certificates.authority("Test Root CA", "Test",
            Instant.parse("2025-01-01T00:00:00Z"), 5);
    private final HttpClient http = HttpClient.newHttpClient();

    private RemoteSigningClient client(RemoteSigningServer server, String token) {
        return new RemoteSigningClient(http, server.url(), token, Duration.ofSeconds(20), Duration.ofMillis(50),
                Clock.systemUTC());
    }

    private static byte[] sign(PdfSigner.Key key) throws Exception {
        return PdfSigner.sign(TestSignatures.resultPdf("GIẤY PHÉP"), key, AT, "Ký số kết quả", "Bắc Ninh",
                List.of("ĐÃ KÝ SỐ"), "KQ1");
    }

    @Test
    void aResultSignedThroughTheStandInVerifiesWithTheOfficersOwnCertificate() throws Exception {
        try (RemoteSigningServer server = new RemoteSigningServer(null, 0, ca, "secret-token", true,
                id -> "Phạm Quốc Hùng", CLOCK)) {
            RemoteSigningClient client = client(server, "secret-token");
            RemoteSigningClient.Credential credential = client.credential("lanhdao");
            byte[] pdf = sign(client.key(credential, "Ký số kết quả KQ1"));

            assertThat(PdfVerifier.verify(pdf, List.of(ca.certificate()), AT)).singleElement().satisfies(c -> {
                assertThat(c.valid()).isTrue();
                assertThat(c.chainTrusted()).isTrue();
                assertThat(c.coversWholeDocument()).isTrue();
                assertThat(c.signer()).isEqualTo("DEMO Phạm Quốc Hùng");
            });
            assertThat(server.received()).extracting(r -> r.get("path")).containsSubsequence(
                    "/v1/credentials/get_certificate", "/v1/signatures/sign");
            @SuppressWarnings("unchecked")
            Map<String, Object> request = (Map<String, Object>) server.received().get(1).get("body");
            assertThat(request).containsEntry("hash_algorithm", "SHA-256").containsEntry("sign_type", "hash")
                    .doesNotContainKey("document");
            if (TestSignatures.pdfsigPresent()) {
                assertThat(TestSignatures.pdfsig(pdf)).contains("Signature is Valid", "DEMO Phạm Quốc Hùng");
            }
        }
    }

    @Test
    void theClientWaitsUntilTheSignerConfirmsOnThePhone() throws Exception {
        try (RemoteSigningServer server = new RemoteSigningServer(null, 0, ca, null, false, id -> id, CLOCK)) {
            RemoteSigningClient client = client(server, null);
            PdfSigner.Key key = client.key(client.credential("chuyenvien"), "Ký thử");
            Thread phone = new Thread(() -> {
                try {
                    for (int i = 0; i < 100; i++) {
                        Thread.sleep(50);
                        String waiting = server.received().stream()
                                .filter(r -> String.valueOf(r.get("path")).matches("/v1/signatures/[0-9a-f-]{36}"))
                                .map(r -> String.valueOf(r.get("path"))).findFirst().orElse(null);
                        if (waiting != null) {
                            http.send(HttpRequest.newBuilder(URI.create(server.url() + waiting + "/confirm"))
                                    .POST(HttpRequest.BodyPublishers.noBody()).build(),
                                    HttpResponse.BodyHandlers.discarding());
                            return;
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            phone.start();
            byte[] pdf = sign(key);
            phone.join();
            assertThat(PdfVerifier.verify(pdf, List.of(ca.certificate()), AT)).singleElement()
                    .satisfies(c -> assertThat(c.valid()).isTrue());
        }
    }

    @Test
    void aRejectedRequestIsAConflictAndNothingIsSigned() throws Exception {
        try (RemoteSigningServer server = new RemoteSigningServer(null, 0, ca, null, false, id -> id, CLOCK)) {
            RemoteSigningClient client = client(server, null);
            RemoteSigningClient.Credential credential = client.credential("lanhdao");
            Thread phone = new Thread(() -> {
                try {
                    for (int i = 0; i < 100; i++) {
                        Thread.sleep(50);
                        var waiting = server.received().stream().filter(r -> String.valueOf(r.get("path"))
                                .matches("/v1/signatures/[0-9a-f-]{36}")).findFirst();
                        if (waiting.isPresent()) {
                            http.send(HttpRequest.newBuilder(URI.create(server.url() + waiting.get().get("path")
                                    + "/reject")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                                    HttpResponse.BodyHandlers.discarding());
                            return;
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            phone.start();
            assertThatThrownBy(() -> client.sign(credential, new byte[32], "Ký thử"))
                    .isInstanceOf(ProblemException.class).hasMessageContaining("từ chối");
            phone.join();
        }
    }

    @Test
    void aWrongTokenIsRefusedByTheService() {
        try (RemoteSigningServer server = new RemoteSigningServer(null, 0, ca, "right", true, id -> id, CLOCK)) {
            assertThatThrownBy(() -> client(server, "wrong").credential("lanhdao"))
                    .isInstanceOf(ProblemException.class).hasMessageContaining("HTTP 401");
        }
    }
}

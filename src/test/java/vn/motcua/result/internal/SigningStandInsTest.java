package vn.motcua.result.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.Test;
import vn.motcua.result.RemoteSigningStandIn;
import vn.motcua.result.TimestampStandIn;

/** The stand-ins as {@code stand-in tsa} and {@code stand-in remote-signing} run them: their own demo roots. */
class SigningStandInsTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theTsaStandInGrantsTokensByATimeStampingCertificateUnderItsOwnRootAndRefusesOtherRequests()
            throws Exception {
        try (TimestampStandIn tsa = TimestampStandIn.start(null, 0, Clock.systemUTC())) {
            byte[] token = new TimestampClient(http, tsa.url()).timestamp(new byte[] {1, 2, 3});
            TimeStampToken parsed = new TimeStampToken(ContentInfo.getInstance(token));
            assertThat(parsed.getTimeStampInfo().getMessageImprintDigest())
                    .isEqualTo(TimestampClient.sha256(new byte[] {1, 2, 3}));
            assertThat(parsed.getTimeStampInfo().getPolicy()).isEqualTo(TsaServer.DEMO_POLICY);
            assertThat(tsa.root().getSubjectX500Principal().getName()).contains("DEMO TSA Root");
            HttpResponse<String> pem = http.send(HttpRequest.newBuilder(URI.create(tsa.url() + ".pem")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(pem.body()).startsWith("-----BEGIN CERTIFICATE-----");
            HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(URI.create(tsa.url()))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(wrong.statusCode()).isEqualTo(415);
        }
    }

    @Test
    void theRemoteSigningStandInSignsForAnyUserIdUnderItsOwnRoot() throws Exception {
        try (RemoteSigningStandIn remote = RemoteSigningStandIn.start(null, 0, "t", true, Clock.systemUTC())) {
            RemoteSigningClient client = new RemoteSigningClient(http, remote.url(), "t", Duration.ofSeconds(10),
                    Duration.ofMillis(50), Clock.systemUTC());
            RemoteSigningClient.Credential credential = client.credential("nguyenvana");
            assertThat(Certificates.commonName(credential.chain().get(0))).isEqualTo("DEMO nguyenvana");
            byte[] pdf = PdfSigner.sign(TestSignatures.resultPdf("GIẤY PHÉP"), client.key(credential, "thử"),
                    java.time.Instant.now(), "thử", "thử", List.of("ĐÃ KÝ SỐ"), null);
            assertThat(PdfVerifier.verify(pdf, List.of(remote.root()), java.time.Instant.now())).singleElement()
                    .satisfies(c -> assertThat(c.valid() && c.chainTrusted()).isTrue());
        }
    }
}

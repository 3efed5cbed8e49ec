package vn.motcua.result.internal;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * An RFC 3161 time-stamping authority over HTTP (RFC 3161 §3.4): {@code POST} a DER {@code TimeStampReq} with
 * content type {@code application/timestamp-query} to any path, get a DER {@code TimeStampResp}
 * ({@code application/timestamp-reply}) from Bouncy Castle's {@link TimeStampResponseGenerator}: granted with a token
 * signed by the TSA's key (its certificate has the critical extended key usage timeStamping), or rejected with a
 * failure code for an unsupported digest. {@code GET /tsa.pem} gives the TSA's chain. Time comes from {@code clock}.
 */
public final class TsaServer implements AutoCloseable {

    /** The policy under which the demo TSA issues tokens (a private arc: no legal value). */
    static final ASN1ObjectIdentifier DEMO_POLICY = new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.3161.1");

    private final Certificates.Issued key;
    private final List<X509Certificate> chain;
    private final Clock clock;
    private final LoopbackServer server;
    private final SecureRandom random = new SecureRandom();

    /** {@code chain}: the TSA's certificate first, then its issuers. */
    TsaServer(String host, int port, Certificates.Issued key, List<X509Certificate> chain, Clock clock) {
        this.key = key;
        this.chain = List.copyOf(chain);
        this.clock = clock;
        server = new LoopbackServer(host, port, "tsa-stand-in", this::handle);
    }

    /** A TSA with its own demo root (both made now, in memory): for {@code stand-in tsa} run without a database. */
    public static TsaServer withOwnRoot(String host, int port, Clock clock) {
        java.time.Instant from = clock.instant().minusSeconds(86400);
        Certificates.Issued root = Certificates.authority("motcua DEMO TSA Root (chỉ để thử nghiệm)",
                SigningKeys.DEMO_ORGANISATION, from, 10);
        Certificates.Issued tsa = Certificates.timeStamping(root, "motcua DEMO TSA (chỉ để thử nghiệm)",
                SigningKeys.DEMO_ORGANISATION, from, 5);
        return new TsaServer(host, port, tsa, List.of(tsa.certificate(), root.certificate()), clock);
    }

    /** "http://127.0.0.1:PORT/tsa": the value of {@code motcua.signing.tsa-url}. */
    public String url() {
        return server.url()
                + "/tsa";
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The TSA's chain, the root last. */
    public List<X509Certificate> chain() {
        return chain;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (exchange.getRequestMethod().equals("GET") && exchange.getRequestURI().getPath().endsWith(".pem")) {
                StringBuilder pem = new StringBuilder();
                for (X509Certificate certificate : chain) {
                    pem.append("-----BEGIN CERTIFICATE-----\n")
                            .append(Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                    .encodeToString(certificate.getEncoded()))
                            .append("\n-----END CERTIFICATE-----\n");
                }
                send(exchange, 200, "application/x-pem-file", pem.toString().getBytes(StandardCharsets.US_ASCII));
                return;
            }
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            if (!exchange.getRequestMethod().equals("POST") || type == null
                    || !type.startsWith("application/timestamp-query")) {
                send(exchange, 415, "text/plain; charset=utf-8", ("POST application/timestamp-query (RFC 3161)")
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            TimeStampRequest request;
            try {
                request = new TimeStampRequest(exchange.getRequestBody().readAllBytes());
            } catch (IOException | RuntimeException e) {
                send(exchange, 400, "text/plain; charset=utf-8", "not a TimeStampReq".getBytes(StandardCharsets.UTF_8));
                return;
            }
            send(exchange, 200, "application/timestamp-reply", respond(request).getEncoded());
        } catch (Exception e) {
            send(exchange, 500, "text/plain; charset=utf-8", String.valueOf(e.getMessage())
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    private TimeStampResponse respond(TimeStampRequest request) throws Exception {
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", key.privateKey(), chain.get(0)),
                new JcaDigestCalculatorProviderBuilder().build()
                        .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                DEMO_POLICY);
        tokens.addCertificates(new JcaCertStore(chain));
        TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
        return responses.generate(request, new BigInteger(63, random).add(BigInteger.ONE),
                Date.from(clock.instant()));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}

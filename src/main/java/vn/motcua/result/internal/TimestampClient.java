package vn.motcua.result.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;

/**
 * An RFC 3161 client over HTTP: a {@code TimeStampReq} for the SHA-256 of the signature value, with a nonce and
 * asking for the TSA's certificate; the reply is checked against the request (status granted, imprint, nonce, the
 * TSA certificate's extended key usage) before its token is used.
 */
final class TimestampClient implements PdfSigner.Timestamper {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpClient http;
    private final URI url;

    TimestampClient(HttpClient http, String url) {
        this.http = http;
        this.url = URI.create(url);
    }

    @Override
    public byte[] timestamp(byte[] signatureValue) throws IOException {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, sha256(signatureValue),
                new BigInteger(63, RANDOM));
        HttpResponse<byte[]> reply;
        try {
            reply = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/timestamp-query")
                    .header("Accept", "application/timestamp-reply")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the timestamp authority", e);
        }
        if (reply.statusCode() != 200) {
            throw new IOException("the timestamp authority answered HTTP " + reply.statusCode());
        }
        try {
            TimeStampResponse response = new TimeStampResponse(reply.body());
            response.validate(request);
            if (response.getTimeStampToken() == null) {
                throw new IOException("the timestamp authority refused: " + response.getStatusString());
            }
            return response.getTimeStampToken().getEncoded();
        } catch (TSPException e) {
            throw new IOException("invalid reply of the timestamp authority: " + e.getMessage(), e);
        }
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

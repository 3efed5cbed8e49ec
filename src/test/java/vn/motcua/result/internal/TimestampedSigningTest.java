package vn.motcua.result.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** PAdES B-T and B-LT: signatures timestamped over HTTP by the RFC 3161 stand-in, with the DSS after them. */
class TimestampedSigningTest {

    private static final Instant AT = Instant.parse("2026-03-10T03:15:00Z");
    private static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    private static final Certificates.Issued ca = Certificates.authority("Test Root CA", "Test", FROM, 5);
    private static final Certificates.Issued agency = Certificates.signer(ca, "DEMO Sở Thử nghiệm", "Test", FROM, 3);
    private static final PdfSigner.Key key = new PdfSigner.Key(agency.privateKey(),
            List.of(agency.certificate(), ca.certificate()));
    private static final Certificates.Issued tsaKey = Certificates.timeStamping(ca, "Test TSA", "Test", FROM, 3);
    private static TsaServer tsa;

    @BeforeAll
    static void startTsa() {
        tsa = new TsaServer(null, 0, tsaKey, List.of(tsaKey.certificate(), ca.certificate()),
                Clock.fixed(AT.plusSeconds(2), ZoneOffset.UTC));
    }

    @AfterAll
    static void stopTsa() {
        tsa.close();
    }

    private final List<byte[]> tokens = new ArrayList<>();

    private byte[] timestamped() throws Exception {
        TimestampClient client = new TimestampClient(HttpClient.newHttpClient(), tsa.url());
        return PdfSigner.sign(TestSignatures.resultPdf("GIẤY PHÉP"), key, AT, "Ký số", "Bắc Ninh",
                List.of("ĐÃ KÝ SỐ"), "KQ1", value -> {
                    byte[] token = client.timestamp(value);
                    tokens.add(token);
                    return token;
                });
    }

    private byte[] withValidationData(byte[] signed) throws Exception {
        return PdfLtv.addDss(signed, new PdfLtv.ValidationData(List.of(agency.certificate().getEncoded(),
                ca.certificate().getEncoded(), tsaKey.certificate().getEncoded()), List.of(Certificates.crl(ca, AT))));
    }

    @Test
    void aSignatureTimestampedByTheStandInIsBtAndReportsTheTimeAndTheAuthority() throws Exception {
        assertThat(PdfVerifier.verify(timestamped(), List.of(ca.certificate()), AT)).singleElement().satisfies(c -> {
            assertThat(c.valid()).isTrue();
            assertThat(c.coversWholeDocument()).isTrue();
            assertThat(c.chainTrusted()).isTrue();
            assertThat(c.level()).isEqualTo("B-T");
            assertThat(c.timestamp().valid()).isTrue();
            assertThat(c.timestamp().trusted()).isTrue();
            assertThat(c.timestamp().authority()).isEqualTo("Test TSA");
            assertThat(c.timestamp().time()).isEqualTo(AT.plusSeconds(2));
        });
    }

    @Test
    void theTsaCertificateHasTheCriticalTimeStampingPurposeOnly() throws Exception {
        assertThat(tsa.certificate().getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.8");
        assertThat(tsa.certificate().getCriticalExtensionOIDs()).contains("2.5.29.37");
    }

    @Test
    void aTamperedTimestampTokenMakesTheSignatureInvalid() throws Exception {
        byte[] pdf = timestamped();
        byte[] token = tokens.get(0);
        String hex = HexFormat.of().withUpperCase().formatHex(token, token.length - 40, token.length - 8);
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(hex);
        if (at < 0) {
            at = text.indexOf(hex.toLowerCase());
        }
        assertThat(at).as("the token's signature inside the signature's contents").isPositive();
        byte[] tampered = pdf.clone();
        tampered[at + 10] = (byte) (tampered[at + 10] == '0' ? '1' : '0');
        assertThat(PdfVerifier.verify(tampered, List.of(ca.certificate()), AT)).singleElement().satisfies(c -> {
            assertThat(c.valid()).isFalse();
            assertThat(c.timestamp().valid()).isFalse();
        });
    }

    @Test
    void aTimestampFromAnUntrustedAuthorityIsValidButNotTrusted() throws Exception {
        Certificates.Issued otherRoot = Certificates.authority("Other TSA Root", "Test", FROM, 5);
        Certificates.Issued other = Certificates.timeStamping(otherRoot, "Other TSA", "Test", FROM, 3);
        try (TsaServer untrusted = new TsaServer(null, 0, other, List.of(other.certificate(),
                otherRoot.certificate()), Clock.fixed(AT, ZoneOffset.UTC))) {
            TimestampClient client = new TimestampClient(HttpClient.newHttpClient(), untrusted.url());
            byte[] pdf = PdfSigner.sign(TestSignatures.resultPdf("GIẤY PHÉP"), key, AT, "Ký số", "Bắc Ninh",
                    List.of("ĐÃ KÝ SỐ"), null, client::timestamp);
            assertThat(PdfVerifier.verify(pdf, List.of(ca.certificate()), AT)).singleElement().satisfies(c -> {
                assertThat(c.valid()).isTrue();
                assertThat(c.timestamp().valid()).isTrue();
                assertThat(c.timestamp().trusted()).isFalse();
            });
        }
    }

    @Test
    void validationDataAppendedAfterTheSignatureMakesItBltAndStillIntact() throws Exception {
        byte[] pdf = withValidationData(timestamped());
        assertThat(PdfVerifier.verify(pdf, List.of(ca.certificate()), AT)).singleElement().satisfies(c -> {
            assertThat(c.valid()).isTrue();
            assertThat(c.coversWholeDocument()).isFalse();
            assertThat(c.wholeButValidationData()).isTrue();
            assertThat(c.level()).isEqualTo("B-LT");
        });
    }

    @Test
    void noFlippedByteOfABltFileVerifiesAsIntactNotEvenInTheUnsignedValidationData() throws Exception {
        byte[] signed = timestamped();
        byte[] pdf = withValidationData(signed);
        java.util.stream.IntStream positions = java.util.stream.IntStream.concat(
                java.util.stream.IntStream.iterate(0, p -> p < signed.length, p -> p + 61),
                java.util.stream.IntStream.iterate(signed.length, p -> p < pdf.length, p -> p + 3));
        for (int position : positions.toArray()) {
            byte[] tampered = pdf.clone();
            tampered[position] ^= 0x01;
            List<PdfVerifier.Checked> checked;
            try {
                checked = PdfVerifier.verify(tampered, List.of(ca.certificate()), AT);
            } catch (java.io.IOException | RuntimeException unreadable) {
                continue;
            }
            boolean good = !checked.isEmpty() && checked.stream().allMatch(c -> c.valid() && c.chainTrusted()
                    && (c.coversWholeDocument() || c.wholeButValidationData()));
            if (good) {
                throw new AssertionError("byte " + position + " of " + pdf.length + ": " + new String(pdf,
                        Math.max(0, position - 60), 120, StandardCharsets.ISO_8859_1).replaceAll("[^\\x20-\\x7e]", "?"));
            }
        }
    }

    @Test
    void anythingElseAppendedAfterTheSignatureIsNotValidationData() throws Exception {
        byte[] signed = timestamped();
        byte[] appended = java.util.Arrays.copyOf(signed, signed.length + 12);
        System.arraycopy("%% appended\n".getBytes(StandardCharsets.US_ASCII), 0, appended, signed.length, 12);
        assertThat(PdfVerifier.verify(appended, List.of(ca.certificate()), AT)).singleElement()
                .satisfies(c -> assertThat(c.wholeButValidationData()).isFalse());
    }

    @Test
    void popplersPdfsigAcceptsTimestampedAndBltSignatures() throws Exception {
        assumeTrue(TestSignatures.pdfsigPresent(), "pdfsig (poppler-utils) not installed");
        assertThat(TestSignatures.pdfsig(timestamped())).contains("Signature is Valid", "Total document signed");
        assertThat(TestSignatures.pdfsig(withValidationData(timestamped()))).contains("Signature is Valid");
    }
}

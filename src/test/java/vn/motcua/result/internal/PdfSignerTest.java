package vn.motcua.result.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.Test;

/** PAdES baseline B: what the signature carries, and what verification detects. */
class PdfSignerTest {

    private static final Instant AT = Instant.parse("2026-03-10T03:15:00Z");
    private static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    private static final Certificates.Issued ca = Certificates.authority("Test Root CA", "Test", FROM, 5);
    private static final Certificates.Issued agency = Certificates.signer(ca, "DEMO Sở Thử nghiệm", "Test", FROM, 3);
    private static final PdfSigner.Key key = new PdfSigner.Key(agency.privateKey(),
            List.of(agency.certificate(), ca.certificate()));

    private byte[] signed() throws Exception {
        return PdfSigner.sign(TestSignatures.resultPdf("GIẤY CHỨNG NHẬN"), key, AT, "Ký số kết quả", "Bắc Ninh",
                List.of("ĐÃ KÝ SỐ", "Ký bởi: DEMO Sở Thử nghiệm"),
                "https://dichvucong.example.vn/xac-thuc?ma=000.00.22.H05-260302-0001-KQ1");
    }

    @Test
    void theVisibleBlockCarriesAQrCodeOfTheVerificationAddress() throws Exception {
        try (PDDocument document = Loader.loadPDF(signed())) {
            PDPage page = document.getPage(document.getNumberOfPages() - 1);
            PDAnnotationWidget widget = page.getAnnotations().stream()
                    .filter(PDAnnotationWidget.class::isInstance).map(PDAnnotationWidget.class::cast).findFirst()
                    .orElseThrow();
            BufferedImage block = new PDFRenderer(document).renderImageWithDPI(document.getNumberOfPages() - 1,
                    200);
            PDRectangle r = widget.getRectangle();
            float scale = 200f / 72;
            int height = block.getHeight();
            BufferedImage cut = block.getSubimage(Math.round(r.getLowerLeftX() * scale),
                    Math.round(height - r.getUpperRightY() * scale), Math.round(r.getWidth() * scale),
                    Math.round(r.getHeight() * scale));
            int[] pixels = cut.getRGB(0, 0, cut.getWidth(), cut.getHeight(), null, 0, cut.getWidth());
            String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(
                    cut.getWidth(), cut.getHeight(), pixels))), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                    .getText();
            assertThat(read).isEqualTo("https://dichvucong.example.vn/xac-thuc?ma=000.00.22.H05-260302-0001-KQ1");
        }
    }

    @Test
    void theSignatureIsCadesDetachedWithSigningCertificateV2AndTheSigningTimeOnlyInTheDictionary() throws Exception {
        byte[] pdf = signed();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var signature = document.getSignatureDictionaries().get(0);
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(signature.getSignDate().toInstant()).isEqualTo(AT);
            CMSSignedData cms = new CMSSignedData(signature.getContents(pdf));
            assertThat(cms.isDetachedSignature()).isTrue();
            SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
            assertThat(info.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
            assertThat(info.getSignedAttributes().get(CMSAttributes.signingTime)).as("PAdES forbids it").isNull();
            assertThat(document.getSignatureFields().get(0).getWidgets().get(0).getRectangle().getWidth())
                    .as("a visible block").isEqualTo(PdfSigner.BLOCK_WIDTH);
        }
    }

    @Test
    void aSignedFileIsIntactCoversTheWholeFileAndChainsToItsRoot() throws Exception {
        List<PdfVerifier.Checked> checked = PdfVerifier.verify(signed(), List.of(ca.certificate()), AT);
        assertThat(checked).singleElement().satisfies(c -> {
            assertThat(c.valid()).isTrue();
            assertThat(c.coversWholeDocument()).isTrue();
            assertThat(c.chainTrusted()).isTrue();
            assertThat(c.signer()).isEqualTo("DEMO Sở Thử nghiệm");
            assertThat(c.signedAt()).isEqualTo(AT);
        });
    }

    @Test
    void anyFlippedByteInTheSignedRangeOrTheSignatureIsDetected() throws Exception {
        byte[] pdf = signed();
        int[] range;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            range = document.getSignatureDictionaries().get(0).getByteRange();
        }
        int[] positions = {range[1] / 2, range[1] + 200, range[2] + range[3] / 2, pdf.length - 20};
        for (int position : positions) {
            byte[] tampered = pdf.clone();
            tampered[position] ^= 0x01;
            List<PdfVerifier.Checked> checked;
            try {
                checked = PdfVerifier.verify(tampered, List.of(ca.certificate()), AT);
            } catch (java.io.IOException unreadable) {
                continue;
            }
            assertThat(checked.stream().allMatch(PdfVerifier.Checked::valid)).as("byte " + position).isFalse();
        }
    }

    @Test
    void noFileWithAFlippedByteVerifiesAsIntactAndTrusted() throws Exception {
        byte[] pdf = signed();
        for (int position = 0; position < pdf.length; position += 23) {
            byte[] tampered = pdf.clone();
            tampered[position] ^= 0x01;
            List<PdfVerifier.Checked> checked;
            try {
                checked = PdfVerifier.verify(tampered, List.of(ca.certificate()), AT);
            } catch (java.io.IOException unreadable) {
                continue;
            }
            boolean good = !checked.isEmpty()
                    && checked.stream().allMatch(c -> c.valid() && c.chainTrusted() && c.coversWholeDocument());
            assertThat(good).as("byte " + position + " of " + pdf.length).isFalse();
        }
    }

    @Test
    void aCertificateOutsideTheTrustListIsNotTrusted() throws Exception {
        Certificates.Issued other = Certificates.authority("Other Root", "Test", FROM, 5);
        assertThat(PdfVerifier.verify(signed(), List.of(other.certificate()), AT)).singleElement()
                .satisfies(c -> {
                    assertThat(c.valid()).isTrue();
                    assertThat(c.chainTrusted()).isFalse();
                });
    }

    @Test
    void aPkcs12KeystoreRoundTrips() {
        byte[] store = Certificates.pkcs12(key.privateKey(), key.chain(), "secret".toCharArray());
        PdfSigner.Key read = Certificates.readPkcs12(store, "secret".toCharArray());
        assertThat(read.chain()).containsExactlyElementsOf(key.chain());
        assertThat(new ByteArrayInputStream(store)).isNotNull();
    }

    @Test
    void popplersPdfsigAcceptsTheSignature() throws Exception {
        assumeTrue(TestSignatures.pdfsigPresent(), "pdfsig (poppler-utils) not installed");
        String report = TestSignatures.pdfsig(signed());
        assertThat(report).contains("Signature is Valid").contains("ETSI.CAdES.detached")
                .contains("Total document signed");
    }
}

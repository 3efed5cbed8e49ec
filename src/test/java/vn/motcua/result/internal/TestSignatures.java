package vn.motcua.result.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

/** Result PDFs for tests, signatures by certificates outside the trust list, and the independent check by pdfsig. */
public final class TestSignatures {

    private TestSignatures() {}

    /** A one-page A4 result with its title in Vietnamese. */
    public static byte[] resultPdf(String title) {
        try (PDDocument document = new PDDocument();
                InputStream font = TestSignatures.class.getResourceAsStream("/fonts/DejaVuSerif-Bold.ttf")) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDFont bold = PDType0Font.load(document, font, true);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(bold, 14);
                content.newLineAtOffset(72, 760);
                content.showText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
                content.newLineAtOffset(0, -40);
                content.showText(title);
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF signed by a certificate of a freshly made authority that no trust list holds. */
    public static byte[] signedByUntrustedAuthority(byte[] pdf, Instant at) {
        Instant from = at.minusSeconds(86_400);
        Certificates.Issued ca = Certificates.authority("Untrusted Test CA", "Test", from, 2);
        Certificates.Issued signer = Certificates.signer(ca, "Người ký không tin cậy", "Test", from, 1);
        try {
            return PdfSigner.sign(pdf, new PdfSigner.Key(signer.privateKey(),
                    List.of(signer.certificate(), ca.certificate())), at, "test", "test", List.of("KÝ THỬ"),
                    "test-KQ1");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one signature's subfilter as PDFBox reads it back. */
    public static String subFilter(byte[] pdf) throws IOException {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            PDSignature signature = document.getSignatureDictionaries().get(0);
            return signature.getSubFilter();
        }
    }

    /** Whether Debian's pdfsig (poppler-utils) is installed. */
    public static boolean pdfsigPresent() {
        return Files.isExecutable(Path.of("/usr/bin/pdfsig"));
    }

    /** pdfsig's report on the file (its standard output and error). */
    public static String pdfsig(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("motcua-signed", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("/usr/bin/pdfsig", file.toString()).redirectErrorStream(true)
                    .start();
            String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            process.waitFor();
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}

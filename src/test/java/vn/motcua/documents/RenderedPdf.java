package vn.motcua.documents;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** A rendered PDF read back the way a user's viewer or a search index would read it. */
final class RenderedPdf implements AutoCloseable {

    private final PDDocument document;

    RenderedPdf(byte[] pdf) {
        try {
            this.document = Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int pages() {
        return document.getNumberOfPages();
    }

    PDRectangle pageSize(int page) {
        return document.getPage(page).getMediaBox();
    }

    /** All text, with every run of white space (including line breaks) as one space. */
    String text() {
        return text(1, pages());
    }

    /** Text of pages {@code from} to {@code to}, 1-based inclusive, white space collapsed. */
    String text(int from, int to) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return stripper.getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every font used on any page. */
    List<PDFont> fonts() {
        List<PDFont> fonts = new ArrayList<>();
        try {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fonts;
    }

    String title() {
        return document.getDocumentInformation().getTitle();
    }

    String author() {
        return document.getDocumentInformation().getAuthor();
    }

    /** The QR code found in the top-left quarter of the first page, rendered at 250 dpi. */
    String qrCodeTopLeft() throws Exception {
        BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 250, ImageType.RGB);
        BufferedImage corner = page.getSubimage(0, 0, page.getWidth() / 2, page.getHeight() / 4);
        int width = corner.getWidth();
        int height = corner.getHeight();
        int[] pixels = corner.getRGB(0, 0, width, height, null, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}

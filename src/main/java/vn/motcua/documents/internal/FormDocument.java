package vn.motcua.documents.internal;

import vn.motcua.documents.FormSpec;

import com.google.zxing.common.BitMatrix;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A PDF being written top to bottom: the current page, a cursor {@code y} that moves down, and page breaks
 * when content does not fit above the bottom margin. Everything drawn goes through {@link #drawLine}.
 */
final class FormDocument implements AutoCloseable {

    /** Document information written on {@link #finish}. */
    record Metadata(String title, String author, String subject) {}

    private final PDDocument pdf = new PDDocument();
    private final PageLayout layout;
    private final Fonts fonts;
    private PDPageContentStream content;
    /** The font and size last set in {@link #content}: text state that lasts across text objects. */
    private PDType0Font contentFont;
    private float contentFontSize;
    private float y;

    private FormDocument(PageLayout layout) {
        this.layout = layout;
        this.fonts = Fonts.embedIn(pdf);
        newPage();
    }

    static FormDocument open(FormSpec.Paper paper) {
        return new FormDocument(PageLayout.of(paper));
    }

    PageLayout layout() {
        return layout;
    }

    float left() {
        return layout.marginLeft();
    }

    float width() {
        return layout.contentWidth();
    }

    float y() {
        return y;
    }

    private float top() {
        return layout.paper().getHeight() - layout.marginTop();
    }

    /** Width of the text in points, as it will be drawn. */
    float textWidth(String text, Typeface face, float size) {
        return fonts.width(fonts.printable(Texts.clean(text), face), face, size);
    }

    TextBlock.Builder block(float width) {
        return TextBlock.builder(fonts, width);
    }

    void newPage() {
        closeContent();
        PDPage page = new PDPage(layout.paper());
        pdf.addPage(page);
        try {
            content = new PDPageContentStream(pdf, page);
            contentFont = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = top();
    }

    boolean fits(float height) {
        return y - height >= layout.marginBottom();
    }

    /** Starts a new page unless the height fits here or the page is still empty. */
    void ensureRoom(float height) {
        if (!fits(height) && y < top()) {
            newPage();
        }
    }

    void advance(float height) {
        y -= height;
    }

    /** Draws the block at the left margin, on the next page if it does not fit on this one. */
    void keep(TextBlock block) {
        ensureRoom(block.height());
        block.draw(this, left(), y);
        advance(block.height());
    }

    /** Draws blocks side by side at the given offsets from the left margin, all on one page. */
    void keepSideBySide(List<TextBlock> blocks, List<Float> offsets) {
        float height = (float) blocks.stream().mapToDouble(TextBlock::height).max().orElse(0);
        ensureRoom(height);
        for (int i = 0; i < blocks.size(); i++) {
            blocks.get(i).draw(this, left() + offsets.get(i), y);
        }
        advance(height);
    }

    /** Draws the block's lines at the left margin, breaking to a new page between lines where needed. */
    void flow(TextBlock block) {
        flow(block, 0);
    }

    /** Draws the block's lines indented from the left margin, breaking to a new page between lines. */
    void flow(TextBlock block, float indent) {
        float blockTop = y;
        float consumed = 0;
        for (TextBlock.PlacedLine placed : block.lines()) {
            if (blockTop - (placed.top() - consumed) - placed.leading() < layout.marginBottom()) {
                newPage();
                blockTop = y;
                consumed = placed.top();
            }
            drawLine(placed.line(), left() + indent + placed.x(), TextBlock.baseline(blockTop + consumed, placed),
                    placed.size());
        }
        y = blockTop - (block.height() - consumed);
    }

    void drawLine(Line line, float x, float baseline, float size) {
        drawLine(content, line, x, baseline, size);
    }

    private void drawLine(PDPageContentStream target, Line line, float x, float baseline, float size) {
        if (line.spans().isEmpty()) {
            return;
        }
        try {
            target.beginText();
            target.newLineAtOffset(x, baseline);
            for (Span span : line.spans()) {
                PDType0Font font = fonts.font(span.face());
                if (target != content || font != contentFont || size != contentFontSize) {
                    target.setFont(font, size);
                    if (target == content) {
                        contentFont = font;
                        contentFontSize = size;
                    }
                }
                fonts.showText(target, span.face(), span.text());
            }
            target.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void strokeLine(float x1, float y1, float x2, float y2, float lineWidth) {
        try {
            content.setLineWidth(lineWidth);
            content.moveTo(x1, y1);
            content.lineTo(x2, y2);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws a QR matrix as filled squares (one rectangle per run of dark modules) with its top-left at (x, top). */
    void drawMatrix(BitMatrix matrix, float x, float top, float size) {
        float module = size / matrix.getWidth();
        try {
            for (int row = 0; row < matrix.getHeight(); row++) {
                int col = 0;
                while (col < matrix.getWidth()) {
                    if (!matrix.get(col, row)) {
                        col++;
                        continue;
                    }
                    int start = col;
                    while (col < matrix.getWidth() && matrix.get(col, row)) {
                        col++;
                    }
                    content.addRect(x + start * module, top - (row + 1) * module, (col - start) * module, module);
                }
            }
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Numbers pages 2 onwards (Decree 30/2020: centred in the top margin, none on page 1), writes the metadata
     * and returns the PDF.
     */
    byte[] finish(Metadata metadata) {
        closeContent();
        if (pdf.getNumberOfPages() > 1) {
            numberPages();
        }
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(Texts.clean(metadata.title()));
        info.setAuthor(Texts.clean(metadata.author()));
        info.setSubject(Texts.clean(metadata.subject()));
        info.setCreator("motcua");
        pdf.getDocumentCatalog().setLanguage("vi-VN");
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void numberPages() {
        int count = pdf.getNumberOfPages();
        float size = layout.body();
        for (int i = 1; i < count; i++) {
            PDPage page = pdf.getPage(i);
            Line line = new LineBreaker(fonts, size)
                    .wrap(List.of(Span.regular(Integer.toString(i + 1))), width(), width()).get(0);
            try (PDPageContentStream pageContent = new PDPageContentStream(pdf, page, AppendMode.APPEND, true, true)) {
                drawLine(pageContent, line, left() + (width() - line.width()) / 2,
                        top() + (layout.marginTop() - size) / 2, size);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void closeContent() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            content = null;
        }
    }

    @Override
    public void close() {
        try {
            closeContent();
        } finally {
            try {
                pdf.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

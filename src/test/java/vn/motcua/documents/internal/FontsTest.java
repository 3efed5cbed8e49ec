package vn.motcua.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;

/**
 * What {@link Fonts} keeps per thread (character widths, shaped words and strings) gives exactly what PDFBox
 * computes without it, in the first document of the thread and in later ones.
 */
class FontsTest {

    private static final List<String> TEXTS = List.of(
            "Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Mã hồ sơ: 000.00.22.H05-260302-0001",
            " Nguyễn Thị Hồng Nhung",
            "Số điện thoại: 0912 345 678; Email: nhung.nth@example.vn",
            "office file flow affine baffle ffi ffl fi fl",
            "Ghi chú:\tthời gian  trả (02) liên – “đúng hạn”",
            "……………",
            "ỹỷỵữựửừứượỡởờớơộỗổồốọỏịỉệễểềếẹẽẻặẵẳằắạảđĐ",
            "");

    @Test
    void cachedWidthsAreTheFontsStringWidthsExactly() throws IOException {
        for (int round = 0; round < 2; round++) {
            try (PDDocument document = new PDDocument()) {
                Fonts fonts = Fonts.embedIn(document);
                for (Typeface face : Typeface.values()) {
                    for (String text : TEXTS) {
                        String printable = fonts.printable(Texts.clean(text), face);
                        for (float size : new float[] {7.5f, 10, 13.5f}) {
                            float direct = fonts.font(face).getStringWidth(printable) / 1000f * size;
                            assertThat(fonts.width(printable, face, size)).as("%s %s %s", face, text, size)
                                    .isEqualTo(direct);
                        }
                    }
                }
            }
        }
    }

    @Test
    void charactersTheFontLacksArePrintedAsQuestionMarksInEveryDocument() {
        for (int round = 0; round < 2; round++) {
            try (PDDocument document = new PDDocument()) {
                Fonts fonts = Fonts.embedIn(document);
                assertThat(fonts.printable("Hồ sơ 漢字 ồ", Typeface.REGULAR)).isEqualTo("Hồ sơ ?? ồ");
                assertThat(fonts.printable("Hồ sơ", Typeface.ITALIC)).isEqualTo("Hồ sơ");
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void shownTextWritesTheBytesAndSubsetsPdfboxShowTextDoes() throws IOException {
        for (int round = 0; round < 3; round++) {
            byte[] expected = save(false);
            byte[] actual = save(true);
            assertThat(withoutId(actual)).as("round %d", round).isEqualTo(withoutId(expected));
        }
    }

    /** A page of every text in every face, shown by PDFBox or by {@link Fonts#showText}, saved with subset fonts. */
    private static byte[] save(boolean throughFonts) throws IOException {
        try (PDDocument document = new PDDocument()) {
            Fonts fonts = Fonts.embedIn(document);
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = 780;
                for (Typeface face : Typeface.values()) {
                    for (String text : TEXTS) {
                        String printable = fonts.printable(Texts.clean(text), face);
                        content.beginText();
                        content.newLineAtOffset(20, y -= 11);
                        content.setFont(fonts.font(face), 9);
                        if (throughFonts) {
                            fonts.showText(content, face, printable);
                        } else {
                            content.showText(printable);
                        }
                        content.endText();
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** The file without its trailer's /ID, which PDFBox makes different for every save. */
    private static String withoutId(byte[] pdf) {
        return new String(pdf, StandardCharsets.ISO_8859_1).replaceAll("/ID \\[<[0-9A-F]+> <[0-9A-F]+>\\]", "");
    }
}

package vn.motcua.result.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * The paper copy of an electronic result (Decree 45/2020 Art. 18): the result's pages, each marked at its top as a
 * copy converted from an electronic document, followed by a page with the conversion note — the document converted
 * (code, title, number, dossier, its digital signature and the hash of its file), who converted it, for which
 * agency, when, which conversion and how many copies, the address and QR code to check the electronic original, and
 * room for the converting official's handwritten signature. The digital signature itself does not survive printing:
 * its fields are removed from the copy, their visible block stays as an image of what was signed.
 */
final class PaperCopyPdf {

    /** What the note says. */
    record Note(String resultCode, String title, String number, String dossierCode, String signer, String signedAt,
            String sha256, String agency, String convertedBy, String convertedAt, java.time.LocalDate convertedOn,
            int conversion, int copies, String verifyUrl) {}

    private static final float MARGIN = 56;

    private PaperCopyPdf() {}

    /** Where the note is made: the province or city in the agency's name ("… tỉnh Bắc Ninh"), else dots to fill in. */
    static String place(String agency) {
        for (String prefix : new String[] {" tỉnh ", " thành phố "}) {
            int at = agency == null ? -1 : agency.lastIndexOf(prefix);
            if (at >= 0) {
                return agency.substring(at + prefix.length()).strip();
            }
        }
        return "......";
    }

    static byte[] make(byte[] electronic, Note note) throws IOException {
        try (PDDocument document = Loader.loadPDF(electronic)) {
            PDFont regular = PdfSigner.font(document, "/fonts/DejaVuSerif.ttf");
            PDFont bold = PdfSigner.font(document, "/fonts/DejaVuSerif-Bold.ttf");
            int pages = document.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                PDPage page = document.getPage(i);
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (COSName.SIG.equals(annotation.getCOSObject().getCOSName(COSName.FT))) {
                        annotation.getCOSObject().removeItem(COSName.V);
                    }
                }
                PDRectangle box = page.getMediaBox();
                try (PDPageContentStream content = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    content.setNonStrokingColor(0.75f, 0.05f, 0.05f);
                    content.beginText();
                    content.setFont(bold, 7.5f);
                    content.newLineAtOffset(box.getLowerLeftX() + 20, box.getUpperRightY() - 14);
                    content.showText("BẢN CHUYỂN ĐỔI TỪ VĂN BẢN ĐIỆN TỬ – Mã kết quả " + note.resultCode()
                            + " – Lần chuyển đổi " + note.conversion() + " – Trang " + (i + 1) + "/" + (pages + 1));
                    content.endText();
                }
            }
            document.getDocumentCatalog().getCOSObject().removeItem(COSName.ACRO_FORM);
            notePage(document, regular, bold, note, pages + 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void notePage(PDDocument document, PDFont regular, PDFont bold, Note note, int pageNumber)
            throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            Writer w = new Writer(content, MARGIN, PDRectangle.A4.getHeight() - MARGIN, width);
            w.centered(bold, 13, "GHI CHÚ CHUYỂN ĐỔI");
            w.centered(bold, 11, "TỪ VĂN BẢN ĐIỆN TỬ SANG VĂN BẢN GIẤY");
            w.centered(regular, 9, "(Điều 18 Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện "
                    + "thủ tục hành chính trên môi trường điện tử)");
            w.gap(10);
            w.paragraph(regular, 11, "Văn bản giấy này được chuyển đổi từ kết quả giải quyết thủ tục hành chính "
                    + "điện tử có chữ ký số, thông tin như sau:");
            w.field(regular, bold, "Mã kết quả: ", note.resultCode());
            w.field(regular, bold, "Tên kết quả: ", note.title());
            w.field(regular, bold, "Số, ký hiệu: ", note.number() == null ? "Không ghi" : note.number());
            w.field(regular, bold, "Mã hồ sơ: ", note.dossierCode());
            w.field(regular, bold, "Chữ ký số: ", note.signer() + ", ký lúc " + note.signedAt());
            w.field(regular, bold, "Mã băm SHA-256 của tệp điện tử: ", note.sha256());
            w.gap(6);
            w.field(regular, bold, "Cơ quan thực hiện chuyển đổi: ", note.agency());
            w.field(regular, bold, "Người thực hiện chuyển đổi: ", note.convertedBy());
            w.field(regular, bold, "Thời gian chuyển đổi: ", note.convertedAt());
            w.field(regular, bold, "Lần chuyển đổi: ", note.conversion() + "; số bản in: " + note.copies());
            w.gap(6);
            w.paragraph(regular, 10, "Văn bản điện tử gốc được xác thực (còn nguyên vẹn, người ký, thời gian ký) tại "
                    + note.verifyUrl() + " hoặc bằng cách quét mã QR dưới đây.");
            float qr = 90;
            float y = w.y - qr - 4;
            PdfSigner.drawQr(content, note.verifyUrl(), MARGIN, y, qr);
            content.setNonStrokingColor(0f, 0f, 0f);
            float right = MARGIN + width / 2 + 20;
            Writer sign = new Writer(content, right, w.y - 4, width / 2 - 20);
            sign.centered(regular, 10, place(note.agency()) + ", ngày " + note.convertedOn().getDayOfMonth() + " tháng "
                    + note.convertedOn().getMonthValue() + " năm " + note.convertedOn().getYear());
            sign.centered(bold, 11, "NGƯỜI THỰC HIỆN CHUYỂN ĐỔI");
            sign.centered(regular, 9, "(Ký, ghi rõ họ tên, đóng dấu)");
            sign.gap(48);
            sign.centered(bold, 11, note.convertedBy());
            content.beginText();
            content.setFont(regular, 8);
            content.newLineAtOffset(MARGIN, MARGIN / 2);
            content.showText("Trang " + pageNumber + "/" + pageNumber);
            content.endText();
        }
    }

    /** Writes lines downwards from (x, y), wrapping words to the width. */
    private static final class Writer {
        final PDPageContentStream content;
        final float x;
        final float width;
        float y;

        Writer(PDPageContentStream content, float x, float y, float width) {
            this.content = content;
            this.x = x;
            this.y = y;
            this.width = width;
        }

        void gap(float points) {
            y -= points;
        }

        void centered(PDFont font, float size, String text) throws IOException {
            for (String line : wrap(font, size, text, width)) {
                float lineWidth = font.getStringWidth(line) / 1000 * size;
                show(font, size, x + (width - lineWidth) / 2, line);
            }
        }

        void paragraph(PDFont font, float size, String text) throws IOException {
            for (String line : wrap(font, size, text, width)) {
                show(font, size, x, line);
            }
        }

        void field(PDFont label, PDFont value, String name, String text) throws IOException {
            float size = 11;
            float labelWidth = label.getStringWidth(name) / 1000 * size;
            List<String> lines = wrap(value, size, text, width - labelWidth);
            content.beginText();
            content.setFont(label, size);
            content.newLineAtOffset(x, y - size);
            content.showText(name);
            content.setFont(value, size);
            content.showText(lines.isEmpty() ? "" : lines.get(0));
            content.endText();
            y -= size * 1.45f;
            for (int i = 1; i < lines.size(); i++) {
                show(value, size, x + labelWidth, lines.get(i));
            }
        }

        private void show(PDFont font, float size, float at, String line) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(at, y - size);
            content.showText(line);
            content.endText();
            y -= size * 1.45f;
        }
    }

    /** The text cut into lines of the width, at spaces (a word longer than a line, such as a hash, is cut). */
    static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (font.getStringWidth(rest) / 1000 * size > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && font.getStringWidth(rest.substring(0, cut)) / 1000 * size > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}

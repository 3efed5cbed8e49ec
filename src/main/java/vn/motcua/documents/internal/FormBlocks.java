package vn.motcua.documents.internal;

import vn.motcua.documents.Applicant;
import vn.motcua.documents.DossierFacts;
import vn.motcua.documents.FormHeader;
import vn.motcua.documents.FormSpec;

import static vn.motcua.documents.internal.Span.bold;
import static vn.motcua.documents.internal.Span.italic;
import static vn.motcua.documents.internal.Span.regular;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.motcua.documents.internal.TextBlock.Align;

/**
 * The parts every form is made of, in Decree 30/2020 style: the QR band, the two-column header, the title,
 * body lines and lists, and signature blocks.
 */
final class FormBlocks {

    /** A signature column: position in capitals (lines split by '\n'), a hint in brackets, the signer's name. */
    record Signature(String title, String hint, String name) {

        static Signature person(String title, String name) {
            return new Signature(title, "(Ký và ghi rõ họ tên)", name);
        }

        static Signature head(String title, String name) {
            return new Signature(title, "(Ký, ghi rõ họ tên và đóng dấu)", name);
        }
    }

    private static final String MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    private static final String SUB_MOTTO = "Độc lập - Tự do - Hạnh phúc";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final FormDocument document;
    private final FormSpec spec;
    private final PageLayout layout;

    FormBlocks(FormDocument document, FormSpec spec) {
        this.document = document;
        this.spec = spec;
        this.layout = document.layout();
    }

    /** The QR code at the top-left corner and the form's number in its circular at the top-right. */
    void qrBand(DossierFacts dossier) {
        float top = document.y();
        document.drawMatrix(QrCodes.matrix(QrCodes.payload(dossier)), document.left(), top, layout.qr());
        formLabel().draw(document, document.left(), top);
        document.advance(layout.qr() + layout.small() / 2);
    }

    /** Only the form's number in its circular, at the top-right. */
    void labelBand() {
        TextBlock label = formLabel();
        document.keep(label);
        document.advance(layout.small() / 2);
    }

    private TextBlock formLabel() {
        return document.block(document.width())
                .paragraph(layout.small(), Align.RIGHT, italic(spec.label() + " – " + spec.set().circular()))
                .build();
    }

    /** Issuing body and motto side by side, then "Số: …" and place and date on one line. */
    void header(FormHeader header) {
        float leftWidth = document.width() * 0.42f;
        float rightWidth = document.width() * 0.56f;
        float rightOffset = document.width() - rightWidth;
        document.keepSideBySide(List.of(issuer(header, leftWidth), motto(rightWidth)), List.of(0f, rightOffset));
        document.advance(layout.header() * 0.4f);
        TextBlock number = document.block(leftWidth)
                .paragraph(layout.header(), Align.CENTER, regular("Số: " + number(header))).build();
        TextBlock date = document.block(rightWidth).paragraph(layout.header(), Align.CENTER,
                italic(VietnameseDates.placeAndDate(header.place(), header.issuedOn()))).build();
        document.keepSideBySide(List.of(number, date), List.of(0f, rightOffset));
    }

    private TextBlock issuer(FormHeader header, float width) {
        TextBlock.Builder block = document.block(width)
                .paragraph(layout.header(), Align.CENTER, regular(header.parentAuthority()))
                .paragraph(layout.header(), Align.CENTER, bold(header.issuerName()));
        return block.centredRule(block.lastParagraphWidth() * 0.4f).build();
    }

    private TextBlock motto(float width) {
        float mottoSize = Math.min(layout.header(), layout.header() * width * 0.98f
                / document.textWidth(MOTTO, Typeface.BOLD, layout.header()));
        TextBlock.Builder block = document.block(width)
                .paragraph(mottoSize, Align.CENTER, bold(MOTTO))
                .paragraph(layout.header() + 0.5f, Align.CENTER, bold(SUB_MOTTO));
        return block.centredRule(block.lastParagraphWidth()).build();
    }

    /** "05/PBS-TTPVHCC": numbers below 10 take a leading zero (Decree 30); dots when there is no number yet. */
    private String number(FormHeader header) {
        String number = header.documentNumber();
        if (Texts.isBlank(number)) {
            number = Texts.DOTS;
        } else if (number.strip().matches("\\d")) {
            number = "0" + number.strip();
        }
        return number.strip() + spec.numberSuffix(header.issuerAbbreviation());
    }

    /** The form's title in capitals, centred, with optional lines under it. */
    void title(Span... linesBelow) {
        document.advance(layout.body());
        TextBlock.Builder block = document.block(document.width())
                .paragraph(layout.title(), Align.CENTER, bold(spec.title().toUpperCase(VIETNAMESE)));
        for (Span line : linesBelow) {
            block.paragraph(layout.body(), Align.CENTER, line);
        }
        document.keep(block.gap(layout.body() * 0.6f).build());
    }

    /** A body paragraph that may continue on the next page. */
    void text(Span... spans) {
        document.flow(document.block(document.width()).paragraph(layout.body(), Align.LEFT, spans).build());
    }

    /** "Label: value", with dots when the value is missing. */
    void field(String label, String value) {
        text(regular(label + ": "), regular(Texts.orDots(value)));
    }

    /** "Label: value" with the value in bold. */
    void strongField(String label, String value) {
        text(regular(label + ": "), bold(Texts.orDots(value)));
    }

    /** Items numbered "1.", "2.", … under a lead-in, continuation lines aligned with the item text. */
    void numbered(List<String> items) {
        list(items, "%d.", 0);
    }

    /** Items numbered "(1)", "(2)", …, indented under a numbered heading. */
    void subList(List<String> items) {
        list(items, "(%d)", layout.body() * 1.2f);
    }

    private void list(List<String> items, String numberFormat, float indent) {
        float width = document.width() - indent;
        for (int i = 0; i < items.size(); i++) {
            String number = numberFormat.formatted(i + 1) + " ";
            float hanging = document.textWidth(number, Typeface.REGULAR, layout.body());
            List<Span> item = List.of(regular(number + items.get(i)));
            document.flow(document.block(width).paragraph(layout.body(), Align.LEFT, hanging, item).build(), indent);
        }
    }

    PageLayout layout() {
        return layout;
    }

    float textWidth(String text, Typeface face, float size) {
        return document.textWidth(text, face, size);
    }

    float width() {
        return document.width();
    }

    /** A table starting here, running onto as many pages as it needs. */
    void table(Table table) {
        table.writeTo(document);
    }

    void gap(float lines) {
        document.advance(layout.body() * lines);
    }

    /** A closing note in small italics. */
    void note(String text) {
        gap(0.5f);
        document.flow(document.block(document.width())
                .paragraph(layout.small(), Align.LEFT, italic(text)).build());
    }

    /** Signature columns across the page; a single signature takes the right half. Kept on one page. */
    void signatures(Signature... signatures) {
        gap(0.8f);
        if (signatures.length == 1) {
            float half = document.width() / 2;
            document.keepSideBySide(List.of(signature(signatures[0], half)), List.of(half));
            return;
        }
        float width = document.width() / signatures.length;
        List<TextBlock> blocks = new ArrayList<>();
        List<Float> offsets = new ArrayList<>();
        for (int i = 0; i < signatures.length; i++) {
            blocks.add(signature(signatures[i], width));
            offsets.add(i * width);
        }
        document.keepSideBySide(blocks, offsets);
    }

    /** "Nơi nhận:" on the left and the head's signature on the right, as at the end of a letter. */
    void recipientsAndSignature(List<String> recipients, Signature signature) {
        gap(0.8f);
        float half = document.width() / 2;
        TextBlock.Builder left = document.block(half).paragraph(layout.small(), Align.LEFT, bold("Nơi nhận:"));
        recipients.forEach(recipient -> left.paragraph(layout.small(), Align.LEFT, regular("- " + recipient)));
        document.keepSideBySide(List.of(left.build(), signature(signature, half)), List.of(0f, half));
    }

    private TextBlock signature(Signature signature, float width) {
        TextBlock.Builder block = document.block(width);
        for (String line : signature.title().split("\n")) {
            block.paragraph(layout.body(), Align.CENTER, bold(line.toUpperCase(VIETNAMESE)));
        }
        return block.paragraph(layout.small(), Align.CENTER, italic(signature.hint()))
                .gap(layout.body() * 3.8f)
                .paragraph(layout.body(), Align.CENTER, bold(Texts.isBlank(signature.name()) ? "" : signature.name()))
                .build();
    }

    /** The applicant's name in bold after a lead-in such as "Tiếp nhận hồ sơ của". */
    void applicantName(String leadIn, Applicant applicant) {
        strongField(leadIn, applicant.name());
    }

    /** "Số định danh cá nhân: …" (or the organisation's identifier). */
    void identity(Applicant applicant) {
        field(identityLabel(applicant), applicant.identityNumber());
    }

    /** Address, then phone and e-mail on one line. */
    void contact(Applicant applicant) {
        field("Địa chỉ", applicant.address());
        text(regular("Số điện thoại: " + Texts.orDots(applicant.phone()) + "; Email: "
                + Texts.orDots(applicant.email())));
    }

    /** "Nội dung yêu cầu giải quyết: <procedure name>". */
    void request(DossierFacts dossier) {
        field("Nội dung yêu cầu giải quyết", dossier.procedureName());
    }

    /** How the forms address the applicant in a sentence: "Ông/Bà" or "Quý tổ chức". */
    static String addressAs(Applicant applicant) {
        return applicant.type() == Applicant.Type.INDIVIDUAL ? "Ông/Bà" : "Quý tổ chức";
    }

    /** After "Kính gửi:": "Ông/Bà Nguyễn Thị Hồng Nhung" or the organisation's name. */
    static String salutation(Applicant applicant) {
        return applicant.type() == Applicant.Type.INDIVIDUAL ? "Ông/Bà " + applicant.name() : applicant.name();
    }

    private static String identityLabel(Applicant applicant) {
        return applicant.type() == Applicant.Type.INDIVIDUAL ? "Số định danh cá nhân" : "Số định danh tổ chức";
    }
}

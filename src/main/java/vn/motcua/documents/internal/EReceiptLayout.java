package vn.motcua.documents.internal;

import static vn.motcua.documents.internal.Span.bold;
import static vn.motcua.documents.internal.Span.italic;
import static vn.motcua.documents.internal.Span.regular;

import java.util.List;
import java.util.Locale;
import vn.motcua.documents.EReceiptForm;
import vn.motcua.documents.FormSpec;
import vn.motcua.documents.internal.TextBlock.Align;

/**
 * The printed view of an electronic receipt for fees and charges (biên lai thu phí, lệ phí), A5: the collecting
 * organisation and the template, series and number side by side, the title, the payer, the items in a table with
 * the total in figures and words, and the collector's signature line.
 */
public final class EReceiptLayout {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final String TITLE = "Biên lai thu phí, lệ phí";

    private EReceiptLayout() {
    }

    public static byte[] write(EReceiptForm receipt) {
        try (FormDocument document = FormDocument.open(FormSpec.Paper.A5_PORTRAIT)) {
            layOut(document, receipt);
            return document.finish(new FormDocument.Metadata(TITLE + " – " + receipt.series() + " số "
                    + receipt.number(), receipt.issuerName(), "Bản thể hiện của biên lai điện tử"));
        }
    }

    private static void layOut(FormDocument document, EReceiptForm receipt) {
        PageLayout layout = document.layout();
        float leftWidth = document.width() * 0.56f;
        float rightWidth = document.width() * 0.40f;
        float rightOffset = document.width() - rightWidth;
        TextBlock.Builder issuer = document.block(leftWidth);
        if (!Texts.isBlank(receipt.parentAuthority())) {
            issuer.paragraph(layout.header(), Align.CENTER, regular(receipt.parentAuthority()));
        }
        issuer.paragraph(layout.header(), Align.CENTER, bold(receipt.issuerName()));
        issuer.centredRule(issuer.lastParagraphWidth() * 0.4f);
        TextBlock.Builder numbers = document.block(rightWidth);
        if (!Texts.isBlank(receipt.template())) {
            numbers.paragraph(layout.header(), Align.LEFT, regular("Mẫu số: " + receipt.template()));
        }
        numbers.paragraph(layout.header(), Align.LEFT, regular("Ký hiệu: "), bold(receipt.series()))
                .paragraph(layout.header(), Align.LEFT, regular("Số: "), bold(receipt.number()));
        document.keepSideBySide(List.of(issuer.build(), numbers.build()), List.of(0f, rightOffset));
        document.advance(layout.body());
        document.keep(document.block(document.width())
                .paragraph(layout.title(), Align.CENTER, bold(TITLE.toUpperCase(VIETNAMESE)))
                .paragraph(layout.small(), Align.CENTER, italic("(Bản thể hiện của biên lai điện tử)"))
                .paragraph(layout.body(), Align.CENTER, italic(Texts.capitalised(
                        VietnameseDates.date(receipt.issuedAt().toLocalDate()))))
                .gap(layout.body() * 0.6f).build());
        text(document, regular("Tên người nộp: "), bold(receipt.payerName()));
        if (!Texts.isBlank(receipt.payerIdNumber())) {
            text(document, regular("Số định danh cá nhân/mã số thuế: " + receipt.payerIdNumber()));
        }
        text(document, regular("Địa chỉ: " + Texts.orDots(receipt.payerAddress())));
        text(document, regular("Mã hồ sơ: "), bold(Texts.orDots(receipt.dossierCode())));
        if (!Texts.isBlank(receipt.procedureName())) {
            text(document, regular("Thủ tục hành chính: " + receipt.procedureName()));
        }
        String method = Texts.orDots(receipt.method());
        text(document, regular("Hình thức thanh toán: " + method
                + (Texts.isBlank(receipt.transaction()) ? "" : " (mã giao dịch " + receipt.transaction() + ")")));
        document.advance(layout.body() * 0.4f);
        Table table = new Table(List.of(new Table.Column("STT", 0.7f, Align.CENTER),
                new Table.Column("Nội dung khoản thu", 5f, Align.LEFT),
                new Table.Column("Mã phí, lệ phí", 2.2f, Align.CENTER),
                new Table.Column("Số tiền (đồng)", 2.3f, Align.RIGHT)), layout.table());
        int line = 1;
        for (EReceiptForm.Item item : receipt.items()) {
            table.addRow(List.of(Integer.toString(line++), item.name(),
                    item.feeCode() == null ? "" : item.feeCode(), amount(item.amountVnd())));
        }
        table.addRow(List.of("", "Tổng cộng", "", amount(receipt.totalVnd())));
        table.writeTo(document);
        document.advance(layout.body() * 0.4f);
        text(document, regular("Số tiền bằng chữ: "), italic(Texts.orDots(receipt.totalInWords())));
        document.advance(layout.body() * 0.8f);
        float half = document.width() / 2;
        TextBlock payer = document.block(half)
                .paragraph(layout.body(), Align.CENTER, bold("NGƯỜI NỘP TIỀN"))
                .paragraph(layout.small(), Align.CENTER, italic("(Ký, ghi rõ họ tên)")).build();
        TextBlock.Builder collector = document.block(half)
                .paragraph(layout.body(), Align.CENTER, bold("ĐƠN VỊ THU TIỀN"));
        if (Texts.isBlank(receipt.signedBy())) {
            collector.paragraph(layout.small(), Align.CENTER, italic("(Chưa ký số)"));
        } else {
            collector.paragraph(layout.small(), Align.CENTER, italic("Ký bởi: " + receipt.signedBy()));
        }
        document.keepSideBySide(List.of(payer, collector.build()), List.of(0f, half));
        document.advance(layout.body() * 2);
        document.flow(document.block(document.width()).paragraph(layout.small(), Align.LEFT,
                italic("Biên lai điện tử được lập trên hệ thống một cửa điện tử; bản thể hiện này có giá trị "
                        + "tra cứu, đối chiếu với biên lai điện tử gốc.")).build());
    }

    private static void text(FormDocument document, Span... spans) {
        document.flow(document.block(document.width())
                .paragraph(document.layout().body(), Align.LEFT, spans).build());
    }

    /** "500.000". */
    private static String amount(long vnd) {
        return String.format(Locale.ROOT, "%,d", vnd).replace(',', '.');
    }
}

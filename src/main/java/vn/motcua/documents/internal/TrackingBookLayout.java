package vn.motcua.documents.internal;

import vn.motcua.documents.TrackingBookForm;

import static vn.motcua.documents.internal.Span.bold;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.documents.internal.TextBlock.Align;
import vn.motcua.documents.TrackingBookForm.Row;

/**
 * Sổ theo dõi hồ sơ (Mẫu số 06 of 2018, 07 of 2025) on A4 landscape. The dossier-code column is as wide as the
 * longest code, so a code is never broken across lines; the other columns share the rest.
 */
final class TrackingBookLayout {

    private record Column(String heading, float weight, Align align) {}

    private static final float NUMBER_WIDTH = 24;
    private static final List<Column> OTHER_COLUMNS = List.of(
            new Column("Tên thủ tục hành chính", 104, Align.LEFT),
            new Column("Tên tổ chức, cá nhân", 80, Align.LEFT),
            new Column("Địa chỉ, số điện thoại", 80, Align.LEFT),
            new Column("Cơ quan chủ trì giải quyết", 68, Align.LEFT),
            new Column("Nhận hồ sơ", 58, Align.CENTER),
            new Column("Hẹn trả kết quả", 58, Align.CENTER),
            new Column("Trả kết quả", 58, Align.CENTER),
            new Column("Phương thức nhận kết quả", 56, Align.LEFT),
            new Column("Ký nhận", 38, Align.CENTER),
            new Column("Ghi chú", 44, Align.LEFT));
    /** "Nhận và trả kết quả" spans from "Nhận hồ sơ" to "Ký nhận". */
    private static final Table.Group RECEIPT_AND_RETURN = new Table.Group("Nhận và trả kết quả", 6, 10);

    private TrackingBookLayout() {
    }

    static void write(FormBlocks form, TrackingBookForm input) {
        form.labelBand();
        form.header(input.header());
        form.title(bold(input.periodTitle()));
        Table table = new Table(columns(form, input.rows()), RECEIPT_AND_RETURN, form.layout().table());
        input.rows().forEach(row -> table.addRow(cells(row)));
        form.table(table);
    }

    private static List<Table.Column> columns(FormBlocks form, List<Row> rows) {
        float size = form.layout().table();
        float codeWidth = form.textWidth("Mã hồ sơ", Typeface.BOLD, size);
        for (Row row : rows) {
            codeWidth = Math.max(codeWidth, form.textWidth(row.dossierCode(), Typeface.REGULAR, size));
        }
        codeWidth += 8;
        float others = (float) OTHER_COLUMNS.stream().mapToDouble(Column::weight).sum();
        float scale = (form.width() - NUMBER_WIDTH - codeWidth) / others;
        List<Table.Column> columns = new ArrayList<>();
        columns.add(new Table.Column("STT", NUMBER_WIDTH, Align.CENTER));
        columns.add(new Table.Column("Mã hồ sơ", codeWidth, Align.LEFT));
        OTHER_COLUMNS.forEach(column -> columns.add(
                new Table.Column(column.heading(), column.weight() * scale, column.align())));
        return columns;
    }

    private static List<String> cells(Row row) {
        return List.of(
                Integer.toString(row.number()),
                row.dossierCode(),
                row.procedureName(),
                row.applicantName(),
                orEmpty(row.applicantContact()),
                orEmpty(row.leadUnit()),
                VietnameseDates.compact(row.receivedAt()),
                VietnameseDates.compact(row.dueAt()),
                VietnameseDates.compact(row.returnedAt()),
                orEmpty(row.resultDelivery()),
                "",
                orEmpty(row.note()));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}

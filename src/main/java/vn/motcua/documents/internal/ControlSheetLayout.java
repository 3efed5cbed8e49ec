package vn.motcua.documents.internal;

import vn.motcua.documents.ControlSheetForm;
import vn.motcua.documents.DossierFacts;
import vn.motcua.documents.FormSet;
import vn.motcua.documents.FormSpec;

import static vn.motcua.documents.internal.Span.bold;

import java.util.List;
import vn.motcua.documents.ControlSheetForm.Handover;
import vn.motcua.documents.internal.TextBlock.Align;

/**
 * Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu số 05 of 2018, 06 of 2025): the dossier's facts, then one
 * table row per hand-over with the step's outcome against its own deadline.
 */
final class ControlSheetLayout {

    private static final List<Table.Column> COLUMNS = List.of(
            new Table.Column("TÊN ĐƠN VỊ", 2.3f, Align.LEFT),
            new Table.Column("THỜI GIAN GIAO, NHẬN HỒ SƠ", 1.7f, Align.LEFT),
            new Table.Column("NGƯỜI GIAO", 1.2f, Align.CENTER),
            new Table.Column("NGƯỜI NHẬN", 1.2f, Align.CENTER),
            new Table.Column("KẾT QUẢ GIẢI QUYẾT HỒ SƠ (trước hạn/đúng hạn/quá hạn)", 1.6f, Align.CENTER),
            new Table.Column("GHI CHÚ", 1.3f, Align.LEFT));

    private ControlSheetLayout() {
    }

    static void write(FormBlocks form, FormSpec spec, ControlSheetForm input) {
        DossierFacts dossier = input.dossier();
        form.qrBand(dossier);
        form.header(input.header());
        form.title(bold("Mã hồ sơ: " + Texts.orDots(dossier.code())));
        form.strongField("Kèm theo hồ sơ của", dossier.applicant().name());
        form.field("Nội dung yêu cầu giải quyết", dossier.procedureName());
        form.field("Thời gian nhận hồ sơ", VietnameseDates.time(dossier.receivedAt()));
        form.field("Thời gian hẹn trả kết quả", VietnameseDates.time(dossier.dueAt()));
        form.field("Cơ quan (bộ phận) giải quyết hồ sơ", input.leadUnit());
        form.field("Cơ quan phối hợp giải quyết hồ sơ",
                Texts.isBlank(input.cooperatingUnits()) ? "Không" : input.cooperatingUnits());
        form.gap(0.6f);
        Table table = new Table(COLUMNS, form.layout().table());
        input.handovers().forEach(handover -> table.addRow(cells(handover)));
        form.table(table);
        if (spec.set() == FormSet.TT03_2025) {
            form.note("Ghi chú: Kết quả giải quyết hồ sơ do bên nhận hồ sơ ghi khi nhận hồ sơ. Quá trình giao, nhận "
                    + "hồ sơ được hệ thống thông tin ghi lại tự động.");
        }
    }

    private static List<String> cells(Handover handover) {
        return List.of(
                "1. Giao: " + handover.from() + "\n2. Nhận: " + handover.to(),
                handover.handedOverAt() == null ? "" : VietnameseDates.time(handover.handedOverAt()),
                nullToEmpty(handover.handedOverBy()),
                nullToEmpty(handover.receivedBy()),
                outcome(handover),
                nullToEmpty(handover.note()));
    }

    /** "Đúng hạn" with the step deadline under it; blank while the step is unfinished. */
    private static String outcome(Handover handover) {
        String label = handover.outcome() == null ? "" : handover.outcome().label();
        if (handover.stepDueAt() == null) {
            return label;
        }
        return (label + "\n(Hạn: " + VietnameseDates.compact(handover.stepDueAt()) + ")").strip();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}

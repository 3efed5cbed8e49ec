package vn.motcua.control.internal;

import java.util.List;
import java.util.Locale;
import vn.motcua.control.ControlField;
import vn.motcua.control.ControlList;

/** Where each list is stored (V7_1__control_activities.sql): its table and the column of each field. */
final class Schema {

    private Schema() {
    }

    static String table(ControlList list) {
        return switch (list) {
            case DOCUMENTS -> "control_document";
            case COMMUNICATIONS -> "control_communication";
            case INSPECTIONS -> "control_inspection";
            case REVIEWS -> "control_review";
            case LEGAL_DRAFTS -> "control_legal_draft";
        };
    }

    /** The column of a field: its name in snake case ({@code plannedDate} → {@code planned_date}); {@code year} of a review is {@code plan_year}. */
    static String column(ControlField field) {
        if (field.name().equals("year")) {
            return "plan_year";
        }
        return field.name().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }

    static String column(ControlList list, String field) {
        return column(list.field(field).orElseThrow(() -> new IllegalArgumentException(list + " has no " + field)));
    }

    static List<String> columns(ControlList list) {
        return list.fields().stream().map(Schema::column).toList();
    }
}

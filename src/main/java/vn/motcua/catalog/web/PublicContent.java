package vn.motcua.catalog.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;
import vn.motcua.catalog.FieldChange;
import vn.motcua.catalog.ProcedureContent;

/**
 * What of a version the public may see: everything but the keepers' notes ({@link ProcedureContent#INTERNAL_PARTS})
 * and their record of the time limit as the source noted it ({@code timeLimit.asRecorded}, English shorthand).
 */
final class PublicContent {

    private PublicContent() {}

    /** The changes between two versions without those of internal parts. */
    static List<FieldChange> changes(List<FieldChange> changes) {
        List<FieldChange> shown = new ArrayList<>();
        for (FieldChange change : changes) {
            if (ProcedureContent.INTERNAL_PARTS.contains(change.field())) {
                continue;
            }
            if (change.field().equals("timeLimit")) {
                Object before = withoutRecord(change.before());
                Object after = withoutRecord(change.after());
                if (Objects.equals(before, after)) {
                    continue;
                }
                change = new FieldChange(change.field(), change.label(), before, after, change.beforeText(),
                        change.afterText());
            }
            shown.add(change);
        }
        return shown;
    }

    /** A time limit's JSON without the keepers' record of it. */
    static Object withoutRecord(Object limit) {
        if (limit instanceof ObjectNode node) {
            ObjectNode copy = node.deepCopy();
            copy.remove("asRecorded");
            return copy;
        }
        return limit;
    }
}

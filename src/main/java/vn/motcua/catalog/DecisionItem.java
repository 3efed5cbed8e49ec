package vn.motcua.catalog;

import java.util.List;

/**
 * One procedure in a publication decision.
 *
 * @param kind NEW, AMENDED, REPLACED (the item's procedure replaces those in {@code replaces}) or ABOLISHED
 * @param procedure the content announced (for NEW, AMENDED, REPLACED) unless {@code draftVersion} names a draft
 * @param draftVersion a draft version of this procedure to publish instead of inline content
 * @param internalProcedure the internal procedure for the new version; when absent the previous version's is
 *        carried over and must still fit the time limit
 * @param replaces codes of the procedures replaced (REPLACED only)
 * @param version the version created (filled in once recorded)
 */
public record DecisionItem(String code, ChangeKind kind, ProcedureContent procedure, Integer draftVersion,
        InternalProcedurePlan internalProcedure, List<String> replaces, Integer version) {

    public DecisionItem {
        replaces = replaces == null ? List.of() : List.copyOf(replaces);
    }
}

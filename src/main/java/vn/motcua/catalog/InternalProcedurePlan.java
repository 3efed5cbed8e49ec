package vn.motcua.catalog;

import java.util.List;

/**
 * Ordered steps of an internal procedure (quy trình nội bộ) as entered; {@code mismatchReason} records why the
 * steps' total differs from the time limit, when it legitimately does (e.g. the unit is not confirmed).
 */
public record InternalProcedurePlan(List<InternalStep> steps, String mismatchReason, String approvedBy) {

    public InternalProcedurePlan {
        steps = steps == null ? List.of() : List.copyOf(steps);
        mismatchReason = mismatchReason == null || mismatchReason.isBlank() ? null : mismatchReason.strip();
        approvedBy = approvedBy == null || approvedBy.isBlank() ? null : approvedBy.strip();
    }
}

package vn.motcua.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The internal procedure in force for one procedure version: its latest revision (revisions are never changed).
 *
 * @param mainPathHours total of the main path in working hours
 * @param longestPathHours total of the longest path (main path plus the longest optional branch)
 */
public record InternalProcedure(String agency, String code, int version, int revision, InternalProcedurePlan plan,
        BigDecimal mainPathHours, BigDecimal longestPathHours, Instant createdAt, String createdBy) {

    public List<InternalStep> steps() {
        return plan.steps();
    }
}

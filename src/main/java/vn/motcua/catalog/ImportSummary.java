package vn.motcua.catalog;

import java.util.List;

/** What an import did: counts of procedures created, changed (new version) and unchanged, and those refused. */
public record ImportSummary(int created, int updated, int unchanged, List<Refusal> refused) {

    /** A procedure that was not imported, and why (Vietnamese). */
    public record Refusal(String code, String reason) {}
}

package vn.motcua.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Catalog figures (form II.07b and the publication lines of the periodic report): procedures under the agency's
 * authority in force at the period end, by level and online level; those with an internal procedure; publication
 * decisions signed in the period and what they announced.
 */
public record CatalogReport(String agencyCode, String period, LocalDate from, LocalDate to, long procedures,
        Map<String, Long> byLevel, long onlineFull, long onlinePartial, long publiclyPosted,
        long withInternalProcedure, List<Decision> decisions, long announcedNew, long announcedAmended,
        long announcedReplaced, long announcedAbolished) {

    /** A decision signed in the period. */
    public record Decision(String number, LocalDate signedOn, LocalDate effectiveOn, String signer, int items) {}
}

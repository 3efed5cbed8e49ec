package vn.motcua.periodic;

import java.time.Instant;
import java.time.LocalDate;
import vn.motcua.reporting.PeriodType;

/**
 * A periodic report kept by the system: the draft of a period (at most one) or an issued version, numbered 1, 2, …
 * per agency, kind and period.
 */
public record PeriodicReport(long id, String agencyCode, ReportKind kind, String period, PeriodType periodType,
        LocalDate from, LocalDate to, ReportStatus status, Integer revision, String number, LocalDate issuedOn,
        String issuedBy, Instant issuedAt, Narrative narrative, int version, String updatedBy, Instant updatedAt) {

    public boolean issued() {
        return status == ReportStatus.ISSUED;
    }
}

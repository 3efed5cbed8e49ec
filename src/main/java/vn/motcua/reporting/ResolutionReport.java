package vn.motcua.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Form II.06a (Circular 01/2020/TT-VPCP): dossiers received, resolved and in progress, per field and in total, with
 * the e-service figures and the arithmetic checks that every total is the sum of its parts.
 */
public record ResolutionReport(String agencyCode, String agencyName, String period, LocalDate from, LocalDate to,
        Counts total, List<Row> rows, EService eService, List<Check> checks) {

    /** One field (lĩnh vực). */
    public record Row(String field, Counts counts) {}

    public record Counts(Received received, Resolved resolved, InProgress inProgress) {}

    /** {@code total = carriedOver + online + directOrPostal}. */
    public record Received(long total, long carriedOver, long online, long directOrPostal) {}

    /** {@code total = early + onTime + late}. */
    public record Resolved(long total, long early, long onTime, long late) {}

    /** {@code total = withinDeadline + overdue}, judged at the period end. */
    public record InProgress(long total, long withinDeadline, long overdue) {}

    /**
     * E-service figures of dossiers received in the period (results: of dossiers resolved in it).
     *
     * @param onlineRate received online ÷ received in the period, 4 decimals (null when none received)
     */
    public record EService(long receivedTotal, long receivedOnline, BigDecimal onlineRate, long feeDossiers,
            long paidOnline, long digitizedAtIntake, long resultsDigitized) {}

    /** One arithmetic rule and whether the figures obey it. */
    public record Check(String rule, boolean ok) {}

    public boolean consistent() {
        return checks.stream().allMatch(Check::ok);
    }
}

package vn.motcua.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.motcua.reporting.PeriodType;

/**
 * Sections I and II of the quarterly TTHC control report for one agency and period, computed from the control
 * lists. Each section is one record built from the named figures of {@code ControlFigures}, so a figure and its
 * drill-down ({@code figure=review.tthcReviewed}) always agree. The feedback section comes from the feedback
 * register's own figures ({@code figure=feedback.handled}); {@code findings} are those of the inspections conducted in
 * the period, by inspection, unit and content.
 */
public record ControlActivitiesReport(String agencyCode, String period, PeriodType periodType, LocalDate from,
        LocalDate to, List<DocumentLine> documents, ImpactAssessment impactAssessment, Appraisal appraisal,
        Review review, Communications communications, Inspections inspections, Feedback feedback,
        List<InspectionFinding> findings) {

    /** A directive document issued in the period. */
    public record DocumentLine(long id, String number, LocalDate date, String kind, String summary) {}

    /** TTHC impact-assessed in the period; TTHC of drafts issued in the period whose impact had been assessed. */
    public record ImpactAssessment(long tthcAssessed, long issuedTthcAssessed) {}

    /** TTHC in drafts appraised by the Department of Justice in the period, and those drafts. */
    public record Appraisal(long tthcAppraised, long draftsAppraised) {}

    /** Review and simplification (Circular 02/2017/TT-VPCP). */
    public record Review(long tthcToReview, long tthcReviewed, long optionsPassed, long tthcTimeCut,
            long workingDaysSaved) {}

    /** Communications of the period: how many, how many of each kind, visits and participants counted. */
    public record Communications(long items, Map<String, Long> byKind, long visits) {}

    /**
     * Feedback on regulations (PAKN) of the period, from the feedback register: received, classified as within
     * competence, handled (answered, forwarded or refused) and on time, published, and still in progress at the
     * period's end, past the handling limit or not.
     */
    public record Feedback(long received, long accepted, long handled, long handledOnTime, long published,
            long inProgress, long inProgressOverdue) {}

    /** Inspections of the period. */
    public record Inspections(long planned, long conducted, long violations, long rewarded, long disciplined) {}
}

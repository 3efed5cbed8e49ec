package vn.motcua.periodic;

import java.time.LocalDate;
import java.util.List;
import vn.motcua.reporting.ReportingPeriod;

/**
 * The periodic TTHC control reports of an agency. Its leaders and control officers (and administrators) read; control
 * officers and administrators write and issue. Failures are {@link vn.motcua.shared.ProblemException}s with a
 * Vietnamese detail.
 */
public interface PeriodicReports {

    /** What the report of {@code period} states now, from the records. */
    PeriodicContent content(String agency, ReportingPeriod period, ReportKind kind, String actor);

    /**
     * What a report of any period states (a month, a range of dates: the sections of the quarterly report), not kept.
     */
    PeriodicContent preview(String agency, ReportingPeriod period, String actor);

    /** The report of the content and narrative as DOCX, not kept (a preview of a draft). */
    byte[] document(PeriodicContent content, Narrative narrative, String actor);

    /**
     * Keeps the narrative as the period's draft: creates it, or replaces the draft's narrative while it still has
     * {@code expectedVersion} (any version when null; 412 otherwise).
     */
    PeriodicReport saveDraft(String agency, ReportingPeriod period, ReportKind kind, Narrative narrative,
            Integer expectedVersion, String actor);

    PeriodicReport get(long id, String actor);

    /** The agency's reports, newest period first; of one period when given. */
    List<PeriodicReport> list(String agency, ReportingPeriod period, String actor);

    /**
     * What the report states: computed now for a draft, as frozen for an issued version (later data changes nothing).
     */
    PeriodicContent contentOf(PeriodicReport report, String actor);

    /**
     * A draft's figures, as {@code now} states them (its {@link #contentOf}), that differ from the last issued version
     * of the same period; empty for an issued version or when none was issued.
     */
    List<Change> changes(PeriodicReport report, PeriodicContent now, String actor);

    /**
     * Issues the draft with its number and date: freezes its content and DOCX; 409 when it is not a draft, 412 when it
     * has moved on from {@code expectedVersion}.
     */
    PeriodicReport issue(long id, String number, LocalDate issuedOn, Integer expectedVersion, String actor);

    /** The report's DOCX: as issued, or the draft with today's figures. */
    byte[] document(long id, String actor);

    /** A figure of the report that changed since the version issued last. */
    record Change(String key, String label, Long issued, Long now) {}
}

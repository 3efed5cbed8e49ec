package vn.motcua.control;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import vn.motcua.feedback.Feedback;
import vn.motcua.identity.Agency;
import vn.motcua.reporting.ReportingPeriod;
import vn.motcua.shared.ProblemException;

/**
 * The control officer's lists, their spreadsheets and their report. Reading needs to be a control officer or
 * leader of the record's agency, or an administrator; writing a control officer of the agency or an administrator.
 * Every failure is a {@link vn.motcua.shared.ProblemException} with a Vietnamese detail.
 */
public interface ControlActivities {

    /** Creates a record from field values by contract name (strings, numbers or dates), {@code agencyCode} included. */
    ControlRecord create(ControlList list, Map<String, ?> input, String actor);

    ControlRecord get(ControlList list, long id, String actor);

    /** The agency's records, all of them or those with a date of the list's period fields in {@code period}. */
    List<ControlRecord> list(ControlList list, String agency, ReportingPeriod period, String actor);

    /** Replaces the record's fields when its version is still {@code expectedVersion} (412 otherwise). */
    ControlRecord update(ControlList list, long id, int expectedVersion, Map<String, ?> input, String actor);

    /** Deletes the record; with an expected version, only while it still has that version. */
    void delete(ControlList list, long id, Integer expectedVersion, String actor);

    /**
     * Reads an XLSX sheet (header row of field labels or names, one record per row) and writes all its rows for
     * {@code agency} (a row's own {@code agencyCode} column wins) — or none when any row is refused.
     */
    ImportResult importSheet(ControlList list, String agency, InputStream xlsx, String actor);

    /** The records of {@link #list} as an XLSX sheet that {@link #importSheet} reads back. */
    byte[] export(ControlList list, String agency, ReportingPeriod period, String actor);

    ControlActivitiesReport report(String agency, ReportingPeriod period, String actor);

    /** What an inspection found, unit by unit and content by content. */
    List<InspectionFinding> findings(long inspectionId, String actor);

    /**
     * Replaces what the inspection found in {@code unit} — one entry per content inspected; none removes the unit —
     * while the inspection still has {@code expectedVersion} (412 otherwise; the version moves on); all its findings.
     */
    List<InspectionFinding> recordFindings(long inspectionId, int expectedVersion, String unit,
            List<InspectionFinding.Entry> entries, String actor);

    /** The records behind one figure of the report, e.g. {@code review.tthcReviewed}, {@code communications.byKind.ARTICLE}. */
    List<ControlRecord> records(String agency, ReportingPeriod period, String figure, String actor);

    /** The feedback behind one figure of the report's feedback section, e.g. {@code feedback.handled}. */
    List<Feedback> feedbackRecords(String agency, ReportingPeriod period, String figure, String actor);

    /**
     * Keeps a file (a directive document's scan or text) and gives its key, to be set as the document's
     * {@code fileId}; for control officers and administrators.
     */
    String storeFile(InputStream content, String actor);

    /** The file of a directive document, once the actor may read the document; 404 when it has none. */
    InputStream documentFile(long id, String actor);

    /** The agencies whose lists the person may read, in a stable order. */
    List<Agency> readableAgencies(String actor);

    /**
     * The agency a page works on: the one named, if the person may read it, or else the first they may read; 403 with
     * {@code refusal} as the message when there is none.
     */
    default Agency readableAgency(String requested, String actor, String refusal) {
        String wanted = requested == null || requested.isBlank() ? null : requested.strip();
        return readableAgencies(actor).stream().filter(a -> wanted == null || a.code().value().equals(wanted))
                .findFirst().orElseThrow(() -> new ProblemException(ProblemException.Kind.FORBIDDEN, refusal));
    }

    /** Whether the person may write the agency's records. */
    boolean canWrite(String agency, String actor);
}

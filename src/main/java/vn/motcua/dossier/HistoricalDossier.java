package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;

/**
 * A dossier handled by an earlier system, as an import file describes it: checked for form by the importer; whether
 * its events make sense is decided when {@link HistoricalDossiers} replays it.
 *
 * @param number the line number in the file, from 1
 * @param dueAt the due date as the old system recorded it; null: computed from the procedure's time limit
 * @param currentUnit where an open dossier waits (optional)
 * @param assignee the officer an open dossier is assigned to (optional)
 * @param lookupSecret the secret printed on the old receipt slip (optional; generated when absent)
 */
public record HistoricalDossier(long number, String code, String agencyCode, String procedureCode,
        SubmissionChannel channel, Applicant applicant, Instant submittedAt, Instant receivedAt, Instant dueAt,
        List<Event> events, List<FeeLine> fees, boolean digitized, boolean resultDigitized, String currentUnit,
        String assignee, String lookupSecret, ResultDelivery resultDelivery) {

    /** What happened to a dossier after its receipt, as the old system recorded it. */
    public enum EventType {
        TRANSFERRED, SUPPLEMENT_REQUESTED, SUPPLEMENT_RECEIVED, EXTENDED, RESOLVED, RETURNED, STOPPED, WITHDRAWN,
        REFUSED
    }

    /**
     * @param position 1-based position in the line's {@code events}
     * @param outcome RESOLVED only
     * @param newDueAt EXTENDED (required) and SUPPLEMENT_RECEIVED (optional: recomputed when absent)
     * @param unit TRANSFERRED: the receiving unit (optional)
     */
    public record Event(int position, EventType type, Instant at, Outcome outcome, Instant newDueAt, String unit,
            String reason) {

        public String describe() {
            return "Sự kiện thứ " + position + " (" + type + ")";
        }
    }

    /** A fee line; paid unless {@code paid} is false, at {@code paidAt} or else at receipt. */
    public record FeeLine(String name, long amountVnd, boolean paid, Instant paidAt, boolean paidOnline) {}
}

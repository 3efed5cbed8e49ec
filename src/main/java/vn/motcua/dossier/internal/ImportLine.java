package vn.motcua.dossier.internal;

import java.time.Instant;
import java.util.List;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Outcome;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.dossier.SubmissionChannel;

/**
 * One line of an import file, read and checked for form ({@link ImportLineParser}); whether its events make sense
 * is {@link ImportReplay}'s business.
 *
 * @param number the line number in the file, from 1
 * @param dueAt the due date as the old system recorded it; null: computed from the procedure's time limit
 * @param currentUnit where an open dossier waits (optional)
 * @param assignee the officer an open dossier is assigned to (optional)
 * @param lookupSecret the secret printed on the old receipt slip (optional; generated when absent)
 */
record ImportLine(long number, String code, DossierCodes.Parsed parsedCode, String agencyCode, String procedureCode,
        SubmissionChannel channel, Applicant applicant, Instant submittedAt, Instant receivedAt, Instant dueAt,
        List<Event> events, List<FeeLine> fees, boolean digitized, boolean resultDigitized, String currentUnit,
        String assignee, String lookupSecret, ResultDelivery resultDelivery) {

    /** What happened to a dossier after its receipt, as the old system recorded it. */
    enum EventType {
        TRANSFERRED, SUPPLEMENT_REQUESTED, SUPPLEMENT_RECEIVED, EXTENDED, RESOLVED, RETURNED, STOPPED, WITHDRAWN,
        REFUSED
    }

    /**
     * @param position 1-based position in the line's {@code events}
     * @param outcome RESOLVED only
     * @param newDueAt EXTENDED (required) and SUPPLEMENT_RECEIVED (optional: recomputed when absent)
     * @param unit TRANSFERRED: the receiving unit (optional)
     */
    record Event(int position, EventType type, Instant at, Outcome outcome, Instant newDueAt, String unit,
            String reason) {

        String describe() {
            return "Sự kiện thứ " + position + " (" + type + ")";
        }
    }

    /** A fee line; paid unless {@code paid} is false, at {@code paidAt} or else at receipt. */
    record FeeLine(String name, long amountVnd, boolean paid, Instant paidAt, boolean paidOnline) {}
}

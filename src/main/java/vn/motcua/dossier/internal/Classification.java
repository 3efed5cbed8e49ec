package vn.motcua.dossier.internal;

import java.time.Instant;
import java.time.ZoneId;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Timeliness;

/**
 * Early / on time / late and within deadline / near due / overdue ({@code dossier-lifecycle.md} §6.4, national
 * formula of the 766 index). Pure: every input is given.
 */
final class Classification {

    private Classification() {}

    /**
     * @param due the due date the dossier is judged against (null: the procedure states no time limit)
     * @param finishedAt end of processing, or null
     * @param asOf the instant of judgement for unfinished dossiers (period end, or now)
     * @param supplementRequests processing-stage supplement requests: more than one counts as late
     * @param lateByExtension the dossier used an extension and the rule set counts that as late
     * @param nearDueFrom from when an open dossier is near due (null: never)
     * @param zone the agency's time zone (early = finished on an earlier calendar date)
     */
    static Timeliness classify(Instant due, Instant finishedAt, Instant asOf, int supplementRequests,
            boolean lateByExtension, Instant nearDueFrom, ZoneId zone) {
        if (due == null) {
            return Timeliness.NO_DEADLINE;
        }
        if (finishedAt != null) {
            if (supplementRequests > 1 || lateByExtension || finishedAt.isAfter(due)) {
                return Timeliness.LATE;
            }
            return finishedAt.atZone(zone).toLocalDate().isBefore(due.atZone(zone).toLocalDate())
                    ? Timeliness.EARLY : Timeliness.ON_TIME;
        }
        if (asOf.isAfter(due)) {
            return Timeliness.OVERDUE;
        }
        return nearDueFrom != null && !asOf.isBefore(nearDueFrom) ? Timeliness.NEAR_DUE : Timeliness.WITHIN_DEADLINE;
    }

    /** A dossier as it stands at {@code asOf}; an unanswered supplement request ends processing at its time. */
    static Timeliness of(DossierState d, RuleSet rules, Instant asOf, ZoneId zone) {
        if (d.receivedAt == null) {
            return Timeliness.NO_DEADLINE;
        }
        Instant end = d.finishedAt != null ? d.finishedAt
                : d.status == DossierStatus.SUPPLEMENT_REQUESTED ? d.supplementRequestedAt : null;
        boolean lateByExtension = d.extended && rules.extensionCountsLate();
        Instant due = d.extended && !rules.extensionCountsLate() ? d.dueAt : d.deadlineDueAt;
        return classify(due, end, asOf, d.supplementRequests, lateByExtension, d.nearDueFrom, zone);
    }
}

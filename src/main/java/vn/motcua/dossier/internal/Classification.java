package vn.motcua.dossier.internal;

import java.time.Instant;
import java.time.ZoneId;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierTiming;
import vn.motcua.dossier.Timeliness;
import vn.motcua.dossier.TimelinessPolicy;
import vn.motcua.dossier.internal.rules.RuleSet;

/** The timing facts of a stored dossier or step, classified by {@link Timeliness#classify}. */
final class Classification {

    private Classification() {}

    /**
     * A dossier as it stands at {@code asOf}. An unanswered supplement request ends processing at its time (national
     * 766 formula); the due date is the original one, or the one restarted by a supplement — unless the rule set
     * does not count extensions as late, when the extended date is the due date.
     */
    static Timeliness of(DossierState d, RuleSet rules, Instant asOf, ZoneId zone) {
        if (d.receivedAt == null) {
            return Timeliness.NO_DEADLINE;
        }
        Instant end = d.finishedAt != null ? d.finishedAt
                : d.status == DossierStatus.SUPPLEMENT_REQUESTED ? d.supplementRequestedAt : null;
        Instant due = d.extended && !rules.extensionCountsLate() ? d.dueAt : d.deadlineDueAt;
        return Timeliness.classify(new DossierTiming(due, d.nearDueFrom, end, d.supplementRequests, d.extended),
                asOf, new TimelinessPolicy(zone, rules.extensionCountsLate()));
    }

    /** A step of the control sheet against its own deadline. */
    static Timeliness ofStep(Instant due, Instant finishedAt, Instant asOf, ZoneId zone) {
        return Timeliness.classify(new DossierTiming(due, null, finishedAt, 0, false), asOf,
                TimelinessPolicy.in(zone));
    }
}

package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;

import vn.motcua.shared.ProblemException;

/**
 * Whether a dossier is (or was) handled in time — the columns "trước hạn / đúng hạn / quá hạn" and "trong hạn / quá
 * hạn" of the II.06a report and the on-time count of the 766 index (dossier-lifecycle.md §6.4,
 * measurement-and-calendar.md §1.5 and §2.3).
 *
 * <p>{@link #classify} as of an instant {@code asOf} (the period end, or now):
 * <ol>
 * <li>A dossier is finished when its end of processing is known and not after {@code asOf}; a dossier that ended
 * after {@code asOf} is judged as still in progress at {@code asOf}.</li>
 * <li>It counts as late — {@link #LATE} if finished, {@link #OVERDUE} if not — when more than one supplement request
 * was made, or an extension was used and the policy counts extensions as late. This holds even without a due: the
 * national count treats a second supplement request as late whatever the time limit (careful reading), and a dossier
 * that already counts as late is never shown as within the deadline.</li>
 * <li>Otherwise, with no due: {@link #NO_DEADLINE}.</li>
 * <li>Finished: end after the due → {@link #LATE}; end on an earlier calendar date than the due, in the agency's zone →
 * {@link #EARLY}; same date and not after the due → {@link #ON_TIME}. The due instant itself is on time.</li>
 * <li>Unfinished: {@code asOf} after the due → {@link #OVERDUE}; at or after {@code nearDueFrom} → {@link #NEAR_DUE};
 * else {@link #WITHIN_DEADLINE}. {@code asOf} equal to the due is not yet overdue.</li>
 * </ol>
 */
public enum Timeliness {
    /** Finished on a date before the due date (trước hạn). */
    EARLY("Trước hạn"),
    /** Finished on the due date, not after the due time (đúng hạn). */
    ON_TIME("Đúng hạn"),
    /** Finished after the due, or counted late (quá hạn). */
    LATE("Quá hạn"),
    /** In progress, due not passed (trong hạn). */
    WITHIN_DEADLINE("Trong hạn"),
    /** In progress, due not passed but inside the near-due window (sắp đến hạn). */
    NEAR_DUE("Sắp đến hạn"),
    /** In progress and past the due, or counted late (quá hạn). */
    OVERDUE("Quá hạn"),
    /** The procedure sets no time limit (không có thời hạn). */
    NO_DEADLINE("Không có thời hạn");

    private final String label;

    Timeliness(String label) {
        this.label = label;
    }

    /** Vietnamese label; {@link #LATE} and {@link #OVERDUE} are both "Quá hạn". */
    public String label() {
        return label;
    }

    /** {@link #LATE} or {@link #OVERDUE}. */
    public boolean isLate() {
        return this == LATE || this == OVERDUE;
    }

    /**
     * Classifies {@code timing} as of {@code asOf}; see the class comment for the rules.
     *
     * @throws ProblemException naming {@code timing}, {@code asOf} or {@code policy} when missing
     */
    public static Timeliness classify(DossierTiming timing, Instant asOf, TimelinessPolicy policy) {
        if (timing == null) {
            throw ProblemException.invalidField("timing", "Thiếu thông tin thời hạn hồ sơ");
        }
        if (asOf == null) {
            throw ProblemException.invalidField("asOf", "Thiếu thời điểm xét");
        }
        if (policy == null) {
            throw ProblemException.invalidField("policy", "Thiếu cấu hình phân loại");
        }
        Instant end = timing.endOfProcessing();
        boolean finished = end != null && !end.isAfter(asOf);
        boolean countedLate = timing.supplementRequests() > 1 || (timing.extensionUsed() && policy.extensionCountsLate());
        if (countedLate) {
            return finished ? LATE : OVERDUE;
        }
        Instant due = timing.due();
        if (due == null) {
            return NO_DEADLINE;
        }
        if (finished) {
            if (end.isAfter(due)) {
                return LATE;
            }
            LocalDate endDate = end.atZone(policy.zone()).toLocalDate();
            LocalDate dueDate = due.atZone(policy.zone()).toLocalDate();
            return endDate.isBefore(dueDate) ? EARLY : ON_TIME;
        }
        if (asOf.isAfter(due)) {
            return OVERDUE;
        }
        Instant nearDueFrom = timing.nearDueFrom();
        return nearDueFrom != null && !asOf.isBefore(nearDueFrom) ? NEAR_DUE : WITHIN_DEADLINE;
    }

    /** {@link #classify(DossierTiming, Instant, TimelinessPolicy)} with {@link TimelinessPolicy#DEFAULT}. */
    public static Timeliness classify(DossierTiming timing, Instant asOf) {
        return classify(timing, asOf, TimelinessPolicy.DEFAULT);
    }
}

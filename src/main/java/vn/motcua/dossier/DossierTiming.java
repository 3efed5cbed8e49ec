package vn.motcua.dossier;

import java.time.Instant;

import vn.motcua.shared.ProblemException;

/**
 * The facts about one dossier that decide its {@link Timeliness}.
 *
 * @param due                the instant the dossier is judged against: the original due, or the due recomputed after a
 *                           processing-stage supplement; {@code null} when the procedure has no time limit. With
 *                           {@link TimelinessPolicy#extensionCountsLate()} off, pass the approved new due here instead
 * @param nearDueFrom        from this instant on an unfinished dossier is "sắp đến hạn" (the dossier engine computes it
 *                           from {@code due} with the working calendar); {@code null} = no near-due warning
 * @param endOfProcessing    when processing ended (processed, returned, stopped/refused, withdrawn, or an unanswered
 *                           supplement request; dossier-lifecycle.md §6.4); {@code null} while unfinished
 * @param supplementRequests supplement requests made during processing (≥ 0); more than one counts as late
 * @param extensionUsed      whether an apology / new appointment (phiếu xin lỗi và hẹn lại ngày trả kết quả) was issued
 */
public record DossierTiming(Instant due, Instant nearDueFrom, Instant endOfProcessing, int supplementRequests,
                            boolean extensionUsed) {

    public DossierTiming {
        if (supplementRequests < 0) {
            throw ProblemException.invalidField("supplementRequests",
                    "Số lần yêu cầu bổ sung không được âm (" + supplementRequests + ")");
        }
    }

    /** An unfinished dossier with a due, no near-due warning, no supplement request, no extension. */
    public static DossierTiming unfinished(Instant due) {
        return new DossierTiming(due, null, null, 0, false);
    }

    /** A finished dossier with a due, no supplement request, no extension. */
    public static DossierTiming finished(Instant due, Instant endOfProcessing) {
        return new DossierTiming(due, null, endOfProcessing, 0, false);
    }

    public DossierTiming withNearDueFrom(Instant nearDueFrom) {
        return new DossierTiming(due, nearDueFrom, endOfProcessing, supplementRequests, extensionUsed);
    }

    public DossierTiming withSupplementRequests(int supplementRequests) {
        return new DossierTiming(due, nearDueFrom, endOfProcessing, supplementRequests, extensionUsed);
    }

    public DossierTiming withExtensionUsed(boolean extensionUsed) {
        return new DossierTiming(due, nearDueFrom, endOfProcessing, supplementRequests, extensionUsed);
    }
}

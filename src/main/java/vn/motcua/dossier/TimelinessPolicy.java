package vn.motcua.dossier;

import java.time.ZoneId;

import vn.motcua.shared.ProblemException;

/**
 * Agency settings of the {@link Timeliness} classification.
 *
 * @param zone                the agency's time zone; "early" compares calendar dates in it
 * @param extensionCountsLate whether a dossier that used an extension (apology and new appointment) counts as late.
 *                            Default true: dossier-lifecycle.md §6.4 recommends counting it late against the original
 *                            due, consistent with TT 01/2018 index 1 and provincial reports — UNCONFIRMED nationally
 *                            (§11 O5), hence a switch
 */
public record TimelinessPolicy(ZoneId zone, boolean extensionCountsLate) {

    /** Asia/Ho_Chi_Minh; an extension counts as late. */
    public static final TimelinessPolicy DEFAULT = new TimelinessPolicy(ZoneId.of("Asia/Ho_Chi_Minh"), true);

    public TimelinessPolicy {
        if (zone == null) {
            throw ProblemException.invalidField("zone", "Thiếu múi giờ");
        }
    }

    /** {@code zone}, with an extension counting as late. */
    public static TimelinessPolicy in(ZoneId zone) {
        return new TimelinessPolicy(zone, true);
    }
}

package vn.motcua.dossier.internal.rules;

import java.time.Instant;
import java.time.ZoneId;
import vn.motcua.shared.ProblemException;

/**
 * A supplement during processing is requested within {@code workingDays} working days of receipt; later, the dossier
 * must be resolved or refused with reasons. The caller computes the last moment on the working calendar.
 */
public record SupplementWindowRule(int workingDays) {

    /** Refuses (409) a request made after {@code latest}, the end of the window, printed in {@code zone}. */
    public void check(Instant now, Instant latest, ZoneId zone) {
        if (now.isAfter(latest)) {
            throw ProblemException.conflict("Đã quá " + workingDays + " ngày làm việc kể từ khi tiếp nhận (hạn cuối "
                    + Formats.dateTime(latest, zone) + "); không được yêu cầu bổ sung hồ sơ nữa mà phải giải quyết "
                    + "hoặc từ chối có lý do.");
        }
    }
}

package vn.motcua.dossier.internal.rules;

import java.time.Instant;
import java.time.ZoneId;
import vn.motcua.shared.ProblemException;

/**
 * The apology-and-extension letter is sent at least {@code noticeWorkingDays} working days before the due date. The
 * caller computes the last moment ({@link Deadlines#workingDaysBefore}) on the working calendar.
 */
public record ExtensionNoticeRule(int noticeWorkingDays) {

    /** Refuses (409) an extension asked after {@code latest}, the last moment before {@code dueAt}. */
    public void check(Instant now, Instant dueAt, Instant latest, ZoneId zone) {
        if (now.isAfter(latest)) {
            throw ProblemException.conflict("Văn bản xin lỗi và gia hạn phải được gửi chậm nhất " + noticeWorkingDays
                    + " ngày làm việc trước ngày hẹn trả (" + Formats.dateTime(dueAt, zone) + "), tức trước "
                    + Formats.dateTime(latest, zone) + ".");
        }
    }
}

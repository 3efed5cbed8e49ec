package vn.motcua.feedback.internal;

import java.time.Instant;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.DeadlineStyle;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingDuration;

/**
 * Working-day limits on the agency's calendar, Civil Code style (the 766 rule "≤ receipt date + N working days":
 * the start day is not counted; due at the end of the N-th working day's office hours).
 */
@Component
class FeedbackDeadlines {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** How far ahead a limit makes a feedback "near due" in the queues. */
    static final int NEAR_DUE_WORKING_DAYS = 2;

    private final WorkingCalendar calendar;

    FeedbackDeadlines(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    Schedule from(Instant start, RuleSet rules, String agency) {
        return new Schedule(after(start, rules.refusalDays(), agency),
                after(start, rules.firstSupplementDays(), agency), after(start, rules.forwardDays(), agency),
                after(start, rules.handlingDays(), agency));
    }

    Instant publication(Instant answeredAt, RuleSet rules, String agency) {
        return after(answeredAt, rules.publicationDays(), agency);
    }

    Instant nearDueLimit(Instant now, String agency) {
        return after(now, NEAR_DUE_WORKING_DAYS, agency);
    }

    private Instant after(Instant start, int workingDays, String agency) {
        return calendar.due(start.atZone(VIETNAM), WorkingDuration.workingDays(workingDays), DeadlineStyle.CIVIL_CODE,
                agency).toInstant();
    }
}

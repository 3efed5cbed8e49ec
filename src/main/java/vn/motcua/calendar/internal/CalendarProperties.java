package vn.motcua.calendar.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.motcua.calendar.DeadlineStyle;

/**
 * @param deadlineStyle   how working-day limits are counted unless a caller says otherwise (HOURS or CIVIL_CODE)
 * @param refreshInterval how long an instance may use its copy of the schedules before checking the database for
 *                        changes made through another instance
 */
@ConfigurationProperties("motcua.calendar")
record CalendarProperties(@DefaultValue("HOURS") DeadlineStyle deadlineStyle,
        @DefaultValue("1s") Duration refreshInterval) {}

package vn.motcua.feedback.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.motcua.feedback.Classification;
import vn.motcua.feedback.Feedback;
import vn.motcua.feedback.FeedbackAction;
import vn.motcua.feedback.FeedbackCommand;
import vn.motcua.feedback.FeedbackStatus;
import vn.motcua.shared.ProblemException;

/**
 * What each action changes: the columns it writes (names of {@link FeedbackRepository#MUTABLE}) and the note of its
 * history event, from the locked row, the command and the time; new limits on the agency's calendar, assignees
 * checked against the agency. Refuses a missing or wrong field with its Vietnamese message.
 */
@Component
class FeedbackActions {

    /** The columns an action writes and the note its history event keeps. */
    record Change(Map<String, Object> columns, String note) {}

    private final FeedbackDeadlines deadlines;
    private final FeedbackAccess access;

    FeedbackActions(FeedbackDeadlines deadlines, FeedbackAccess access) {
        this.deadlines = deadlines;
        this.access = access;
    }

    Change change(FeedbackRepository.Row row, FeedbackAction action, FeedbackCommand c, String actor, Instant now) {
        Feedback f = row.feedback();
        Map<String, Object> changes = new LinkedHashMap<>();
        String note = FeedbackService.blank(c.note());
        switch (action) {
            case ACCEPT -> {
                changes.put("status", FeedbackStatus.ACCEPTED);
                changes.put("classification", Classification.WITHIN_COMPETENCE);
                changes.put("classified_at", now);
                changes.put("stage_due", f.deadlines().handling());
            }
            case REJECT -> {
                String reason = required(c.reason(), "reason", "Cần nêu lý do không tiếp nhận (Điều 7 Nghị định "
                        + "20/2008/NĐ-CP).");
                changes.put("status", FeedbackStatus.REJECTED);
                changes.put("classification", Classification.NOT_ACCEPTED);
                changes.put("classified_at", now);
                changes.put("reject_reason", reason);
                handled(changes, now, f.deadlines().refusal());
            }
            case FORWARD -> {
                String target = required(c.target(), "target", "Cần nêu cơ quan có thẩm quyền nhận phản ánh, kiến "
                        + "nghị được chuyển.");
                Classification classification = c.classification() == null ? Classification.OUTSIDE_COMPETENCE
                        : c.classification();
                if (classification != Classification.BEHAVIOUR && classification != Classification.OUTSIDE_COMPETENCE) {
                    throw ProblemException.invalidField("classification", "Chỉ chuyển phản ánh, kiến nghị về hành vi "
                            + "của cơ quan, cán bộ (BEHAVIOUR) hoặc về quy định không thuộc thẩm quyền "
                            + "(OUTSIDE_COMPETENCE).");
                }
                changes.put("status", FeedbackStatus.FORWARDED);
                changes.put("classification", classification);
                changes.put("classified_at", f.handling().classifiedAt() == null ? now : f.handling().classifiedAt());
                changes.put("forward_target", target);
                handled(changes, now, f.deadlines().forward());
            }
            case REQUEST_SUPPLEMENT -> {
                String what = required(c.text(), "text", "Cần nêu thông tin người gửi phải bổ sung.");
                changes.put("status", FeedbackStatus.SUPPLEMENT_REQUESTED);
                changes.put("status_before_supplement", f.status());
                changes.put("supplement_request", what);
                if (f.handling().firstSupplementAt() == null) {
                    changes.put("first_supplement_at", now);
                }
                changes.put("stage_due", null);
            }
            case RECEIVE_SUPPLEMENT -> {
                FeedbackStatus back = row.statusBeforeSupplement() == null ? FeedbackStatus.RECEIVED
                        : row.statusBeforeSupplement();
                changes.put("status", back);
                changes.put("status_before_supplement", null);
                Instant forward = f.deadlines().forward();
                Instant handling = f.deadlines().handling();
                if (row.rules().supplementRestartsClock()) {
                    Schedule restarted = deadlines.from(now, row.rules(), f.agencyCode());
                    changes.put("clock_started_at", now);
                    changes.put("refusal_due", restarted.refusal());
                    changes.put("forward_due", restarted.forward());
                    changes.put("handling_due", restarted.handling());
                    forward = restarted.forward();
                    handling = restarted.handling();
                }
                changes.put("stage_due", FeedbackRules.stageDue(back, forward, handling, null));
                note = note != null ? note : FeedbackService.blank(c.text());
            }
            case ASSIGN -> {
                String unit = required(c.unit(), "unit", "Cần chọn đơn vị được giao xử lý.");
                String assignee = FeedbackService.blank(c.assignee());
                access.requireAssignable(f.agencyCode(), unit, assignee);
                changes.put("status", FeedbackStatus.ASSIGNED);
                changes.put("unit_code", unit);
                changes.put("assignee", assignee);
                changes.put("stage_due", f.deadlines().handling());
            }
            case ANSWER -> {
                String text = required(c.text(), "text", "Cần nhập nội dung kết quả xử lý, trả lời.");
                if (c.outcome() == null) {
                    throw ProblemException.invalidField("outcome", "Cần chọn hình thức xử lý (Điều 15 Nghị định "
                            + "20/2008/NĐ-CP).");
                }
                Instant publicationDue = deadlines.publication(now, row.rules(), f.agencyCode());
                changes.put("status", FeedbackStatus.ANSWERED);
                changes.put("answer_text", text);
                changes.put("answer_outcome", c.outcome());
                Map<String, String> review = new LinkedHashMap<>();
                c.review().forEach((criterion, value) -> {
                    if (value != null && !value.isBlank()) {
                        review.put(criterion.name(), value.strip());
                    }
                });
                changes.put("review", review);
                changes.put("answered_at", now);
                changes.put("answered_by", actor);
                changes.put("publication_due", publicationDue);
                handled(changes, now, f.deadlines().handling());
                changes.put("stage_due", publicationDue);
            }
            case PUBLISH -> {
                if (c.channels().isEmpty()) {
                    throw ProblemException.invalidField("channels", "Cần chọn ít nhất một hình thức công khai (Điều "
                            + "19 Nghị định 20/2008/NĐ-CP).");
                }
                changes.put("status", FeedbackStatus.PUBLISHED);
                changes.put("published_at", now);
                changes.put("publication_channels", c.channels());
                changes.put("stage_due", null);
            }
            case RATE -> {
                if (c.rating() == null) {
                    throw ProblemException.invalidField("rating", "Cần chọn mức đánh giá: Hài lòng hoặc Chưa hài lòng.");
                }
                String comment = FeedbackService.blank(c.comment());
                if (comment != null && comment.length() > 2000) {
                    throw ProblemException.invalidField("comment", "Ý kiến tối đa 2000 ký tự.");
                }
                changes.put("rating", c.rating());
                changes.put("rating_comment", comment);
                changes.put("rated_at", now);
                note = comment;
            }
            default -> throw new IllegalStateException(action.name());
        }
        return new Change(changes, note);
    }

    /** The agency's part is done: when, and whether within the limit that applies to this way of ending. */
    private static void handled(Map<String, Object> changes, Instant now, Instant due) {
        changes.put("handled_at", now);
        changes.put("handled_on_time", !now.isAfter(due));
        changes.putIfAbsent("stage_due", null);
    }

    /** Each changed column with its value before the action (from the locked row) and after. */
    static Map<String, Object> beforeAfter(Map<String, Object> columns, Map<String, Object> changes) {
        Map<String, Object> data = new LinkedHashMap<>();
        changes.forEach((column, value) -> {
            Map<String, Object> pair = new LinkedHashMap<>();
            pair.put("before", columns.get(column));
            pair.put("after", value instanceof Enum<?> e ? e.name() : value instanceof Instant i ? i.toString()
                    : value instanceof List<?> l ? l.stream().map(String::valueOf).toList() : value);
            data.put(column, pair);
        });
        return data;
    }

    private static String required(String value, String field, String message) {
        String v = FeedbackService.blank(value);
        if (v == null) {
            throw ProblemException.invalidField(field, message);
        }
        return v;
    }
}

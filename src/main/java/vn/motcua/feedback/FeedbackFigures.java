package vn.motcua.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Counts of an agency's feedback over a period [{@code from}, {@code to}) for the reports and the 766 index (§5.2
 * handled on time, §5.3 satisfaction), and the feedback behind each figure. Deadlines are judged at the period's
 * end, or now for a period that has not ended.
 */
public interface FeedbackFigures {

    Map<FeedbackFigure, Long> counts(String agency, Instant from, Instant to);

    List<Feedback> records(String agency, Instant from, Instant to, FeedbackFigure figure, int limit);
}

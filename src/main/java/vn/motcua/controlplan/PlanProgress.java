package vn.motcua.controlplan;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan's progress as of a day. Every dated occurrence is exactly one of done on time, done late, overdue (due before
 * {@code asOf} and not done by then) or not yet due; {@code occurrencesDue} counts those due on or before
 * {@code asOf}. Tasks without a due date (regular, when arising, not understood) are counted apart.
 */
public record PlanProgress(long planId, LocalDate asOf, int tasks, int occurrences, int occurrencesDue,
        int doneOnTime, int doneLate, int overdue, int notYetDue, int undatedTasks, int undatedWithProgress,
        List<Tally> bySection, List<Tally> byUnit, List<Occurrence> dueSoon, List<Occurrence> items) {

    /** The same counts for one section or one lead unit. */
    public record Tally(String key, String label, int tasks, int occurrences, int occurrencesDue, int doneOnTime,
            int doneLate, int overdue, int notYetDue, int undatedTasks) {}

    /** One occurrence of a task (or the task itself when it has no due date) and where it stands. */
    public record Occurrence(long taskId, String section, int taskNumber, String content, String leadUnit,
            String timeFrame, LocalDate dueDate, OccurrenceState state, LocalDate doneOn, LocalDate lastEntry,
            String lastNote) {}
}

package vn.motcua.controlplan.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.controlplan.ControlPlan;
import vn.motcua.controlplan.OccurrenceState;
import vn.motcua.controlplan.PlanProgress;
import vn.motcua.controlplan.ProgressEntry;
import vn.motcua.controlplan.ProgressStatus;

/**
 * The rule of a plan's progress as of a day: an occurrence is done when an entry DONE for it is dated on or before
 * {@code asOf}; done on time when that date is on or before the due date, late otherwise; not done, it is overdue
 * once its due date is before {@code asOf} and not yet due while the due date is {@code asOf} or later. Entries
 * dated after {@code asOf} are not seen. "Due soon" is what is not done and due from {@code asOf} to
 * {@code soonUntil} (the 10th working day after it).
 */
public final class ProgressRule {

    private ProgressRule() {
    }

    public static PlanProgress compute(ControlPlan plan, List<ProgressEntry> entries, LocalDate asOf,
            LocalDate soonUntil) {
        List<PlanProgress.Occurrence> items = new ArrayList<>();
        Map<String, Counter> sections = new LinkedHashMap<>();
        Map<String, Counter> units = new LinkedHashMap<>();
        Counter all = new Counter("", "");
        int tasks = 0;
        for (ControlPlan.Section section : plan.sections()) {
            Counter bySection = sections.computeIfAbsent(section.number(),
                    k -> new Counter(section.number(), section.number() + ". " + section.title()));
            for (ControlPlan.Task task : section.tasks()) {
                tasks++;
                String unit = task.leadUnit() == null || task.leadUnit().isBlank() ? "(chưa phân công)"
                        : task.leadUnit().strip();
                Counter byUnit = units.computeIfAbsent(unit, k -> new Counter(unit, unit));
                List<ProgressEntry> mine = entries.stream()
                        .filter(e -> e.taskId() == task.id() && !e.date().isAfter(asOf))
                        .sorted(Comparator.comparing(ProgressEntry::date).thenComparing(ProgressEntry::id)).toList();
                for (Counter c : List.of(all, bySection, byUnit)) {
                    c.tasks++;
                }
                List<LocalDate> due = task.schedule().dueDates();
                if (due.isEmpty()) {
                    ProgressEntry last = mine.isEmpty() ? null : mine.get(mine.size() - 1);
                    for (Counter c : List.of(all, bySection, byUnit)) {
                        c.undated++;
                        if (last != null) {
                            c.undatedWithProgress++;
                        }
                    }
                    items.add(new PlanProgress.Occurrence(task.id(), section.number(), task.number(), task.content(),
                            task.leadUnit(), task.timeFrame(), null, OccurrenceState.UNDATED,
                            null, last == null ? null : last.date(), last == null ? null : last.note()));
                    continue;
                }
                for (LocalDate dueDate : due) {
                    // an entry without a due date counts for a task with only one occurrence
                    List<ProgressEntry> forIt = mine.stream().filter(e -> dueDate.equals(e.dueDate())
                            || (e.dueDate() == null && due.size() == 1)).toList();
                    LocalDate doneOn = forIt.stream().filter(e -> e.status() == ProgressStatus.DONE)
                            .map(ProgressEntry::date).findFirst().orElse(null);
                    OccurrenceState state = state(dueDate, doneOn, asOf);
                    ProgressEntry last = forIt.isEmpty() ? null : forIt.get(forIt.size() - 1);
                    for (Counter c : List.of(all, bySection, byUnit)) {
                        c.count(state, dueDate, asOf);
                    }
                    items.add(new PlanProgress.Occurrence(task.id(), section.number(), task.number(), task.content(),
                            task.leadUnit(), task.timeFrame(), dueDate, state, doneOn,
                            last == null ? null : last.date(), last == null ? null : last.note()));
                }
            }
        }
        List<PlanProgress.Occurrence> soon = items.stream()
                .filter(o -> o.dueDate() != null && o.doneOn() == null && !o.dueDate().isBefore(asOf)
                        && !o.dueDate().isAfter(soonUntil))
                .sorted(Comparator.comparing(PlanProgress.Occurrence::dueDate)).toList();
        return new PlanProgress(plan.id(), asOf, tasks, all.occurrences, all.due, all.onTime, all.late, all.overdue,
                all.notYetDue, all.undated, all.undatedWithProgress,
                sections.values().stream().map(Counter::tally).toList(),
                units.values().stream().map(Counter::tally).toList(), soon, items);
    }

    /** Where one occurrence due on {@code due} and done on {@code doneOn} (or not) stands on {@code asOf}. */
    public static OccurrenceState state(LocalDate due, LocalDate doneOn, LocalDate asOf) {
        if (doneOn != null && !doneOn.isAfter(asOf)) {
            return doneOn.isAfter(due) ? OccurrenceState.DONE_LATE : OccurrenceState.DONE_ON_TIME;
        }
        return due.isBefore(asOf) ? OccurrenceState.OVERDUE : OccurrenceState.NOT_YET_DUE;
    }

    private static final class Counter {
        final String key;
        final String label;
        int tasks;
        int occurrences;
        int due;
        int onTime;
        int late;
        int overdue;
        int notYetDue;
        int undated;
        int undatedWithProgress;

        Counter(String key, String label) {
            this.key = key;
            this.label = label;
        }

        void count(OccurrenceState state, LocalDate dueDate, LocalDate asOf) {
            occurrences++;
            if (!dueDate.isAfter(asOf)) {
                due++;
            }
            switch (state) {
                case DONE_ON_TIME: onTime++; break;
                case DONE_LATE: late++; break;
                case OVERDUE: overdue++; break;
                default: notYetDue++;
            }
        }

        PlanProgress.Tally tally() {
            return new PlanProgress.Tally(key, label, tasks, occurrences, due, onTime, late, overdue, notYetDue,
                    undated);
        }
    }
}

package vn.motcua.controlplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A time frame understood: its kind and the working days its occurrences are due on (none for regular tasks, tasks
 * done when something arises and time frames not understood).
 *
 * @param explanation how the text was read, in Vietnamese ("Ngày 15 hằng tháng, 12 lần"; for {@code TEXT} why not)
 */
public record Schedule(ScheduleKind kind, List<LocalDate> dueDates, String explanation) {
    public Schedule {
        Objects.requireNonNull(kind, "kind");
        dueDates = List.copyOf(dueDates);
        Objects.requireNonNull(explanation, "explanation");
    }

    public boolean recurring() {
        return dueDates.size() > 1;
    }
}

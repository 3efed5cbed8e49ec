package vn.motcua.controlplan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.controlplan.ControlPlan;
import vn.motcua.controlplan.Evidence;
import vn.motcua.controlplan.OccurrenceState;
import vn.motcua.controlplan.PlanProgress;
import vn.motcua.controlplan.ProgressEntry;
import vn.motcua.controlplan.ProgressStatus;

/** The progress rule: on time, late, overdue, not yet due as of a day, by section and unit, due soon. */
class ProgressRuleTest {

    private static ControlPlan.Task task(long id, int n, String unit, String frame) {
        return new ControlPlan.Task(id, n, "Nhiệm vụ " + id, unit, List.of(), null, frame,
                null, TimeFrames.schedule(frame, 2024, TimeFramesTest.WORKING, DayOffRule.BEFORE));
    }

    private static final ControlPlan PLAN = new ControlPlan(1, "000.00.23.Q45", "Sở", 2024, "1/KH", null, "KH",
            null, null, List.of(), List.of(), List.of(), List.of(), null, null, List.of(
                    new ControlPlan.Section(10, "I", "Chỉ đạo", List.of(task(1, 1, "Văn phòng Sở", "Trước 25/3/2024"),
                            task(2, 2, "Văn phòng Sở", "Quý IV/2024"), task(3, 3, "Phòng QLKH", "Thường xuyên"))),
                    new ControlPlan.Section(11, "II", "Báo cáo", List.of(
                            task(4, 1, "Văn phòng Sở", "trước ngày 15 tháng cuối quý")))),
            1, "x", Instant.EPOCH);

    private final List<ProgressEntry> entries = new ArrayList<>();

    private void entry(long task, LocalDate due, LocalDate date, ProgressStatus status) {
        entries.add(new ProgressEntry(entries.size() + 1, task, due, date, status, "ghi chú", Evidence.NONE, "u",
                Instant.EPOCH));
    }

    private PlanProgress asOf(LocalDate day) {
        return ProgressRule.compute(PLAN, entries, day, day.plusDays(14));
    }

    @Test
    void countsAsOfSeveralDays() {
        entry(1, null, LocalDate.of(2024, 3, 20), ProgressStatus.DONE);               // on time
        entry(4, LocalDate.of(2024, 3, 15), LocalDate.of(2024, 3, 1), ProgressStatus.IN_PROGRESS);
        entry(4, LocalDate.of(2024, 3, 15), LocalDate.of(2024, 3, 18), ProgressStatus.DONE); // late
        entry(4, LocalDate.of(2024, 6, 14), LocalDate.of(2024, 6, 14), ProgressStatus.DONE); // on time, same day
        entry(3, null, LocalDate.of(2024, 5, 2), ProgressStatus.IN_PROGRESS);

        PlanProgress jan = asOf(LocalDate.of(2024, 1, 10));
        assertThat(jan.tasks()).isEqualTo(4);
        assertThat(jan.occurrences()).isEqualTo(6);          // 1 + 1 + 4
        assertThat(jan.occurrencesDue()).isZero();
        assertThat(jan.notYetDue()).isEqualTo(6);
        assertThat(jan.undatedTasks()).isEqualTo(1);
        assertThat(jan.undatedWithProgress()).isZero();

        PlanProgress mar16 = asOf(LocalDate.of(2024, 3, 16));
        assertThat(mar16.occurrencesDue()).isEqualTo(1);     // the report of 15/3
        assertThat(mar16.overdue()).isEqualTo(1);
        assertThat(mar16.doneOnTime()).isZero();

        PlanProgress apr = asOf(LocalDate.of(2024, 4, 1));
        assertThat(apr.occurrencesDue()).isEqualTo(2);
        assertThat(apr.doneOnTime()).isEqualTo(1);
        assertThat(apr.doneLate()).isEqualTo(1);
        assertThat(apr.overdue()).isZero();
        assertThat(apr.notYetDue()).isEqualTo(4);

        PlanProgress oct = asOf(LocalDate.of(2024, 10, 1));
        assertThat(oct.occurrencesDue()).isEqualTo(4);       // 25/3, 15/3, 14/6, 13/9
        assertThat(oct.doneOnTime()).isEqualTo(2);
        assertThat(oct.doneLate()).isEqualTo(1);
        assertThat(oct.overdue()).isEqualTo(1);              // 13/9 not done
        assertThat(oct.notYetDue()).isEqualTo(2);
        assertThat(oct.undatedWithProgress()).isEqualTo(1);
        assertThat(oct.doneOnTime() + oct.doneLate() + oct.overdue() + oct.notYetDue()).isEqualTo(oct.occurrences());

        PlanProgress.Tally office = oct.byUnit().stream().filter(t -> t.key().equals("Văn phòng Sở")).findFirst()
                .orElseThrow();
        assertThat(office.tasks()).isEqualTo(3);
        assertThat(office.overdue()).isEqualTo(1);
        PlanProgress.Tally second = oct.bySection().get(1);
        assertThat(second.label()).isEqualTo("II. Báo cáo");
        assertThat(second.doneLate()).isEqualTo(1);
        assertThat(second.doneOnTime()).isEqualTo(1);
    }

    @Test
    void anEntryAfterTheDayIsNotSeen() {
        entry(1, null, LocalDate.of(2024, 3, 28), ProgressStatus.DONE);
        assertThat(asOf(LocalDate.of(2024, 3, 26)).overdue()).isEqualTo(2);
        PlanProgress after = asOf(LocalDate.of(2024, 3, 28));
        assertThat(after.doneLate()).isEqualTo(1);
        assertThat(after.items().stream().filter(o -> o.taskId() == 1).findFirst().orElseThrow().state())
                .isEqualTo(OccurrenceState.DONE_LATE);
    }

    @Test
    void dueOnTheDayItselfIsNotYetOverdue() {
        assertThat(ProgressRule.state(LocalDate.of(2024, 3, 25), null, LocalDate.of(2024, 3, 25)))
                .isEqualTo(OccurrenceState.NOT_YET_DUE);
        assertThat(ProgressRule.state(LocalDate.of(2024, 3, 25), null, LocalDate.of(2024, 3, 26)))
                .isEqualTo(OccurrenceState.OVERDUE);
    }

    @Test
    void dueSoonListsWhatIsNotDoneUpToTheLimit() {
        entry(4, LocalDate.of(2024, 12, 13), LocalDate.of(2024, 12, 2), ProgressStatus.DONE);
        PlanProgress dec = ProgressRule.compute(PLAN, entries, LocalDate.of(2024, 12, 2), LocalDate.of(2024, 12, 31));
        assertThat(dec.dueSoon()).extracting(PlanProgress.Occurrence::taskId).containsExactly(2L);
    }
}

package vn.motcua.controlplan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import vn.motcua.controlplan.ControlPlan;
import vn.motcua.controlplan.ControlPlans;
import vn.motcua.controlplan.PlanProgress;
import vn.motcua.controlplan.ScheduleKind;
import vn.motcua.identity.DemoAgency;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestClockConfiguration;

/** The demo department has this year's control plan, entered through the service, with progress to show. */
@IntegrationTest
class PlanDemoDataIntegrationTest {

    @Autowired
    ControlPlans plans;

    @Autowired
    PlanDemoData demo;

    @Test
    void theDemoDepartmentHasThisYearsPlanWithWorkDoneOnTimeLateOverdueAndNotYetDueWrittenOnce() {
        int year = TestClockConfiguration.START.getYear();
        List<ControlPlan> found = plans.list(DemoAgency.CODE.value(), year, PlanDemoData.OFFICER);
        assertThat(found).hasSize(1);
        ControlPlan plan = found.get(0);
        assertThat(plan.sections()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(plan.tasks()).allMatch(t -> t.schedule().kind() != ScheduleKind.TEXT || t.timeFrame() == null);
        assertThat(plan.tasks()).anyMatch(t -> t.schedule().kind() == ScheduleKind.MONTHLY);

        PlanProgress progress = plans.progress(plan.id(), TestClockConfiguration.START.toLocalDate(),
                PlanDemoData.OFFICER);
        assertThat(progress.doneOnTime()).isPositive();
        assertThat(progress.overdue()).isPositive();
        assertThat(progress.notYetDue()).isPositive();
        assertThat(progress.undatedWithProgress()).isPositive();

        int entries = plans.progressEntries(plan.id(), PlanDemoData.OFFICER).size();
        demo.run(new DefaultApplicationArguments());
        assertThat(plans.list(DemoAgency.CODE.value(), year, PlanDemoData.OFFICER)).hasSize(1);
        assertThat(plans.progressEntries(plan.id(), PlanDemoData.OFFICER)).hasSize(entries);
    }
}

package vn.motcua.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.InternalProcedurePlan;
import vn.motcua.catalog.InternalStep;
import vn.motcua.catalog.TimeLimit;
import vn.motcua.catalog.TimeLimitUnit;
import vn.motcua.shared.ProblemException.FieldProblem;

class InternalProcedureRulesTest {

    private static InternalStep days(String branch, String who, String days) {
        return new InternalStep(branch, who, "Xử lý", new BigDecimal(days), TimeLimitUnit.WORKING_DAY);
    }

    private static InternalStep hours(String who, String hours) {
        return new InternalStep(null, who, "Xử lý", new BigDecimal(hours), TimeLimitUnit.WORKING_HOUR);
    }

    private static List<FieldProblem> check(TimeLimit limit, InternalProcedurePlan plan) {
        return InternalProcedureRules.check("1.000001", limit, plan, "");
    }

    @Test
    void stepsThatAddUpToTheTimeLimitInWorkingDaysAndHoursFit() {
        var plan = new InternalProcedurePlan(List.of(days(null, "Bộ phận Một cửa", "0.5"), hours("Chuyên viên", "36"),
                days(null, "Lãnh đạo Sở", "5")), null, null);
        assertThat(check(TimeLimit.of(10, TimeLimitUnit.WORKING_DAY), plan)).isEmpty();
    }

    @Test
    void stepsLongerThanTheTimeLimitAreRefusedNamingTheLastStepsDuration() {
        var plan = new InternalProcedurePlan(List.of(days(null, "A", "4"), days(null, "B", "4")), "lý do", null);
        List<FieldProblem> problems = check(TimeLimit.of(7, TimeLimitUnit.WORKING_DAY), plan);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("steps[1].duration");
            assertThat(p.message()).contains("8 ngày làm việc").contains("7 ngày làm việc").contains("vượt");
        });
    }

    @Test
    void stepsShorterThanTheTimeLimitNeedARecordedReason() {
        var plan = new InternalProcedurePlan(List.of(days(null, "A", "2")), null, null);
        assertThat(check(TimeLimit.of(3, TimeLimitUnit.WORKING_DAY), plan))
                .extracting(FieldProblem::field).containsExactly("mismatchReason");
        var explained = new InternalProcedurePlan(plan.steps(), "Dự phòng 1 ngày cho bưu chính", null);
        assertThat(check(TimeLimit.of(3, TimeLimitUnit.WORKING_DAY), explained)).isEmpty();
    }

    @Test
    void theLongestOptionalBranchMustFitAndTheMainPathMayBeShorter() {
        var plan = new InternalProcedurePlan(List.of(days(null, "A", "5"), days(null, "B", "15"),
                days("Cần thẩm định của Hội đồng", "Hội đồng", "7")), null, null);
        assertThat(check(TimeLimit.of(27, TimeLimitUnit.WORKING_DAY), plan)).isEmpty();
        List<FieldProblem> tooLong = check(TimeLimit.of(25, TimeLimitUnit.WORKING_DAY), plan);
        assertThat(tooLong).extracting(FieldProblem::field).containsExactly("steps[2].duration");
        assertThat(tooLong.get(0).message()).contains("Cần thẩm định của Hội đồng");
    }

    @Test
    void aLimitInDaysOfUnconfirmedKindCannotBeComparedAndNeedsAReason() {
        var limit = new TimeLimit(BigDecimal.valueOf(15), TimeLimitUnit.DAY_AS_PRINTED, null, "15 days");
        var plan = new InternalProcedurePlan(List.of(days(null, "A", "15")), null, null);
        assertThat(check(limit, plan)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("mismatchReason");
            assertThat(p.message()).contains("chưa xác định loại ngày");
        });
        assertThat(check(limit, new InternalProcedurePlan(plan.steps(), "Chờ Sở xác nhận loại ngày", null))).isEmpty();
    }

    @Test
    void everyStepNeedsResponsibleActionAndAPositiveDurationInWorkingTime() {
        var plan = new InternalProcedurePlan(List.of(
                new InternalStep(null, " ", "Xử lý", BigDecimal.ONE, TimeLimitUnit.WORKING_DAY),
                new InternalStep(null, "B", "", BigDecimal.ZERO, TimeLimitUnit.CALENDAR_DAY)), null, null);
        assertThat(check(TimeLimit.of(1, TimeLimitUnit.WORKING_DAY), plan)).extracting(FieldProblem::field)
                .containsExactly("steps[0].responsible", "steps[1].action", "steps[1].unit", "steps[1].duration");
        assertThat(check(TimeLimit.of(1, TimeLimitUnit.WORKING_DAY), new InternalProcedurePlan(List.of(), null, null)))
                .extracting(FieldProblem::field).containsExactly("steps");
    }
}

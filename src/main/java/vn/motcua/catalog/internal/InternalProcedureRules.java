package vn.motcua.catalog.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.catalog.InternalProcedurePlan;
import vn.motcua.catalog.InternalStep;
import vn.motcua.catalog.TimeLimit;
import vn.motcua.catalog.TimeLimitUnit;
import vn.motcua.shared.ProblemException.FieldProblem;

/**
 * Whether an internal procedure fits its procedure's time limit (Decree 61/2018 Art. 12(3): steps and times that
 * fit the legal time limit). Paths: the main path (steps without a branch) and, for each optional branch, the main
 * path plus that branch's steps. No path may exceed the time limit; the longest path must equal it, unless a
 * reason is recorded. A limit that is not in working time (calendar days, or "ngày" whose kind is unconfirmed)
 * cannot be compared, so it needs a recorded reason.
 */
final class InternalProcedureRules {

    static final BigDecimal HOURS_PER_DAY = BigDecimal.valueOf(8);

    private InternalProcedureRules() {}

    /** Totals of a plan in working hours: main path and each branch's path. */
    record Totals(BigDecimal mainPath, Map<String, BigDecimal> branchPaths) {
        BigDecimal longest() {
            return branchPaths.values().stream().reduce(mainPath, BigDecimal::max);
        }
    }

    static Totals totals(InternalProcedurePlan plan) {
        BigDecimal main = BigDecimal.ZERO;
        Map<String, BigDecimal> branches = new LinkedHashMap<>();
        for (InternalStep step : plan.steps()) {
            BigDecimal hours = step.workingHours() == null ? BigDecimal.ZERO : step.workingHours();
            if (step.branch() == null) {
                main = main.add(hours);
            } else {
                branches.merge(step.branch(), hours, BigDecimal::add);
            }
        }
        BigDecimal mainTotal = main;
        branches.replaceAll((name, hours) -> hours.add(mainTotal));
        return new Totals(main, branches);
    }

    /** Every problem: first the steps' own (see {@link #structure}), then whether they fit the limit. */
    static List<FieldProblem> check(String procedureCode, TimeLimit limit, InternalProcedurePlan plan, String prefix) {
        List<FieldProblem> problems = structure(procedureCode, plan, prefix);
        return problems.isEmpty() ? fit(procedureCode, limit, plan, prefix) : problems;
    }

    /**
     * Problems of the steps themselves (missing responsible, action, unit or duration), each naming its field
     * under {@code prefix} (e.g. "items[0].internalProcedure.").
     */
    static List<FieldProblem> structure(String procedureCode, InternalProcedurePlan plan, String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        String who = "Quy trình nội bộ của thủ tục " + procedureCode + ": ";
        if (plan.steps().isEmpty()) {
            problems.add(new FieldProblem(prefix + "steps", who + "cần ít nhất một bước."));
            return problems;
        }
        for (int i = 0; i < plan.steps().size(); i++) {
            InternalStep step = plan.steps().get(i);
            String field = prefix + "steps[" + i + "].";
            String name = "bước " + (i + 1);
            if (blank(step.responsible())) {
                problems.add(new FieldProblem(field + "responsible", who + name + " chưa ghi đơn vị hoặc vai trò thực hiện."));
            }
            if (blank(step.action())) {
                problems.add(new FieldProblem(field + "action", who + name + " chưa ghi nội dung công việc."));
            }
            if (step.unit() != TimeLimitUnit.WORKING_DAY && step.unit() != TimeLimitUnit.WORKING_HOUR) {
                problems.add(new FieldProblem(field + "unit",
                        who + name + " phải tính thời gian bằng ngày làm việc hoặc giờ làm việc."));
            }
            if (step.duration() == null || step.duration().signum() <= 0) {
                problems.add(new FieldProblem(field + "duration", who + name + " phải có thời gian lớn hơn 0."));
            } else if (!storable(step.duration())) {
                problems.add(new FieldProblem(field + "duration", who + name
                        + " có thời gian quá lớn hoặc quá nhiều chữ số thập phân (tối đa hai)."));
            }
        }
        return problems;
    }

    /** Whether well-formed steps fit the time limit (see the class comment). */
    static List<FieldProblem> fit(String procedureCode, TimeLimit limit, InternalProcedurePlan plan, String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        String who = "Quy trình nội bộ của thủ tục " + procedureCode + ": ";
        BigDecimal limitHours = limit == null ? null : limit.workingHours();
        if (limitHours == null) {
            if (plan.mismatchReason() == null) {
                String why = limit == null || limit.unit() == null
                        ? "thủ tục chưa có thời hạn giải quyết"
                        : "thời hạn giải quyết tính bằng \"" + limit.unit().label() + "\", không so được với ngày làm việc";
                problems.add(new FieldProblem(prefix + "mismatchReason",
                        who + why + "; hãy ghi lý do (mismatchReason) để lưu quy trình."));
            }
            return problems;
        }
        Totals totals = totals(plan);
        checkPath(problems, who, prefix, plan, null, totals.mainPath(), limit, limitHours);
        totals.branchPaths().forEach((branch, hours) ->
                checkPath(problems, who, prefix, plan, branch, hours, limit, limitHours));
        if (problems.isEmpty() && totals.longest().compareTo(limitHours) < 0 && plan.mismatchReason() == null) {
            problems.add(new FieldProblem(prefix + "mismatchReason", who + "tổng thời gian các bước ("
                    + days(totals.longest()) + ") ít hơn thời hạn giải quyết (" + limit.display()
                    + "); hãy điều chỉnh thời gian các bước hoặc ghi lý do (mismatchReason)."));
        }
        return problems;
    }

    private static void checkPath(List<FieldProblem> problems, String who, String prefix, InternalProcedurePlan plan,
            String branch, BigDecimal hours, TimeLimit limit, BigDecimal limitHours) {
        if (hours.compareTo(limitHours) <= 0) {
            return;
        }
        int last = 0;
        for (int i = 0; i < plan.steps().size(); i++) {
            String stepBranch = plan.steps().get(i).branch();
            if (stepBranch == null || stepBranch.equals(branch)) {
                last = i;
            }
        }
        String path = branch == null ? "các bước" : "các bước theo nhánh \"" + branch + "\"";
        problems.add(new FieldProblem(prefix + "steps[" + last + "].duration", who + "tổng thời gian " + path + " ("
                + days(hours) + ") vượt thời hạn giải quyết (" + limit.display() + ")."));
    }

    /** "9,5 ngày làm việc" or "4 giờ làm việc". */
    static String days(BigDecimal hours) {
        if (hours.remainder(BigDecimal.valueOf(4)).signum() == 0) {
            BigDecimal days = hours.divide(HOURS_PER_DAY);
            return plain(days) + " ngày làm việc";
        }
        return plain(hours) + " giờ làm việc";
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString().replace('.', ',');
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Whether an amount fits the stored precision: below 100,000 with at most two decimals (e.g. 0.25 day). */
    static boolean storable(java.math.BigDecimal amount) {
        return amount.scale() <= 2 && amount.compareTo(java.math.BigDecimal.valueOf(100_000)) < 0;
    }
}

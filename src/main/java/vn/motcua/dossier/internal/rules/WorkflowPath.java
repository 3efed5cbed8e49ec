package vn.motcua.dossier.internal.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.motcua.catalog.InternalProcedure;
import vn.motcua.catalog.InternalStep;
import vn.motcua.shared.ProblemException;

/**
 * The steps a dossier walks: the main path of its internal procedure, plus the steps of the optional branch it
 * took. Without an internal procedure, a single step at the one-stop desk (receive and transfer).
 */
public record WorkflowPath(List<InternalStep> steps, Set<String> branches) {

    public static final InternalStep DESK_STEP = new InternalStep(null, "Bộ phận Một cửa", "Tiếp nhận và chuyển hồ sơ",
            null, null);

    public static WorkflowPath of(InternalProcedure procedure, String branch) {
        if (procedure == null || procedure.steps().isEmpty()) {
            return new WorkflowPath(List.of(DESK_STEP), Set.of());
        }
        List<InternalStep> steps = procedure.steps().stream()
                .filter(s -> s.branch() == null || s.branch().equals(branch)).toList();
        Set<String> branches = procedure.steps().stream().map(InternalStep::branch)
                .filter(java.util.Objects::nonNull).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        return new WorkflowPath(steps, branches);
    }

    public int size() {
        return steps.size();
    }

    public InternalStep step(int index) {
        return steps.get(index);
    }

    public BigDecimal hours(int index) {
        return steps.get(index).workingHours();
    }

    /** Refuses an unknown branch name (400). */
    public void requireBranch(String branch) {
        if (!branches.contains(branch)) {
            throw ProblemException.invalidField("branch", "Quy trình nội bộ không có nhánh \"" + branch + "\""
                    + (branches.isEmpty() ? "" : "; các nhánh: " + String.join(", ", branches)));
        }
    }
}

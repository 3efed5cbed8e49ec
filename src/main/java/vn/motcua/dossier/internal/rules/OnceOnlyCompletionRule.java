package vn.motcua.dossier.internal.rules;

import vn.motcua.shared.ProblemException;

/**
 * Before receipt, the desk asks at most {@code allowed} times for the dossier to be completed, listing every gap at
 * once; after that it receives or refuses the dossier.
 */
public record OnceOnlyCompletionRule(int allowed, String ruleSetName) {

    public static OnceOnlyCompletionRule of(RuleSet rules) {
        return new OnceOnlyCompletionRule(rules.maxIntakeCompletions(), rules.name());
    }

    /** Refuses (409) a request after {@code requestedSoFar} earlier ones have used the allowance. */
    public void check(int requestedSoFar) {
        if (requestedSoFar >= allowed) {
            throw ProblemException.conflict("Đã yêu cầu bổ sung, hoàn thiện hồ sơ " + requestedSoFar + " lần; theo "
                    + ruleSetName + " chỉ được yêu cầu " + allowed + " lần, hướng dẫn một lần đầy đủ. Hãy tiếp nhận "
                    + "hoặc từ chối hồ sơ.");
        }
    }
}

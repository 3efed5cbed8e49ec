package vn.motcua.dossier.internal.rules;

import vn.motcua.shared.ProblemException;

/**
 * During processing, a supplement is requested at most {@code allowed} times (Decree 118/2025 Art. 11: once, listing
 * every gap); after that the dossier is resolved or refused with reasons.
 */
public record OnceOnlySupplementRule(int allowed, String ruleSetName) {

    public static OnceOnlySupplementRule of(RuleSet rules) {
        return new OnceOnlySupplementRule(rules.maxProcessingSupplements(), rules.name());
    }

    /** Refuses (409) a request after {@code requestedSoFar} earlier ones have used the allowance. */
    public void check(int requestedSoFar) {
        if (requestedSoFar >= allowed) {
            throw ProblemException.conflict("Hồ sơ đã được yêu cầu bổ sung " + requestedSoFar + " lần; theo "
                    + ruleSetName + " chỉ được yêu cầu bổ sung " + allowed + " lần trong quá trình giải quyết.");
        }
    }
}

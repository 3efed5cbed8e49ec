package vn.motcua.dossier.internal.rules;

import vn.motcua.shared.ProblemException;

/**
 * The due date is moved by an extension at most {@code allowed} times. The dossier only records whether it was
 * extended, so an allowance above one is not counted: it lets further extensions through.
 */
public record ExtensionLimitRule(int allowed, String ruleSetName) {

    public static ExtensionLimitRule of(RuleSet rules) {
        return new ExtensionLimitRule(rules.maxExtensions(), rules.name());
    }

    /** Refuses (409) another extension of an {@code extended} dossier when one is all that is allowed. */
    public void check(boolean extended) {
        if (extended && allowed <= 1) {
            throw ProblemException.conflict("Hồ sơ đã được hẹn lại ngày trả kết quả một lần; theo " + ruleSetName
                    + " chỉ được hẹn lại không quá " + allowed + " lần.");
        }
    }
}

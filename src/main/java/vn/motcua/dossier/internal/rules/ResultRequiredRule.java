package vn.motcua.dossier.internal.rules;

import java.util.List;
import vn.motcua.shared.ProblemException;

/**
 * A dossier is resolved as granted only with its electronic result recorded, when its procedure states a result
 * ("Kết quả thực hiện" of the published content) and the rule is on ({@code motcua.dossier.result-required}, on by
 * default). Decree 118/2025 and Decree 45/2020 want every result electronic and stored under the dossier's
 * {@code -KQ} code. Procedures whose content does not state a result yet, refusals, and imported history (written by
 * the import, not by this action) are not refused.
 */
public record ResultRequiredRule(boolean enabled) {

    /** Refuses (409) a granted resolution without a recorded result of a procedure that states its results. */
    public void check(List<String> statedResults, int recordedResults) {
        if (enabled && !statedResults.isEmpty() && recordedResults == 0) {
            throw ProblemException.conflict("Thủ tục này có kết quả giải quyết (" + String.join("; ", statedResults)
                    + "); cần tải lên kết quả điện tử của hồ sơ trước khi ban hành kết quả giải quyết.");
        }
    }
}

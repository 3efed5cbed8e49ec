package vn.motcua.dossier.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import vn.motcua.shared.ProblemException;

class ExtensionLimitRuleTest {

    @Test
    void theFirstExtensionIsAllowed() {
        assertThatCode(() -> new ExtensionLimitRule(1, "Nghị định 118/2025/NĐ-CP").check(false))
                .doesNotThrowAnyException();
    }

    @Test
    void aSecondExtensionIsRefused() {
        ProblemException refused = catchThrowableOfType(ProblemException.class,
                () -> new ExtensionLimitRule(1, "Nghị định 118/2025/NĐ-CP").check(true));
        assertThat(refused.kind()).isEqualTo(ProblemException.Kind.CONFLICT);
        assertThat(refused.getMessage()).isEqualTo("Hồ sơ đã được hẹn lại ngày trả kết quả một lần; theo Nghị định "
                + "118/2025/NĐ-CP chỉ được hẹn lại không quá 1 lần.");
    }

    @Test
    void anAllowanceAboveOneLetsAnExtendedDossierBeExtendedAgain() {
        assertThatCode(() -> new ExtensionLimitRule(2, "Quy định khác").check(true)).doesNotThrowAnyException();
    }
}

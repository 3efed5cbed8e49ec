package vn.motcua.dossier.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import vn.motcua.shared.ProblemException;

class OnceOnlySupplementRuleTest {

    private final OnceOnlySupplementRule once = new OnceOnlySupplementRule(1, "Nghị định 118/2025/NĐ-CP");

    @Test
    void theFirstSupplementRequestIsAllowed() {
        assertThatCode(() -> once.check(0)).doesNotThrowAnyException();
    }

    @Test
    void aSecondSupplementRequestIsRefused() {
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> once.check(1));
        assertThat(refused.kind()).isEqualTo(ProblemException.Kind.CONFLICT);
        assertThat(refused.getMessage()).isEqualTo("Hồ sơ đã được yêu cầu bổ sung 1 lần; theo Nghị định "
                + "118/2025/NĐ-CP chỉ được yêu cầu bổ sung 1 lần trong quá trình giải quyết.");
    }

    @Test
    void aRuleSetAllowingTwoRequestsRefusesTheThird() {
        var twice = new OnceOnlySupplementRule(2, "Quy định cũ");
        assertThatCode(() -> twice.check(1)).doesNotThrowAnyException();
        assertThat(catchThrowableOfType(ProblemException.class, () -> twice.check(2)).kind())
                .isEqualTo(ProblemException.Kind.CONFLICT);
    }
}

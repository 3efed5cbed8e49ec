package vn.motcua.dossier.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import vn.motcua.shared.ProblemException;

class OnceOnlyCompletionRuleTest {

    private final OnceOnlyCompletionRule once = new OnceOnlyCompletionRule(1, "Nghị định 118/2025/NĐ-CP");

    @Test
    void theFirstCompletionRequestIsAllowed() {
        assertThatCode(() -> once.check(0)).doesNotThrowAnyException();
    }

    @Test
    void aSecondCompletionRequestIsRefusedWithTheWayForward() {
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> once.check(1));
        assertThat(refused.kind()).isEqualTo(ProblemException.Kind.CONFLICT);
        assertThat(refused.getMessage()).isEqualTo("Đã yêu cầu bổ sung, hoàn thiện hồ sơ 1 lần; theo Nghị định "
                + "118/2025/NĐ-CP chỉ được yêu cầu 1 lần, hướng dẫn một lần đầy đủ. Hãy tiếp nhận hoặc từ chối hồ sơ.");
    }
}

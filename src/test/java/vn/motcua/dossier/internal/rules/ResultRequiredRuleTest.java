package vn.motcua.dossier.internal.rules;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.shared.ProblemException;

class ResultRequiredRuleTest {

    private static final List<String> CERTIFICATE = List.of("Giấy chứng nhận");

    @Test
    void aProcedureStatingItsResultIsNotGrantedWithoutARecordedResult() {
        assertThatThrownBy(() -> new ResultRequiredRule(true).check(CERTIFICATE, 0))
                .isInstanceOf(ProblemException.class).hasMessageContaining("Giấy chứng nhận")
                .hasMessageContaining("kết quả điện tử");
    }

    @Test
    void oneRecordedResultIsEnough() {
        assertThatCode(() -> new ResultRequiredRule(true).check(CERTIFICATE, 1)).doesNotThrowAnyException();
    }

    @Test
    void aProcedureWhoseContentStatesNoResultIsNotRefused() {
        assertThatCode(() -> new ResultRequiredRule(true).check(List.of(), 0)).doesNotThrowAnyException();
    }

    @Test
    void theRuleCanBeSwitchedOff() {
        assertThatCode(() -> new ResultRequiredRule(false).check(CERTIFICATE, 0)).doesNotThrowAnyException();
    }
}

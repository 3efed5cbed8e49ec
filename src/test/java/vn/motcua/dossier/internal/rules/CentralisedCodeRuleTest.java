package vn.motcua.dossier.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CentralisedCodeRuleTest {

    private static final LocalDate IN_FORCE = LocalDate.of(2026, 1, 25);
    private final CentralisedCodeRule rule = new CentralisedCodeRule(IN_FORCE, Set.of("1.014445"), "12");

    @Test
    void aCentralisedProcedureReceivedFromTheFirstDayGetsTheCentralisedCodeAndNotTheDayBefore() {
        assertThat(rule.applies(IN_FORCE.minusDays(1), "1.014445")).isFalse();
        assertThat(rule.applies(IN_FORCE, "1.014445")).isTrue();
        assertThat(rule.applies(IN_FORCE.plusYears(1), "1.014445")).isTrue();
    }

    @Test
    void aProcedureNotServedByACentralisedSolutionKeepsTheLegacyCodeAfterTheFirstDay() {
        assertThat(rule.applies(IN_FORCE.plusDays(10), "1.014390")).isFalse();
        assertThat(rule.applies(IN_FORCE.plusDays(10), null)).isFalse();
    }

    @Test
    void theCodeIsAgencyReceiptDateSystemDigitsAndAtLeastFourDigitsOfTheDaySequence() {
        assertThat(rule.code("H05.123.45", LocalDate.of(2026, 2, 3), 7)).isEqualTo("H05.123.45-260203-120007");
        assertThat(rule.code("H05.123.45", LocalDate.of(2026, 2, 3), 12345)).isEqualTo("H05.123.45-260203-1212345");
        assertThat(rule.code("H05.123.45", LocalDate.of(2026, 2, 3), 7))
                .matches("^[A-Z]\\d{2}\\.\\d{3}\\.\\d{2}-\\d{6}-\\d{2}\\d{4,}$");
    }

    @Test
    void centralisedProceduresNeedTheTwoSystemDigits() {
        assertThatThrownBy(() -> new CentralisedCodeRule(IN_FORCE, Set.of("1.014445"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CentralisedCodeRule(IN_FORCE, Set.of("1.014445"), "1A"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new CentralisedCodeRule(IN_FORCE, Set.of(), null).applies(IN_FORCE, "1.014445")).isFalse();
    }
}

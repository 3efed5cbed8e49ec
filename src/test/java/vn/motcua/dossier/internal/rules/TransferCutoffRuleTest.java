package vn.motcua.dossier.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class TransferCutoffRuleTest {

    private final TransferCutoffRule rule = new TransferCutoffRule(LocalTime.of(15, 0));

    @Test
    void aPaperDossierReceivedByTheCutoffIsTransferredTheSameDay() {
        assertThat(rule.sameDay(LocalTime.of(9, 30), true)).isTrue();
        assertThat(rule.sameDay(LocalTime.of(15, 0), true)).isTrue();
    }

    @Test
    void aPaperDossierReceivedAfterTheCutoffIsTransferredTheNextWorkingMorning() {
        assertThat(rule.sameDay(LocalTime.of(15, 0, 1), true)).isFalse();
        assertThat(rule.sameDay(LocalTime.of(16, 45), true)).isFalse();
    }

    @Test
    void aDossierReceivedOnADayOffIsNeverTransferredTheSameDay() {
        assertThat(rule.sameDay(LocalTime.of(9, 0), false)).isFalse();
    }

    @Test
    void theRuleGovernsPaperDossiersAndStepsWithoutTheirOwnHours() {
        assertThat(rule.governs(true, BigDecimal.valueOf(4))).isTrue();
        assertThat(rule.governs(false, null)).isTrue();
        assertThat(rule.governs(false, BigDecimal.valueOf(4))).as("online: the first step's own hours").isFalse();
    }
}

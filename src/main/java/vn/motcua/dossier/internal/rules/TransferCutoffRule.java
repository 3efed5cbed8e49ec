package vn.motcua.dossier.internal.rules;

import java.math.BigDecimal;
import java.time.LocalTime;

/**
 * When the desk must hand a received dossier to the competent unit (Decree 61/118 Art. 18): a paper dossier received
 * by the {@code cutoff} (15:00) on a working day goes the same day, a later one by the end of the next working day's
 * first office window; an online dossier follows the first step's own working hours when the procedure gives them.
 */
public record TransferCutoffRule(LocalTime cutoff) {

    /** Whether this rule sets the desk step's deadline, rather than the step's own working hours. */
    public boolean governs(boolean paper, BigDecimal firstStepHours) {
        return paper || firstStepHours == null;
    }

    /** Whether a dossier received at {@code receivedAt} (local time) is due at the unit that same day. */
    public boolean sameDay(LocalTime receivedAt, boolean workingDay) {
        return workingDay && !receivedAt.isAfter(cutoff);
    }
}

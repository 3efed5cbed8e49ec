package vn.motcua.feedback.internal;

import java.time.LocalDate;

/**
 * The working-day limits in force from {@code effectiveFrom} (table {@code feedback_rule_set}): refusal, first
 * supplement request, forwarding, handling (reaching "awaiting publication"), publication; and whether a received
 * supplement restarts the handling clock (unconfirmed in the law, configurable).
 */
record RuleSet(int id, LocalDate effectiveFrom, int refusalDays, int firstSupplementDays, int forwardDays,
        int handlingDays, int publicationDays, boolean supplementRestartsClock) {}

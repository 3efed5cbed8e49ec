package vn.motcua.dossier.internal.rules;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The legal regime a dossier is handled under, chosen by its registration date and kept for its whole life: the
 * counts, windows, form set and code format that the law may change.
 *
 * @param maxProcessingSupplements supplement requests allowed during processing (Decree 118/2025 Art. 11: once)
 * @param maxIntakeCompletions completion requests allowed before receipt
 * @param supplementWindowWorkingDays a processing-stage supplement must be requested within this many working days
 *        of receipt (null: no window)
 * @param extensionNoticeWorkingDays an extension must be requested at least this many working days before the due
 *        date
 * @param extensionCountsLate whether an extended dossier counts as late against its original due date
 * @param transferCutoff paper dossiers received after this time are transferred the next working morning
 * @param nearDueWorkingDays an open dossier is "near due" within this many working days before its due date
 */
public record RuleSet(String id, String name, LocalDate effectiveFrom, String codeFormat, String formSet,
        int maxProcessingSupplements, int maxIntakeCompletions, Integer supplementWindowWorkingDays, int maxExtensions,
        int extensionNoticeWorkingDays, boolean extensionCountsLate, LocalTime transferCutoff, int nearDueWorkingDays,
        String basis) {}

package vn.motcua.dossier;

import java.time.Instant;

/**
 * One row of the process control sheet (phiếu kiểm soát quá trình giải quyết hồ sơ).
 *
 * @param kind PROCEDURE_STEP, CONSULTATION or INTER_AGENCY
 * @param timeliness early / on time / late against the step deadline once finished; within / near / overdue while
 *        open
 */
public record ControlSheetRow(int seq, String kind, String responsible, String action, String handedBy,
        String handedTo, Instant startedAt, Instant dueAt, Instant finishedAt, String finishedBy, String outcome,
        String note, Timeliness timeliness) {}

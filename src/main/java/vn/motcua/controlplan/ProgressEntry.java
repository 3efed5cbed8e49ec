package vn.motcua.controlplan;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One progress entry of a task: on {@code date} the task (its occurrence due on {@code dueDate}, null for a task
 * without a due date) was in {@code status}.
 */
public record ProgressEntry(long id, long taskId, LocalDate dueDate, LocalDate date, ProgressStatus status,
        String note, Evidence evidence, String recordedBy, Instant recordedAt) {}

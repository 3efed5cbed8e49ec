package vn.motcua.controlplan;

import java.time.LocalDate;

/** A progress entry to record; {@code dueDate} names the occurrence of a task with several due dates. */
public record ProgressInput(LocalDate date, ProgressStatus status, String note, Evidence evidence, LocalDate dueDate) {}

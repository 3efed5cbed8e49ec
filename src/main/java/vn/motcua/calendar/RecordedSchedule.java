package vn.motcua.calendar;

import java.time.Instant;

/** An official schedule as recorded: what it says, on what basis (the Government document), by whom and when. */
public record RecordedSchedule(YearSchedule schedule, String basis, String recordedBy, Instant recordedAt) {}

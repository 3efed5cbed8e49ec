package vn.motcua.feedback.internal;

import java.time.Instant;

/** The limits counted from the start of the handling clock (receipt or the latest supplement). */
record Schedule(Instant refusal, Instant firstSupplement, Instant forward, Instant handling) {}

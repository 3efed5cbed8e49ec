package vn.motcua.catalog;

import java.time.LocalDate;

/** The publication decision behind a version, as shown next to it. */
public record DecisionRef(long id, String number, LocalDate signedOn, LocalDate effectiveOn) {}

package vn.motcua.reporting;

import java.time.LocalDate;

/** The Decision 766 index of an agency for a period, computed from the ledger and the catalog at reading time. */
public record IndexReport(String agencyCode, String period, LocalDate from, LocalDate to, IndexResult result) {}

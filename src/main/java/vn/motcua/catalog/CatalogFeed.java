package vn.motcua.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Figures for reports: what took effect in a period, by month and field, and the catalog in force at the end of
 * the period by online level ("27/27 TTHC công khai", "16 một phần").
 */
public record CatalogFeed(String agency, LocalDate from, LocalDate to, List<Row> changes, Totals totals,
        long active, long abolished, Map<String, Long> byOnlineLevel) {

    /** Versions that took effect in one month and field, by what they announced. */
    public record Row(String period, String field, long published, long amended, long replaced, long abolished) {}

    public record Totals(long published, long amended, long replaced, long abolished) {}
}

package vn.motcua.periodic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.control.ControlActivitiesReport;
import vn.motcua.controlplan.PlanProgress;
import vn.motcua.reporting.CatalogReport;
import vn.motcua.reporting.PeriodType;
import vn.motcua.reporting.ResolutionReport;

/**
 * Everything a periodic report states for one agency and period, drawn from the records: form II.06a (as
 * {@code /api/v1/reports/dossier-resolution}), the catalog's publication figures, the control-activities blocks (as
 * {@code /api/v1/reports/control-activities}), online services, the control plan's progress at the period's end and
 * the plan's tasks due in the next period; then the report's sections as they print, each with its figures by key.
 *
 * @param plan       the agency's control plan in force for the period's year, or null when it has none
 * @param nextPeriod the period after this one and the plan's tasks due in it
 * @param checks     what the officer should look at before signing (figures that do not add up, overdue tasks, …)
 */
public record PeriodicContent(String agencyCode, String agencyName, ReportKind kind, String period,
        PeriodType periodType, LocalDate from, LocalDate to, String periodLabel, ResolutionReport resolution,
        CatalogReport publication, ControlActivitiesReport controlActivities, OnlineServices onlineServices,
        PlanStatus plan, NextPeriod nextPeriod, List<Section> sections, List<Check> checks) {

    /**
     * TTHC online (section II.8): procedures offered online (full / partial), dossiers received online and their rate,
     * online payment, digitisation of dossiers and results.
     *
     * @param portalSynced dossiers synchronised with the National Public Service Portal; null while the system keeps
     *                     no record of the exchange
     */
    public record OnlineServices(long proceduresInForce, long onlineFull, long onlinePartial, long receivedNew,
            long receivedOnline, BigDecimal onlineRate, long feeDossiers, long paidOnline, long digitizedAtIntake,
            long resolved, long resultsDigitized, Long portalSynced) {}

    /**
     * The control plan of the period's year and its progress at the period's end.
     *
     * @param overdueTasks the occurrences due by then and not done, by due date
     */
    public record PlanStatus(long id, String number, LocalDate issuedOn, String title, LocalDate asOf, int tasks,
            int occurrencesDue, int doneOnTime, int doneLate, int overdue, int notYetDue, int undatedTasks,
            List<PlanProgress.Tally> bySection, List<Task> overdueTasks) {}

    /** The next period and the tasks of its year's plan due in it, by due date. */
    public record NextPeriod(String period, String label, LocalDate from, LocalDate to, Long planId,
            List<Task> tasks) {}

    /** A task (an occurrence of a recurring one) of the plan, due on {@code dueDate}. */
    public record Task(long taskId, String section, String content, String leadUnit, String timeFrame,
            LocalDate dueDate) {}

    /**
     * A section of the report as it prints: its key ("II.3"), its heading, the figures it states and its lines of text
     * drawn from the records. The officer's narrative for the section comes after these lines.
     */
    public record Section(String key, String heading, List<Figure> figures, List<String> lines) {}

    /** One number of the report, named by a key stable across versions ("publication.decisions"). */
    public record Figure(String key, String label, long value) {}

    /** A check of the report's figures, in Vietnamese. */
    public record Check(String rule, boolean ok) {}

    /** Every figure of the report by key, in the order they print. */
    public Map<String, Long> figures() {
        Map<String, Long> all = new LinkedHashMap<>();
        for (Section section : sections) {
            for (Figure figure : section.figures()) {
                all.put(figure.key(), figure.value());
            }
        }
        return all;
    }
}

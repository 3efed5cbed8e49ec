package vn.motcua.controlplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A TTHC control plan of an agency for a year, with its appendix; each task carries its understood schedule.
 *
 * @param replacedByPlanId the later plan that replaces this one, if any
 */
public record ControlPlan(long id, String agencyCode, String agencyName, int year, String number,
        LocalDate issuedOn, String title, String signer, String signerTitle, List<String> basis,
        List<String> purpose, List<String> requirements, List<String> organisation, Long replacesPlanId,
        Long replacedByPlanId, List<Section> sections, int version, String updatedBy, Instant updatedAt) {

    public record Section(long id, String number, String title, List<Task> tasks) {}

    /** A task of the appendix; {@code number} is its place in its section (1, 2, …). */
    public record Task(long id, int number, String content, String leadUnit, List<String> coordinatingUnits,
            String expectedResult, String timeFrame, String note, Schedule schedule) {}

    public List<Task> tasks() {
        return sections.stream().flatMap(s -> s.tasks().stream()).toList();
    }
}

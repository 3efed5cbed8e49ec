package vn.motcua.controlplan;

import java.time.LocalDate;
import java.util.List;
import vn.motcua.identity.Agency;

/**
 * Control plans per agency and year, their progress and their documents. Control officers of the agency and
 * administrators write; its leaders read; nobody reads another agency's plans (403). Failures are
 * {@link vn.motcua.shared.ProblemException}s with a Vietnamese detail.
 */
public interface ControlPlans {

    ControlPlan create(PlanDraft draft, String actor);

    /** Replaces texts and appendix while the plan still has {@code expectedVersion} (412 otherwise). */
    ControlPlan update(long id, int expectedVersion, PlanDraft draft, String actor);

    ControlPlan get(long id, String actor);

    /** The agency's plans, of one year or all, newest year first. */
    List<ControlPlan> list(String agency, Integer year, String actor);

    /** A new plan for {@code year} with last year's texts and appendix, time frames moved to the new year. */
    ControlPlan copy(long id, int year, String actor);

    ProgressEntry recordProgress(long planId, long taskId, ProgressInput input, String actor);

    List<ProgressEntry> progressEntries(long planId, String actor);

    PlanProgress progress(long planId, LocalDate asOf, String actor);

    /** The plan in the Decree 30/2020 format with its appendix as a landscape table. */
    byte[] document(long id, String actor);

    /** The progress report of the plan as of a day (XLSX). */
    byte[] progressWorkbook(long id, LocalDate asOf, String actor);

    /** Due dates counted in working days: the {@code n}-th working day after {@code from}. */
    LocalDate workingDaysAfter(LocalDate from, int n);

    List<Agency> readableAgencies(String actor);

    boolean canWrite(String agency, String actor);
}

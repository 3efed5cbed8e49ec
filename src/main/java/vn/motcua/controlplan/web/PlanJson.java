package vn.motcua.controlplan.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.controlplan.ControlPlan;
import vn.motcua.controlplan.PlanProgress;
import vn.motcua.controlplan.Schedule;
import vn.motcua.controlplan.ScheduleKind;
import vn.motcua.shared.web.IfMatch;

/** The JSON of plans (contract names), with the Vietnamese names of kinds beside them. */
final class PlanJson {

    private PlanJson() {
    }

    static Map<String, Object> plan(ControlPlan p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", p.id());
        json.put("agencyCode", p.agencyCode());
        json.put("agencyName", p.agencyName());
        json.put("year", p.year());
        json.put("number", p.number());
        json.put("issuedOn", p.issuedOn());
        json.put("title", p.title());
        json.put("signer", p.signer());
        json.put("signerTitle", p.signerTitle());
        json.put("basis", p.basis());
        json.put("purpose", p.purpose());
        json.put("requirements", p.requirements());
        json.put("organisation", p.organisation());
        json.put("replacesPlanId", p.replacesPlanId());
        json.put("replacedByPlanId", p.replacedByPlanId());
        json.put("sections", p.sections().stream().map(PlanJson::section).toList());
        json.put("version", p.version());
        json.put("updatedBy", p.updatedBy());
        json.put("updatedAt", p.updatedAt());
        return json;
    }

    static Map<String, Object> summary(ControlPlan p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", p.id());
        json.put("agencyCode", p.agencyCode());
        json.put("year", p.year());
        json.put("number", p.number());
        json.put("issuedOn", p.issuedOn());
        json.put("title", p.title());
        json.put("replacesPlanId", p.replacesPlanId());
        json.put("replacedByPlanId", p.replacedByPlanId());
        json.put("tasks", p.tasks().size());
        json.put("version", p.version());
        return json;
    }

    private static Map<String, Object> section(ControlPlan.Section s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", s.id());
        json.put("number", s.number());
        json.put("title", s.title());
        json.put("tasks", s.tasks().stream().map(PlanJson::task).toList());
        return json;
    }

    private static Map<String, Object> task(ControlPlan.Task t) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", t.id());
        json.put("number", t.number());
        json.put("content", t.content());
        json.put("leadUnit", t.leadUnit());
        json.put("coordinatingUnits", t.coordinatingUnits());
        json.put("expectedResult", t.expectedResult());
        json.put("timeFrame", t.timeFrame());
        json.put("note", t.note());
        json.put("schedule", schedule(t.schedule()));
        return json;
    }

    static Map<String, Object> schedule(Schedule s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", s.kind().name());
        json.put("kindLabel", s.kind().label());
        json.put("dueDates", s.dueDates());
        json.put("understood", s.kind() != ScheduleKind.TEXT);
        json.put("explanation", s.explanation());
        return json;
    }

    static Map<String, Object> progress(PlanProgress p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("planId", p.planId());
        json.put("asOf", p.asOf());
        json.put("tasks", p.tasks());
        json.put("occurrences", p.occurrences());
        json.put("occurrencesDue", p.occurrencesDue());
        json.put("doneOnTime", p.doneOnTime());
        json.put("doneLate", p.doneLate());
        json.put("overdue", p.overdue());
        json.put("notYetDue", p.notYetDue());
        json.put("undatedTasks", p.undatedTasks());
        json.put("undatedWithProgress", p.undatedWithProgress());
        json.put("bySection", p.bySection());
        json.put("byUnit", p.byUnit());
        json.put("dueSoon", p.dueSoon().stream().map(PlanJson::occurrence).toList());
        json.put("items", p.items().stream().map(PlanJson::occurrence).toList());
        return json;
    }

    private static Map<String, Object> occurrence(PlanProgress.Occurrence o) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("taskId", o.taskId());
        json.put("section", o.section());
        json.put("taskNumber", o.taskNumber());
        json.put("content", o.content());
        json.put("leadUnit", o.leadUnit());
        json.put("timeFrame", o.timeFrame());
        json.put("dueDate", o.dueDate());
        json.put("state", o.state().name());
        json.put("stateLabel", o.state().label());
        json.put("doneOn", o.doneOn());
        json.put("lastEntry", o.lastEntry());
        json.put("lastNote", o.lastNote());
        return json;
    }

    static String etag(ControlPlan plan) {
        return IfMatch.etag(plan.version());
    }

    /** The version named by {@code If-Match}; 428 when missing. */
    static int version(String ifMatch) {
        return IfMatch.version(ifMatch, "kế hoạch");
    }

}

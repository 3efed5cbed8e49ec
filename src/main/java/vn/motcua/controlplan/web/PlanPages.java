package vn.motcua.controlplan.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.control.ControlActivities;
import vn.motcua.control.ControlList;
import vn.motcua.control.ControlRecord;
import vn.motcua.controlplan.ControlPlan;
import vn.motcua.controlplan.ControlPlans;
import vn.motcua.controlplan.Evidence;
import vn.motcua.controlplan.OccurrenceState;
import vn.motcua.controlplan.PlanProgress;
import vn.motcua.controlplan.ProgressInput;
import vn.motcua.controlplan.ProgressStatus;
import vn.motcua.identity.Agency;
import vn.motcua.identity.Unit;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.web.Pages;

/**
 * The plan pages: the agency's plans of a year ({@code /kiem-soat/ke-hoach}), the editor of a plan's texts and
 * appendix table ({@code …/moi}, {@code …/{id}/sua}; it saves through the REST API with the plan's version), and a
 * plan's progress ({@code …/{id}}: by section and by unit, a chart, what is due in the next 10 working days, and the
 * form that records progress with its evidence).
 */
@Controller
@PreAuthorize("hasAnyRole('CONTROL_OFFICER', 'LEADER', 'ADMINISTRATOR')")
class PlanPages {

    private static final String REFUSAL = "Kế hoạch kiểm soát TTHC của cơ quan chỉ dành "
            + "cho cán bộ kiểm soát TTHC, lãnh đạo của cơ quan đó và quản trị hệ thống.";

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ControlPlans plans;
    private final ControlActivities control;
    private final Clock clock;

    PlanPages(ControlPlans plans, ControlActivities control, Clock clock) {
        this.plans = plans;
        this.control = control;
        this.clock = clock;
    }

    /** A plan in the list. */
    record PlanRow(ControlPlan plan, int tasks, String replacedBy) {}

    /** A choice of the progress form: a task, or one occurrence of a recurring one. */
    record Choice(String value, String label) {}

    @GetMapping("/kiem-soat/ke-hoach")
    String list(@RequestParam(required = false) String agency, @RequestParam(required = false) Integer year,
            Authentication user, Model model) {
        Agency chosen = agency(agency, user);
        List<ControlPlan> found = plans.list(chosen.code().value(), year, user.getName());
        List<PlanRow> rows = new ArrayList<>();
        for (ControlPlan p : found) {
            String replacedBy = p.replacedByPlanId() == null ? null : found.stream()
                    .filter(o -> o.id() == p.replacedByPlanId()).map(ControlPlan::number).findFirst()
                    .orElse("số " + p.replacedByPlanId());
            rows.add(new PlanRow(p, p.tasks().size(), replacedBy));
        }
        model.addAttribute("agency", chosen);
        model.addAttribute("agencies", plans.readableAgencies(user.getName()));
        model.addAttribute("year", year);
        model.addAttribute("rows", rows);
        model.addAttribute("thisYear", today().getYear());
        model.addAttribute("canWrite", plans.canWrite(chosen.code().value(), user.getName()));
        return "controlplan/list";
    }

    @GetMapping("/kiem-soat/ke-hoach/moi")
    String create(@RequestParam(required = false) String agency, @RequestParam(required = false) Integer year,
            Authentication user, Model model) {
        Agency chosen = agency(agency, user);
        requireWriter(chosen, user);
        model.addAttribute("agency", chosen);
        model.addAttribute("year", year == null ? today().getYear() : year);
        model.addAttribute("planId", null);
        model.addAttribute("units", units(chosen, null));
        return "controlplan/editor";
    }

    @GetMapping("/kiem-soat/ke-hoach/{id:\\d+}/sua")
    String edit(@PathVariable long id, Authentication user, Model model) {
        ControlPlan plan = plans.get(id, user.getName());
        Agency chosen = agency(plan.agencyCode(), user);
        requireWriter(chosen, user);
        model.addAttribute("agency", chosen);
        model.addAttribute("year", plan.year());
        model.addAttribute("planId", plan.id());
        model.addAttribute("plan", plan);
        model.addAttribute("units", units(chosen, plan));
        return "controlplan/editor";
    }

    @GetMapping("/kiem-soat/ke-hoach/{id:\\d+}")
    String progress(@PathVariable long id, @RequestParam(required = false) String asOf, Authentication user,
            Model model) {
        ControlPlan plan = plans.get(id, user.getName());
        LocalDate day = today();
        if (asOf != null && !asOf.isBlank()) {
            try {
                day = parse(asOf);
            } catch (ProblemException e) {
                model.addAttribute("asOfError", "Ngày không hợp lệ: \"" + asOf + "\" (dạng dd/mm/yyyy)");
            }
        }
        fillProgress(model, plan, day, user);
        return "controlplan/progress";
    }

    @PostMapping("/kiem-soat/ke-hoach/{id:\\d+}/tien-do")
    String record(@PathVariable long id, @RequestParam(required = false) String occurrence,
            @RequestParam(required = false) String date, @RequestParam(required = false) String status,
            @RequestParam(required = false) String note, @RequestParam(required = false) String documentId,
            @RequestParam(required = false) String evidenceText, @RequestParam(required = false) String asOf,
            @RequestParam(name = "upload", required = false) MultipartFile upload, Authentication user, Model model,
            RedirectAttributes redirect) {
        ControlPlan plan = plans.get(id, user.getName());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("occurrence", occurrence);
        form.put("date", date);
        form.put("status", status);
        form.put("note", note);
        form.put("documentId", documentId);
        form.put("evidenceText", evidenceText);
        try {
            if (occurrence == null || occurrence.isBlank() || !occurrence.matches("\\d+:(\\d{4}-\\d{2}-\\d{2})?")) {
                throw ProblemException.invalidField("occurrence", "Chọn nhiệm vụ (và lần thực hiện)");
            }
            String[] parts = occurrence.split(":", -1);
            long taskId = Long.parseLong(parts[0]);
            LocalDate due = parts[1].isEmpty() ? null : LocalDate.parse(parts[1]);
            LocalDate on = date == null || date.isBlank() ? null : parse(date);
            ProgressStatus chosen = status == null || status.isBlank() ? null : ProgressStatus.valueOf(status);
            String fileId = null;
            if (upload != null && !upload.isEmpty()) {
                try (InputStream in = upload.getInputStream()) {
                    fileId = control.storeFile(in, user.getName());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            Long document = documentId == null || documentId.isBlank() ? null : Long.valueOf(documentId);
            plans.recordProgress(id, taskId, new ProgressInput(on, chosen, note,
                    new Evidence(document, fileId, evidenceText), due), user.getName());
            redirect.addFlashAttribute("message", "Đã ghi tiến độ.");
            return "redirect:/kiem-soat/ke-hoach/" + id + (asOf == null || asOf.isBlank() ? "" : "?asOf=" + asOf);
        } catch (ProblemException e) {
            Pages.addProblem(model, e);
            model.addAttribute("form", form);
            LocalDate day = today();
            try {
                day = asOf == null || asOf.isBlank() ? day : parse(asOf);
            } catch (ProblemException ignored) {
                // the day shown stays today
            }
            fillProgress(model, plan, day, user);
            return "controlplan/progress";
        }
    }

    @PostMapping("/kiem-soat/ke-hoach/{id:\\d+}/sao-chep")
    String copy(@PathVariable long id, @RequestParam(required = false) Integer year, Authentication user,
            RedirectAttributes redirect) {
        ControlPlan plan = plans.get(id, user.getName());
        ControlPlan copied = plans.copy(id, year == null ? plan.year() + 1 : year, user.getName());
        redirect.addFlashAttribute("message", "Đã sao kế hoạch " + plan.number() + " sang năm " + copied.year()
                + ": hãy sửa số, ngày và nội dung rồi lưu.");
        return "redirect:/kiem-soat/ke-hoach/" + copied.id() + "/sua";
    }

    private void fillProgress(Model model, ControlPlan plan, LocalDate day, Authentication user) {
        PlanProgress progress = plans.progress(plan.id(), day, user.getName());
        Agency chosen = agency(plan.agencyCode(), user);
        boolean canWrite = plans.canWrite(plan.agencyCode(), user.getName());
        model.addAttribute("agency", chosen);
        model.addAttribute("plan", plan);
        model.addAttribute("progress", progress);
        model.addAttribute("asOf", day);
        model.addAttribute("asOfText", day.format(DATE));
        model.addAttribute("soonUntil", plans.workingDaysAfter(day, 10));
        model.addAttribute("canWrite", canWrite);
        model.addAttribute("states", OccurrenceState.values());
        model.addAttribute("statuses", ProgressStatus.values());
        model.addAttribute("sectionChart", chart(progress.bySection(), true));
        model.addAttribute("unitChart", chart(progress.byUnit(), false));
        List<Choice> choices = new ArrayList<>();
        for (ControlPlan.Section s : plan.sections()) {
            for (ControlPlan.Task t : s.tasks()) {
                String label = s.number() + "." + t.number() + " — " + abbreviate(t.content());
                if (t.schedule().dueDates().isEmpty()) {
                    choices.add(new Choice(t.id() + ":", label + " (" + t.timeFrame() + ")"));
                }
                for (LocalDate due : t.schedule().dueDates()) {
                    choices.add(new Choice(t.id() + ":" + due, label + " — hạn " + due.format(DATE)));
                }
            }
        }
        model.addAttribute("choices", choices);
        if (!model.containsAttribute("form")) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("date", today().format(DATE));
            form.put("status", "DONE");
            model.addAttribute("form", form);
        }
        List<ControlRecord> documents = canWrite ? control.list(ControlList.DOCUMENTS, plan.agencyCode(), null,
                user.getName()) : List.of();
        model.addAttribute("documents", documents);
        model.addAttribute("entries", plans.progressEntries(plan.id(), user.getName()));
        Map<Long, String> taskNames = new LinkedHashMap<>();
        plan.sections().forEach(s -> s.tasks().forEach(t -> taskNames.put(t.id(), s.number() + "." + t.number())));
        model.addAttribute("taskNames", taskNames);
    }

    /** Bars per section or unit: done on time, done late, overdue, not yet due (Chart.js through js/charts.js). */
    private static String chart(List<PlanProgress.Tally> tallies, boolean keys) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("type", "bar");
        spec.put("labels", tallies.stream().map(t -> keys ? t.key() : t.label()).toList());
        List<Map<String, Object>> sets = new ArrayList<>();
        sets.add(Map.of("label", OccurrenceState.DONE_ON_TIME.label(), "color", "#1e7b34",
                "data", tallies.stream().map(PlanProgress.Tally::doneOnTime).toList()));
        sets.add(Map.of("label", OccurrenceState.DONE_LATE.label(), "color", "#b06d00",
                "data", tallies.stream().map(PlanProgress.Tally::doneLate).toList()));
        sets.add(Map.of("label", OccurrenceState.OVERDUE.label(), "color", "#a3161a",
                "data", tallies.stream().map(PlanProgress.Tally::overdue).toList()));
        sets.add(Map.of("label", OccurrenceState.NOT_YET_DUE.label(), "color", "#c9ced8",
                "data", tallies.stream().map(PlanProgress.Tally::notYetDue).toList()));
        spec.put("datasets", sets);
        spec.put("unit", "lần");
        spec.put("stacked", true);
        spec.put("horizontal", true);
        return JSON.writeValueAsString(spec);
    }

    /** The agency's units and the units the plan already names, for the editor's suggestions. */
    private static List<String> units(Agency agency, ControlPlan plan) {
        Set<String> names = new LinkedHashSet<>();
        for (Unit u : agency.units()) {
            names.add(u.name());
        }
        names.add("Các phòng, đơn vị thuộc cơ quan");
        if (plan != null) {
            for (ControlPlan.Task t : plan.tasks()) {
                if (t.leadUnit() != null) {
                    names.add(t.leadUnit());
                }
                names.addAll(t.coordinatingUnits());
            }
        }
        return List.copyOf(names);
    }

    private Agency agency(String requested, Authentication user) {
        return control.readableAgency(requested, user.getName(), REFUSAL);
    }

    private void requireWriter(Agency agency, Authentication user) {
        if (!plans.canWrite(agency.code().value(), user.getName())) {
            throw new ProblemException(ProblemException.Kind.FORBIDDEN, "Chỉ cán bộ kiểm soát TTHC của cơ quan "
                    + "hoặc quản trị hệ thống được lập, sửa kế hoạch kiểm soát TTHC.");
        }
    }

    /** A day typed dd/MM/yyyy (or yyyy-MM-dd). */
    static LocalDate parse(String text) {
        String s = text.strip();
        try {
            return s.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(s) : LocalDate.parse(s, DATE.withResolverStyle(
                    ResolverStyle.STRICT));
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(s, DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));
            } catch (DateTimeParseException e2) {
                throw ProblemException.invalidField("date", "Ngày \"" + s + "\" không phải ngày hợp lệ (dd/mm/yyyy)");
            }
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Pages.VIETNAM));
    }

    private static String abbreviate(String s) {
        return s.length() <= 70 ? s : s.substring(0, 70) + "…";
    }
}

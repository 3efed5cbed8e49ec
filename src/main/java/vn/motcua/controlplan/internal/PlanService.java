package vn.motcua.controlplan.internal;

import java.io.InputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.control.ControlActivities;
import vn.motcua.control.ControlList;
import vn.motcua.control.ControlRecord;
import vn.motcua.controlplan.ControlPlan;
import vn.motcua.controlplan.ControlPlans;
import vn.motcua.controlplan.Evidence;
import vn.motcua.controlplan.PlanDraft;
import vn.motcua.controlplan.PlanProgress;
import vn.motcua.controlplan.ProgressEntry;
import vn.motcua.controlplan.ProgressInput;
import vn.motcua.controlplan.ProgressStatus;
import vn.motcua.controlplan.Schedule;
import vn.motcua.identity.Agencies;
import vn.motcua.identity.Agency;
import vn.motcua.identity.AgencyCode;
import vn.motcua.platform.FileStorage;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.ProblemException.FieldProblem;
import vn.motcua.shared.web.Pages;

/**
 * Control plans: one transaction per write; plan edits check the version (412) after locking the row; access is
 * the control module's rule (officers of the agency write, its leaders read, administrators both).
 */
@Service
class PlanService implements ControlPlans {

    /** How many working days "due soon" looks ahead. */
    static final int SOON = 10;

    private final PlanRepository repository;
    private final ControlActivities control;
    private final Agencies agencies;
    private final WorkingCalendar calendar;
    private final FileStorage files;
    private final Clock clock;
    private final DayOffRule dayOff;

    PlanService(PlanRepository repository, ControlActivities control, Agencies agencies, WorkingCalendar calendar,
            FileStorage files, Clock clock, @Value("${motcua.control-plan.day-off:BEFORE}") DayOffRule dayOff) {
        this.repository = repository;
        this.control = control;
        this.agencies = agencies;
        this.calendar = calendar;
        this.files = files;
        this.clock = clock;
        this.dayOff = dayOff;
    }

    @Override
    @Transactional
    public ControlPlan create(PlanDraft draft, String actor) {
        String agency = requireWriter(draft == null ? null : draft.agencyCode(), actor);
        check(draft, null);
        PlanDraft d = normalised(draft, agency);
        if (d.replacesPlanId() != null) {
            PlanRepository.PlanRow replaced = repository.plan(d.replacesPlanId(), true).orElseThrow(
                    () -> ProblemException.invalidField("replacesPlanId", "Không có kế hoạch số " + d.replacesPlanId()
                            + " để thay thế"));
            if (!replaced.agencyCode().equals(agency) || replaced.year() != d.year()) {
                throw ProblemException.invalidField("replacesPlanId",
                        "Kế hoạch được thay thế phải của cùng cơ quan và cùng năm " + d.year());
            }
            if (replaced.replacedByPlanId() != null) {
                throw ProblemException.conflict("Kế hoạch " + replaced.number() + " đã được thay thế bởi kế hoạch khác");
            }
        }
        long id = repository.insertPlan(d, actor, now());
        writeAppendix(id, d.sections(), List.of(), List.of());
        return read(id);
    }

    @Override
    @Transactional
    public ControlPlan update(long id, int expectedVersion, PlanDraft draft, String actor) {
        PlanRepository.PlanRow row = repository.plan(id, true).orElseThrow(() -> notFound(id));
        requireWriter(row.agencyCode(), actor);
        if (row.version() != expectedVersion) {
            throw new ProblemException(ProblemException.Kind.PRECONDITION_FAILED, "Kế hoạch đã được "
                    + row.updatedBy() + " sửa (phiên bản " + row.version() + "); hãy tải lại rồi sửa tiếp.");
        }
        check(draft, row);
        PlanDraft d = normalised(draft, row.agencyCode());
        d = new PlanDraft(row.agencyCode(), row.year(), d.number(), d.issuedOn(), d.title(), d.signer(),
                d.signerTitle(), d.basis(), d.purpose(), d.requirements(), d.organisation(), row.replacesPlanId(),
                d.sections());
        repository.updatePlan(id, expectedVersion, d, actor, now());
        writeAppendix(id, d.sections(), repository.sections(id), repository.tasks(id));
        return read(id);
    }

    @Override
    @Transactional(readOnly = true)
    public ControlPlan get(long id, String actor) {
        ControlPlan plan = read(id);
        requireReader(plan.agencyCode(), actor);
        return plan;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ControlPlan> list(String agency, Integer year, String actor) {
        String code = requireReader(agency, actor);
        return repository.plans(code, year).stream().map(r -> assemble(r)).toList();
    }

    @Override
    @Transactional
    public ControlPlan copy(long id, int year, String actor) {
        ControlPlan from = get(id, actor);
        requireWriter(from.agencyCode(), actor);
        if (year < 2000 || year > 2200) {
            throw ProblemException.invalidField("year", "Năm không hợp lệ: " + year);
        }
        int y0 = from.year();
        List<PlanDraft.Section> sections = new ArrayList<>();
        for (ControlPlan.Section s : from.sections()) {
            List<PlanDraft.Task> tasks = new ArrayList<>();
            for (ControlPlan.Task t : s.tasks()) {
                tasks.add(new PlanDraft.Task(null, TimeFrames.shiftYears(t.content(), y0, year), t.leadUnit(),
                        t.coordinatingUnits(), TimeFrames.shiftYears(t.expectedResult(), y0, year),
                        TimeFrames.shiftYears(t.timeFrame(), y0, year), t.note()));
            }
            sections.add(new PlanDraft.Section(null, s.number(), TimeFrames.shiftYears(s.title(), y0, year), tasks));
        }
        PlanDraft draft = new PlanDraft(from.agencyCode(), year, "Dự thảo (sao từ " + from.number() + ")", null,
                TimeFrames.shiftYears(from.title(), y0, year), from.signer(), from.signerTitle(), from.basis(),
                from.purpose().stream().map(s -> TimeFrames.shiftYears(s, y0, year)).toList(),
                from.requirements(), from.organisation(), null, sections);
        return create(draft, actor);
    }

    @Override
    @Transactional
    public ProgressEntry recordProgress(long planId, long taskId, ProgressInput input, String actor) {
        ControlPlan plan = read(planId);
        requireWriter(plan.agencyCode(), actor);
        ControlPlan.Task task = plan.tasks().stream().filter(t -> t.id() == taskId).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Kế hoạch không có nhiệm vụ số " + taskId));
        List<FieldProblem> problems = new ArrayList<>();
        if (input == null || input.date() == null) {
            problems.add(new FieldProblem("date", "Cần nêu ngày (date)"));
        }
        if (input == null || input.status() == null) {
            problems.add(new FieldProblem("status", "Cần nêu trạng thái: IN_PROGRESS (đang thực hiện) hoặc DONE "
                    + "(đã hoàn thành)"));
        }
        LocalDate due = input == null ? null : input.dueDate();
        List<LocalDate> dueDates = task.schedule().dueDates();
        if (dueDates.size() > 1 && due == null) {
            problems.add(new FieldProblem("dueDate", "Nhiệm vụ lặp lại (" + task.timeFrame()
                    + "): cần nêu hạn của lần thực hiện (dueDate)"));
        } else if (due != null && !dueDates.contains(due)) {
            problems.add(new FieldProblem("dueDate", "Nhiệm vụ không có lần nào đến hạn ngày " + due
                    + (dueDates.isEmpty() ? " (nhiệm vụ không có hạn cụ thể)" : "; các hạn: " + dueDates)));
        }
        if (dueDates.size() == 1 && due == null) {
            due = dueDates.get(0);
        }
        Evidence evidence = input == null || input.evidence() == null ? Evidence.NONE : input.evidence();
        if (evidence.documentId() != null) {
            Optional<ControlRecord> document = Optional.empty();
            try {
                document = Optional.of(control.get(ControlList.DOCUMENTS, evidence.documentId(), actor));
            } catch (ProblemException e) {
                // not found or not readable: said below
            }
            if (document.isEmpty() || !document.get().agencyCode().equals(plan.agencyCode())) {
                problems.add(new FieldProblem("evidence.documentId", "Không có văn bản chỉ đạo số "
                        + evidence.documentId() + " của cơ quan " + plan.agencyCode()));
            }
        }
        if (evidence.fileId() != null && !evidence.fileId().isBlank() && !fileExists(evidence.fileId().strip())) {
            problems.add(new FieldProblem("evidence.fileId", "Không có tệp mã " + evidence.fileId()));
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(ProblemException.Kind.INVALID, "Chưa ghi được tiến độ: "
                    + String.join("; ", problems.stream().map(FieldProblem::message).toList()), problems);
        }
        ProgressInput in = new ProgressInput(input.date(), input.status(), input.note(), evidence, due);
        long id = repository.insertProgress(planId, taskId, in, actor, now());
        return repository.progress(planId).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProgressEntry> progressEntries(long planId, String actor) {
        get(planId, actor);
        return repository.progress(planId);
    }

    @Override
    @Transactional(readOnly = true)
    public PlanProgress progress(long planId, LocalDate asOf, String actor) {
        ControlPlan plan = get(planId, actor);
        LocalDate day = asOf == null ? today() : asOf;
        return ProgressRule.compute(plan, repository.progress(planId), day, workingDaysAfter(day, SOON));
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] document(long id, String actor) {
        ControlPlan plan = get(id, actor);
        Agency agency = agencies.find(AgencyCode.parse(plan.agencyCode())).orElseThrow();
        String parent = agency.parentCode() == null ? null
                : agencies.find(agency.parentCode()).map(Agency::name).orElse(null);
        ControlPlan replaced = plan.replacesPlanId() == null ? null : read(plan.replacesPlanId());
        return PlanDocument.write(plan, agency.name(), parent, replaced);
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] progressWorkbook(long id, LocalDate asOf, String actor) {
        ControlPlan plan = get(id, actor);
        LocalDate day = asOf == null ? today() : asOf;
        PlanProgress progress = ProgressRule.compute(plan, repository.progress(id), day, workingDaysAfter(day, SOON));
        return PlanWorkbook.write(plan, progress, repository.progress(id));
    }

    @Override
    public LocalDate workingDaysAfter(LocalDate from, int n) {
        LocalDate d = from;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (calendar.isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    @Override
    public List<Agency> readableAgencies(String actor) {
        return control.readableAgencies(actor);
    }

    @Override
    public boolean canWrite(String agency, String actor) {
        return control.canWrite(agency, actor);
    }

    // --- the appendix -------------------------------------------------------------------------------------------

    /** Writes sections and tasks in the draft's order: kept ids updated, new ones inserted, those left out removed. */
    private void writeAppendix(long planId, List<PlanDraft.Section> sections, List<PlanRepository.SectionRow> oldSections,
            List<PlanRepository.TaskRow> oldTasks) {
        Set<Long> sectionIds = new HashSet<>(oldSections.stream().map(PlanRepository.SectionRow::id).toList());
        Set<Long> taskIds = new HashSet<>(oldTasks.stream().map(PlanRepository.TaskRow::id).toList());
        List<FieldProblem> problems = new ArrayList<>();
        Set<Long> keptTasks = new HashSet<>();
        Set<Long> keptSections = new HashSet<>();
        for (int s = 0; s < sections.size(); s++) {
            PlanDraft.Section sec = sections.get(s);
            if (sec.id() != null && !sectionIds.contains(sec.id())) {
                problems.add(new FieldProblem("sections[" + s + "].id", "Mục " + sec.number()
                        + ": không thuộc kế hoạch này"));
            }
            for (int t = 0; t < sec.tasks().size(); t++) {
                Long id = sec.tasks().get(t).id();
                if (id != null && !taskIds.contains(id)) {
                    problems.add(new FieldProblem("sections[" + s + "].tasks[" + t + "].id",
                            "Nhiệm vụ số " + id + " không thuộc kế hoạch này"));
                }
                if (id != null) {
                    keptTasks.add(id);
                }
            }
            if (sec.id() != null) {
                keptSections.add(sec.id());
            }
        }
        List<Long> removed = taskIds.stream().filter(id -> !keptTasks.contains(id)).sorted().toList();
        List<Long> withProgress = repository.tasksWithProgress(removed);
        if (!withProgress.isEmpty()) {
            Map<Long, String> content = new HashMap<>();
            oldTasks.forEach(t -> content.put(t.id(), t.content()));
            for (Long id : withProgress) {
                problems.add(new FieldProblem("tasks", "Không xoá được nhiệm vụ đã có tiến độ: \""
                        + abbreviate(content.get(id)) + "\""));
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(ProblemException.Kind.INVALID, "Chưa lưu được phụ lục: "
                    + problems.get(0).message(), problems);
        }
        // positions are rewritten from 0 after the removed rows are gone
        removed.forEach(repository::deleteTask);
        Map<Integer, Long> sectionIdAt = new HashMap<>();
        for (int s = 0; s < sections.size(); s++) {
            PlanDraft.Section sec = sections.get(s);
            long sectionId;
            if (sec.id() != null) {
                sectionId = sec.id();
                repository.updateSection(sectionId, s, sec.number(), sec.title());
            } else {
                sectionId = repository.insertSection(planId, s, sec.number(), sec.title());
            }
            sectionIdAt.put(s, sectionId);
        }
        for (int s = 0; s < sections.size(); s++) {
            List<PlanDraft.Task> tasks = sections.get(s).tasks();
            for (int t = 0; t < tasks.size(); t++) {
                PlanDraft.Task task = tasks.get(t);
                if (task.id() != null) {
                    repository.updateTask(task.id(), sectionIdAt.get(s), t, task);
                } else {
                    repository.insertTask(planId, sectionIdAt.get(s), t, task);
                }
            }
        }
        sectionIds.stream().filter(id -> !keptSections.contains(id)).forEach(repository::deleteSection);
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }

    // --- reading ------------------------------------------------------------------------------------------------

    private ControlPlan read(long id) {
        return assemble(repository.plan(id, false).orElseThrow(() -> notFound(id)));
    }

    private ControlPlan assemble(PlanRepository.PlanRow r) {
        List<PlanRepository.TaskRow> tasks = repository.tasks(r.id());
        List<ControlPlan.Section> sections = new ArrayList<>();
        for (PlanRepository.SectionRow s : repository.sections(r.id())) {
            List<ControlPlan.Task> mine = new ArrayList<>();
            int n = 0;
            for (PlanRepository.TaskRow t : tasks) {
                if (t.sectionId() == s.id()) {
                    n++;
                    mine.add(new ControlPlan.Task(t.id(), n, t.content(), t.leadUnit(), t.coordinatingUnits(),
                            t.expectedResult(), t.timeFrame(), t.note(), schedule(t.timeFrame(), r.year())));
                }
            }
            sections.add(new ControlPlan.Section(s.id(), s.number(), s.title(), mine));
        }
        String agencyName = agencies.find(AgencyCode.parse(r.agencyCode())).map(Agency::name).orElse(r.agencyCode());
        return new ControlPlan(r.id(), r.agencyCode(), agencyName, r.year(), r.number(), r.issuedOn(), r.title(),
                r.signer(), r.signerTitle(), r.basis(), r.purpose(), r.requirements(), r.organisation(),
                r.replacesPlanId(), r.replacedByPlanId(), sections, r.version(), r.updatedBy(), r.updatedAt());
    }

    Schedule schedule(String timeFrame, int year) {
        return TimeFrames.schedule(timeFrame, year, calendar::isWorkingDay, dayOff);
    }

    // --- checks -------------------------------------------------------------------------------------------------

    /** Every problem of the draft at once (400). */
    private void check(PlanDraft d, PlanRepository.PlanRow existing) {
        List<FieldProblem> problems = new ArrayList<>();
        if (d == null) {
            throw ProblemException.invalidField("body", "Thiếu nội dung kế hoạch");
        }
        if (existing == null && d.year() == null) {
            problems.add(new FieldProblem("year", "Cần nêu năm của kế hoạch"));
        } else if (existing == null && (d.year() < 2000 || d.year() > 2200)) {
            problems.add(new FieldProblem("year", "Năm không hợp lệ: " + d.year()));
        }
        if (blank(d.number())) {
            problems.add(new FieldProblem("number", "Cần nêu số, ký hiệu kế hoạch (có thể ghi \"Dự thảo\")"));
        }
        if (blank(d.title())) {
            problems.add(new FieldProblem("title", "Cần nêu trích yếu (tên) kế hoạch"));
        }
        List<PlanDraft.Section> sections = d.sections() == null ? List.of() : d.sections();
        Set<String> numbers = new HashSet<>();
        for (int s = 0; s < sections.size(); s++) {
            PlanDraft.Section sec = sections.get(s);
            String at = "sections[" + s + "]";
            if (sec == null) {
                problems.add(new FieldProblem(at, "Mục trống"));
                continue;
            }
            if (blank(sec.number())) {
                problems.add(new FieldProblem(at + ".number", "Mục thứ " + (s + 1) + ": cần số mục (I, II, …)"));
            } else if (!numbers.add(sec.number().strip())) {
                problems.add(new FieldProblem(at + ".number", "Số mục " + sec.number().strip() + " bị trùng"));
            }
            if (blank(sec.title())) {
                problems.add(new FieldProblem(at + ".title", "Mục thứ " + (s + 1) + ": cần tên mục"));
            }
            List<PlanDraft.Task> tasks = sec.tasks() == null ? List.of() : sec.tasks();
            for (int t = 0; t < tasks.size(); t++) {
                PlanDraft.Task task = tasks.get(t);
                String tat = at + ".tasks[" + t + "]";
                String where = "Mục " + (blank(sec.number()) ? "?" : sec.number().strip()) + ", nhiệm vụ " + (t + 1);
                if (task == null || blank(task.content())) {
                    problems.add(new FieldProblem(tat + ".content", where + ": cần nội dung công việc"));
                }
                if (task == null || blank(task.timeFrame())) {
                    problems.add(new FieldProblem(tat + ".timeFrame", where + ": cần thời gian thực hiện"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(ProblemException.Kind.INVALID, "Kế hoạch chưa hợp lệ: "
                    + String.join("; ", problems.stream().map(FieldProblem::message).toList()), problems);
        }
    }

    private static PlanDraft normalised(PlanDraft d, String agency) {
        List<PlanDraft.Section> sections = new ArrayList<>();
        for (PlanDraft.Section s : d.sections() == null ? List.<PlanDraft.Section>of() : d.sections()) {
            List<PlanDraft.Task> tasks = new ArrayList<>();
            for (PlanDraft.Task t : s.tasks() == null ? List.<PlanDraft.Task>of() : s.tasks()) {
                tasks.add(new PlanDraft.Task(t.id(), t.content().strip(), trim(t.leadUnit()),
                        t.coordinatingUnits() == null ? List.of() : t.coordinatingUnits().stream()
                                .filter(u -> u != null && !u.isBlank()).map(String::strip).toList(),
                        trim(t.expectedResult()), t.timeFrame().strip(), trim(t.note())));
            }
            sections.add(new PlanDraft.Section(s.id(), s.number().strip(), s.title().strip(), tasks));
        }
        return new PlanDraft(agency, d.year(), d.number().strip(), d.issuedOn(), d.title().strip(), trim(d.signer()),
                trim(d.signerTitle()), d.basis(), d.purpose(), d.requirements(), d.organisation(), d.replacesPlanId(),
                sections);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    // --- access -------------------------------------------------------------------------------------------------

    private String requireWriter(String agency, String actor) {
        if (blank(agency)) {
            throw ProblemException.invalidField("agencyCode", "Cần nêu mã cơ quan (agencyCode)");
        }
        String code = agency.strip();
        try {
            AgencyCode.parse(code);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("agencyCode", "Mã cơ quan không hợp lệ: \"" + code + "\"");
        }
        if (agencies.find(AgencyCode.parse(code)).isEmpty()) {
            throw ProblemException.invalidField("agencyCode", "Không có cơ quan mã " + code);
        }
        if (!control.canWrite(code, actor)) {
            throw new ProblemException(ProblemException.Kind.FORBIDDEN, "Chỉ cán bộ kiểm soát TTHC của cơ quan "
                    + code + " hoặc quản trị hệ thống được lập, sửa kế hoạch kiểm soát TTHC và ghi tiến độ.");
        }
        return code;
    }

    private String requireReader(String agency, String actor) {
        if (blank(agency)) {
            throw ProblemException.invalidField("agency", "Cần nêu mã cơ quan (agency)");
        }
        String code = agency.strip();
        if (control.readableAgencies(actor).stream().noneMatch(a -> a.code().value().equals(code))) {
            throw new ProblemException(ProblemException.Kind.FORBIDDEN, "Kế hoạch kiểm soát TTHC của cơ quan chỉ "
                    + "dành cho cán bộ kiểm soát TTHC, lãnh đạo của cơ quan đó và quản trị hệ thống.");
        }
        return code;
    }

    private boolean fileExists(String key) {
        try {
            Optional<InputStream> in = files.open(key);
            if (in.isPresent()) {
                in.get().close();
                return true;
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static ProblemException notFound(long id) {
        return ProblemException.notFound("Không có kế hoạch kiểm soát TTHC số " + id);
    }

    private Instant now() {
        return clock.instant();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Pages.VIETNAM));
    }
}

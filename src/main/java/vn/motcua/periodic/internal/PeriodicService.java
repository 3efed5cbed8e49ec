package vn.motcua.periodic.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.control.ControlActivities;
import vn.motcua.control.ControlActivitiesReport;
import vn.motcua.controlplan.ControlPlan;
import vn.motcua.controlplan.ControlPlans;
import vn.motcua.controlplan.PlanProgress;
import vn.motcua.periodic.Narrative;
import vn.motcua.periodic.PeriodicContent;
import vn.motcua.periodic.PeriodicReport;
import vn.motcua.periodic.PeriodicReports;
import vn.motcua.periodic.ReportKind;
import vn.motcua.platform.FileStorage;
import vn.motcua.reporting.CatalogReport;
import vn.motcua.reporting.PeriodType;
import vn.motcua.reporting.ReportingPeriod;
import vn.motcua.reporting.Reports;
import vn.motcua.reporting.ResolutionReport;
import vn.motcua.shared.ProblemException;

/**
 * Periodic reports: the content gathered from the reports of the dossier ledger and the catalog, the control lists
 * and the control plan; drafts kept with their narrative; issuing freezes content, figures and DOCX in one
 * transaction. Reading follows the control lists' rule (the agency's control officers and leaders, administrators),
 * writing and issuing too (control officers and administrators).
 */
@Service
class PeriodicService implements PeriodicReports {

    private final Reports reports;
    private final ControlActivities control;
    private final ControlPlans plans;
    private final PeriodicRepository repository;
    private final FileStorage files;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PeriodicService(Reports reports, ControlActivities control, ControlPlans plans, PeriodicRepository repository,
            FileStorage files, JsonMapper json, TransactionTemplate transaction, Clock clock) {
        this.reports = reports;
        this.control = control;
        this.plans = plans;
        this.repository = repository;
        this.files = files;
        this.json = json;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public PeriodicContent content(String agency, ReportingPeriod period, ReportKind kind, String actor) {
        requireLength(kind, period);
        return gather(agency, period, kind, actor);
    }

    @Override
    public PeriodicContent preview(String agency, ReportingPeriod period, String actor) {
        return gather(agency, period, ReportKind.forPeriod(period.kind()).orElse(null), actor);
    }

    /** The content; {@code kind} null for a period without a report of its length (worded as the quarterly one). */
    private PeriodicContent gather(String agency, ReportingPeriod period, ReportKind kind, String actor) {
        ResolutionReport resolution = reports.resolution(agency, period, actor);
        String code = resolution.agencyCode();
        return assemble(kind, period, resolution, reports.catalog(code, period, actor),
                control.report(code, period, actor), planStatus(code, period, actor), nextPeriod(code, period, actor));
    }

    /** The content from the blocks the modules computed: online services, sections and checks derived from them. */
    static PeriodicContent assemble(ReportKind kind, ReportingPeriod period, ResolutionReport resolution,
            CatalogReport publication, ControlActivitiesReport activities, PeriodicContent.PlanStatus plan,
            PeriodicContent.NextPeriod next) {
        ResolutionReport.EService e = resolution.eService();
        PeriodicContent.OnlineServices online = new PeriodicContent.OnlineServices(publication.procedures(),
                publication.onlineFull(), publication.onlinePartial(), e.receivedTotal(), e.receivedOnline(),
                e.onlineRate(), e.feeDossiers(), e.paidOnline(), e.digitizedAtIntake(),
                resolution.total().resolved().total(), e.resultsDigitized(), null);
        List<PeriodicContent.Section> sections = SectionWriter.sections(kind, new SectionWriter.Blocks(
                "từ ngày " + SectionWriter.date(period.from()) + " đến ngày " + SectionWriter.date(period.to()),
                resolution, publication, activities, online, plan, next));
        return new PeriodicContent(resolution.agencyCode(), resolution.agencyName(), kind, period.name(),
                period.type(), period.from(), period.to(), period.label(), resolution, publication, activities, online,
                plan, next, sections, checks(resolution, activities, plan));
    }

    /** A quarter's report needs a quarter, and so on; a self-inspection covers a year. */
    private static void requireLength(ReportKind kind, ReportingPeriod period) {
        if (period.kind() != kind.period()) {
            throw ProblemException.invalidField("period", kind.label() + " lập cho kỳ "
                    + kind.period().label().toLowerCase(SectionWriter.VIETNAMESE) + ", không cho kỳ \"" + period.name()
                    + "\"");
        }
    }

    /** The plan in force for the period's year (not replaced by a later one) and its progress at the period's end. */
    private PeriodicContent.PlanStatus planStatus(String agency, ReportingPeriod period, String actor) {
        ControlPlan plan = planOf(agency, period.to().getYear(), actor);
        if (plan == null) {
            return null;
        }
        PlanProgress p = plans.progress(plan.id(), period.to(), actor);
        List<PeriodicContent.Task> overdue = p.items().stream()
                .filter(o -> o.state() == vn.motcua.controlplan.OccurrenceState.OVERDUE).map(PeriodicService::task)
                .sorted(Comparator.comparing(PeriodicContent.Task::dueDate)).toList();
        return new PeriodicContent.PlanStatus(plan.id(), plan.number(), plan.issuedOn(), plan.title(), period.to(),
                p.tasks(), p.occurrencesDue(), p.doneOnTime(), p.doneLate(), p.overdue(), p.notYetDue(),
                p.undatedTasks(), p.bySection(), overdue);
    }

    private static PeriodicContent.Task task(PlanProgress.Occurrence o) {
        return new PeriodicContent.Task(o.taskId(), o.section(), o.content(), o.leadUnit(), o.timeFrame(),
                o.dueDate());
    }

    private ControlPlan planOf(String agency, int year, String actor) {
        return plans.list(agency, year, actor).stream().filter(p -> p.replacedByPlanId() == null)
                .max(Comparator.comparing((ControlPlan p) -> p.issuedOn() == null ? LocalDate.MIN : p.issuedOn())
                        .thenComparingLong(ControlPlan::id))
                .orElse(null);
    }

    /** The next period of the same length and the tasks of its year's plan due in it. */
    private PeriodicContent.NextPeriod nextPeriod(String agency, ReportingPeriod period, String actor) {
        if (period.kind() == vn.motcua.reporting.PeriodKind.RANGE || period.to().getYear() >= ReportingPeriod.MAX_YEAR) {
            return new PeriodicContent.NextPeriod(null, "kỳ tới", null, null, null, List.of());
        }
        ReportingPeriod next = ReportingPeriod.containing(period.to().plusDays(1), period.kind(), period.type());
        ControlPlan plan = planOf(agency, next.to().getYear(), actor);
        List<PeriodicContent.Task> tasks = new ArrayList<>();
        if (plan != null) {
            for (PlanProgress.Occurrence o : plans.progress(plan.id(), next.to(), actor).items()) {
                if (o.dueDate() != null && next.contains(o.dueDate())) {
                    tasks.add(task(o));
                }
            }
        }
        tasks.sort(Comparator.comparing(PeriodicContent.Task::dueDate).thenComparingLong(PeriodicContent.Task::taskId));
        return new PeriodicContent.NextPeriod(next.name(), next.label(), next.from(), next.to(),
                plan == null ? null : plan.id(), tasks);
    }

    private static List<PeriodicContent.Check> checks(ResolutionReport resolution, ControlActivitiesReport control,
            PeriodicContent.PlanStatus plan) {
        return List.of(
                new PeriodicContent.Check("Số liệu Biểu II.06a cân đối (tiếp nhận = đã giải quyết + đang giải quyết; "
                        + "các cột cộng đúng)", resolution.consistent()),
                new PeriodicContent.Check("Có kế hoạch kiểm soát TTHC năm trên hệ thống", plan != null),
                new PeriodicContent.Check("Không có nhiệm vụ của kế hoạch quá hạn chưa hoàn thành",
                        plan == null || plan.overdue() == 0),
                new PeriodicContent.Check("Không có hồ sơ đang giải quyết quá hạn tại ngày chốt số liệu",
                        resolution.total().inProgress().overdue() == 0),
                new PeriodicContent.Check("Không có phản ánh, kiến nghị đang xử lý quá hạn",
                        control.feedback().inProgressOverdue() == 0));
    }

    @Override
    public byte[] document(PeriodicContent content, Narrative narrative, String actor) {
        return reports.document(DocumentComposer.compose(content, periodOf(content.period(), content.periodType()),
                narrative, null), actor);
    }

    private static ReportingPeriod periodOf(String name, PeriodType type) {
        return ReportingPeriod.parse(name, type);
    }

    @Override
    public PeriodicReport saveDraft(String agency, ReportingPeriod period, ReportKind kind, Narrative narrative,
            Integer expectedVersion, String actor) {
        requireLength(kind, period);
        String code = requireWriter(agency, actor);
        Narrative written = (narrative == null ? Narrative.NONE : narrative).validated();
        Instant now = clock.instant();
        Long id = transaction.execute(status -> {
            var draft = repository.lockDraft(code, kind, period);
            if (draft.isEmpty()) {
                var created = repository.insertDraft(code, kind, period, written, actor, now);
                if (created.isPresent()) {
                    return created.get();
                }
                draft = repository.lockDraft(code, kind, period);
            }
            PeriodicReport found = draft.orElseThrow();
            requireVersion(found, expectedVersion);
            repository.updateNarrative(found.id(), written, actor, now);
            return found.id();
        });
        return repository.find(Objects.requireNonNull(id)).orElseThrow();
    }

    @Override
    public PeriodicReport get(long id, String actor) {
        PeriodicReport report = repository.find(id).orElseThrow(PeriodicService::notFound);
        requireReader(report.agencyCode(), actor);
        return report;
    }

    @Override
    public List<PeriodicReport> list(String agency, ReportingPeriod period, String actor) {
        return repository.list(requireReader(agency, actor), period);
    }

    @Override
    public PeriodicContent contentOf(PeriodicReport report, String actor) {
        requireReader(report.agencyCode(), actor);
        if (report.issued()) {
            return json.readValue(repository.content(report.id()), PeriodicContent.class);
        }
        return content(report.agencyCode(), periodOf(report.period(), report.periodType()), report.kind(), actor);
    }

    @Override
    public List<Change> changes(PeriodicReport report, PeriodicContent now, String actor) {
        requireReader(report.agencyCode(), actor);
        if (report.issued()) {
            return List.of();
        }
        return repository.lastIssuedFigures(report).map(issued -> changes(issued, now)).orElse(List.of());
    }

    /** The figures whose value differs, in print order; figures that appeared or went away count as changed. */
    static List<Change> changes(Map<String, Long> issued, PeriodicContent now) {
        List<Change> changes = new ArrayList<>();
        Map<String, Long> current = now.figures();
        for (PeriodicContent.Section section : now.sections()) {
            for (PeriodicContent.Figure figure : section.figures()) {
                Long before = issued.get(figure.key());
                if (!Objects.equals(before, figure.value())) {
                    changes.add(new Change(figure.key(), figure.label(), before, figure.value()));
                }
            }
        }
        issued.forEach((key, value) -> {
            if (!current.containsKey(key)) {
                changes.add(new Change(key, key, value, null));
            }
        });
        return changes;
    }

    @Override
    public PeriodicReport issue(long id, String number, LocalDate issuedOn, Integer expectedVersion, String actor) {
        if (number == null || number.isBlank()) {
            throw ProblemException.invalidField("number", "Cần số văn bản của báo cáo, ví dụ 15/BC-SKHCN");
        }
        if (number.length() > Narrative.MAX_LINE) {
            throw ProblemException.invalidField("number", "Số văn bản dài quá " + Narrative.MAX_LINE + " ký tự");
        }
        if (issuedOn == null) {
            throw ProblemException.invalidField("issuedOn", "Cần ngày ban hành báo cáo");
        }
        PeriodicReport before = repository.find(id).orElseThrow(PeriodicService::notFound);
        requireWriter(before.agencyCode(), actor);
        transaction.executeWithoutResult(status -> {
            PeriodicReport report = repository.lock(id).orElseThrow(PeriodicService::notFound);
            if (report.issued()) {
                throw ProblemException.conflict("Báo cáo đã được ban hành (số " + report.number() + "); muốn sửa hãy "
                        + "lập dự thảo mới của kỳ.");
            }
            requireVersion(report, expectedVersion);
            if (issuedOn.isAfter(LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))))) {
                throw ProblemException.invalidField("issuedOn", "Ngày ban hành không thể sau ngày hôm nay");
            }
            if (issuedOn.isBefore(report.to())) {
                throw ProblemException.invalidField("issuedOn", "Ngày ban hành không thể trước ngày chốt số liệu "
                        + SectionWriter.date(report.to()));
            }
            PeriodicContent content = contentOf(report, actor);
            Narrative numbered = withNumber(report.narrative(), number.strip());
            byte[] document = reports.document(DocumentComposer.compose(content,
                    periodOf(report.period(), report.periodType()), numbered, issuedOn), actor);
            String key = files.store(new ByteArrayInputStream(document)).key();
            repository.issue(id, repository.nextRevision(report), numbered, issuedOn, json.writeValueAsString(content),
                    content.figures(), key, actor, clock.instant());
        });
        return repository.find(id).orElseThrow();
    }

    private static Narrative withNumber(Narrative n, String number) {
        return new Narrative(number, n.difficulties(), n.proposals(), n.nextTasks(), n.signerTitle(), n.signerName(),
                n.recipients(), n.strengths(), n.sections());
    }

    @Override
    public byte[] document(long id, String actor) {
        PeriodicReport report = get(id, actor);
        if (!report.issued()) {
            return document(contentOf(report, actor), report.narrative(), actor);
        }
        try (InputStream in = files.open(repository.documentKey(id)).orElseThrow(() -> ProblemException.notFound(
                "Không tìm thấy tệp của báo cáo đã ban hành"))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireVersion(PeriodicReport report, Integer expected) {
        if (expected != null && expected != report.version()) {
            throw new ProblemException(ProblemException.Kind.PRECONDITION_FAILED, "Báo cáo đã được người khác sửa "
                    + "(phiên bản " + report.version() + "); hãy tải lại trước khi lưu.");
        }
    }

    private String requireReader(String agency, String actor) {
        return control.readableAgency(agency, actor, "Báo cáo định kỳ của cơ quan chỉ dành cho lãnh đạo, cán bộ "
                + "kiểm soát TTHC của cơ quan đó.").code().value();
    }

    private String requireWriter(String agency, String actor) {
        if (agency == null || agency.isBlank()) {
            throw ProblemException.invalidField("agency", "Cần nêu mã cơ quan (agency)");
        }
        String code = requireReader(agency, actor);
        if (!control.canWrite(code, actor)) {
            throw new ProblemException(ProblemException.Kind.FORBIDDEN, "Chỉ cán bộ kiểm soát TTHC của cơ quan lập "
                    + "và ban hành báo cáo định kỳ.");
        }
        return code;
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("Không có báo cáo định kỳ này");
    }
}

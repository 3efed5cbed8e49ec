package vn.motcua.periodic.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.motcua.control.ControlActivities;
import vn.motcua.identity.Agency;
import vn.motcua.periodic.Narrative;
import vn.motcua.periodic.PeriodicContent;
import vn.motcua.periodic.PeriodicReport;
import vn.motcua.periodic.PeriodicReports;
import vn.motcua.periodic.ReportKind;
import vn.motcua.reporting.PeriodKind;
import vn.motcua.reporting.PeriodType;
import vn.motcua.reporting.ReportingPeriod;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.web.Pages;
import vn.motcua.shared.web.TypedDates;

/**
 * The report composer ({@code /bao-cao/dinh-ky}): pick the kind and period, read the whole report as it will print —
 * every section's lines drawn from the records, which cannot be typed over — write the narrative under each section,
 * see the checks and what changed since the last issued version, save the draft, download it as DOCX and issue it with
 * its number and date. An issued version ({@code /bao-cao/dinh-ky/{id}}) is shown as issued.
 */
@Controller
@PreAuthorize("hasAnyRole('CONTROL_OFFICER', 'LEADER', 'ADMINISTRATOR')")
class PeriodicPages {

    private static final String REFUSAL = "Báo cáo định kỳ của cơ quan chỉ dành cho cán bộ kiểm soát TTHC, lãnh đạo "
            + "của cơ quan đó và quản trị hệ thống.";
    /** Form fields of the narrative under a section: {@code s_II.3}. */
    static final String SECTION_FIELD = "s_";

    private final PeriodicReports reports;
    private final ControlActivities control;
    private final Clock clock;

    PeriodicPages(PeriodicReports reports, ControlActivities control, Clock clock) {
        this.reports = reports;
        this.control = control;
        this.clock = clock;
    }

    /** A section as the composer shows it, with the narrative field under it (none for a heading of parts). */
    record SectionView(String key, String heading, List<String> lines, String field, String value, String label) {

        /** The narrative's paragraphs, one per non-blank line. */
        public List<String> narrativeLines() {
            return value.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        }
    }

    /** A choice of a select. */
    record Choice(String value, String label) {}

    @GetMapping("/bao-cao/dinh-ky")
    String composer(@RequestParam(required = false) String agency, @RequestParam(required = false) String kind,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) Integer term,
            @RequestParam(required = false) String period, @RequestParam(required = false) String periodType,
            Authentication user, Model model) {
        Agency chosen = control.readableAgency(agency, user.getName(), REFUSAL);
        ReportKind named = ReportKind.named(kind);
        ReportingPeriod picked = chosenPeriod(named, year, term, period, periodType);
        ReportKind reportKind = named != null ? named
                : ReportKind.forPeriod(picked.kind()).orElse(ReportKind.QUARTER);
        ReportingPeriod chosenPeriod = reportKind.period() == picked.kind() ? picked
                : ReportingPeriod.containing(picked.to(), reportKind.period(), picked.type());
        String actor = user.getName();
        String code = chosen.code().value();
        List<PeriodicReport> versions = reports.list(code, chosenPeriod, actor).stream()
                .filter(r -> r.kind() == reportKind).toList();
        PeriodicReport draft = versions.stream().filter(r -> !r.issued()).findFirst().orElse(null);
        PeriodicContent content = reports.content(code, chosenPeriod, reportKind, actor);
        Narrative narrative = draft == null ? Narrative.NONE : draft.narrative();
        picker(model, chosen, reportKind, chosenPeriod, user);
        model.addAttribute("content", content);
        model.addAttribute("sections", sections(content, narrative, reportKind));
        model.addAttribute("narrative", narrative);
        model.addAttribute("recipients", narrative.recipients() == null ? "" : String.join("\n",
                narrative.recipients()));
        model.addAttribute("draft", draft);
        model.addAttribute("changes", draft == null ? List.of() : reports.changes(draft, content, actor));
        model.addAttribute("issued", versions.stream().filter(PeriodicReport::issued).toList());
        model.addAttribute("canWrite", control.canWrite(code, actor));
        model.addAttribute("today", TypedDates.format(today()));
        return "periodic/composer";
    }

    @PostMapping("/bao-cao/dinh-ky")
    String save(@RequestParam String agency, @RequestParam String kind, @RequestParam String period,
            @RequestParam(required = false) String periodType, @RequestParam(required = false) Integer version,
            @RequestParam Map<String, String> form, Authentication user, RedirectAttributes redirect) {
        ReportKind reportKind = ReportKind.of(kind, null);
        ReportingPeriod chosen = ReportingPeriod.requested(period, periodType, null, null, PeriodType.REPORTING);
        Map<String, String> sections = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith(SECTION_FIELD)) {
                sections.put(name.substring(SECTION_FIELD.length()), value);
            }
        });
        List<String> recipients = Pages.blank(form.get("recipients")) == null ? null
                : form.get("recipients").lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        Narrative narrative = new Narrative(null, form.get("difficulties"), form.get("proposals"),
                form.get("nextTasks"), form.get("signerTitle"), form.get("signerName"), recipients,
                form.get("strengths"), sections);
        try {
            reports.saveDraft(agency, chosen, reportKind, narrative, version, user.getName());
            redirect.addFlashAttribute("message", "Đã lưu dự thảo báo cáo.");
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + composerLink(agency, reportKind, chosen);
    }

    @GetMapping("/bao-cao/dinh-ky/{id}")
    String issued(@PathVariable long id, Authentication user, Model model) {
        PeriodicReport report = reports.get(id, user.getName());
        ReportingPeriod period = ReportingPeriod.parse(report.period(), report.periodType());
        if (!report.issued()) {
            return "redirect:" + composerLink(report.agencyCode(), report.kind(), period);
        }
        PeriodicContent content = reports.contentOf(report, user.getName());
        model.addAttribute("report", report);
        model.addAttribute("content", content);
        model.addAttribute("sections", sections(content, report.narrative().withDefaults(content.resolution()),
                report.kind()));
        model.addAttribute("composerHref", composerLink(report.agencyCode(), report.kind(), period));
        return "periodic/issued";
    }

    @PostMapping("/bao-cao/dinh-ky/{id}/ban-hanh")
    String issue(@PathVariable long id, @RequestParam(required = false) String number,
            @RequestParam(required = false) String issuedOn, @RequestParam(required = false) Integer version,
            Authentication user, RedirectAttributes redirect) {
        PeriodicReport report = reports.get(id, user.getName());
        try {
            reports.issue(id, number, TypedDates.required(issuedOn, "issuedOn", "Ngày ban hành"), version,
                    user.getName());
            redirect.addFlashAttribute("message", "Đã ban hành báo cáo số " + number.strip() + ".");
            return "redirect:/bao-cao/dinh-ky/" + id;
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:" + composerLink(report.agencyCode(), report.kind(),
                    ReportingPeriod.parse(report.period(), report.periodType()));
        }
    }

    /** The period picked: named, or the kind's term of a year; by default the term containing today. */
    private ReportingPeriod chosenPeriod(ReportKind kind, Integer year, Integer term, String period, String type) {
        if (period != null && !period.isBlank()) {
            return ReportingPeriod.requested(period, type, null, null, PeriodType.REPORTING);
        }
        PeriodType periodType = PeriodType.named(type, PeriodType.REPORTING);
        PeriodKind length = kind == null ? PeriodKind.QUARTER : kind.period();
        ReportingPeriod current = ReportingPeriod.containing(today(), length, periodType);
        int y = year == null ? current.to().getYear() : year;
        if (y < ReportingPeriod.MIN_YEAR || y > ReportingPeriod.MAX_YEAR) {
            throw ProblemException.invalidField("year", "Năm phải từ " + ReportingPeriod.MIN_YEAR + " đến "
                    + ReportingPeriod.MAX_YEAR);
        }
        return switch (length) {
            case QUARTER -> ReportingPeriod.ofQuarter(y, term == null || term < 1 || term > 4
                    ? (year == null ? (current.to().getMonthValue() + 2) / 3 : 1) : term, periodType);
            case HALF_YEAR -> ReportingPeriod.ofHalf(y, term == null || term < 1 || term > 2
                    ? (year == null ? (current.to().getMonthValue() > 6 ? 2 : 1) : 1) : term, periodType);
            default -> ReportingPeriod.ofYear(y, periodType);
        };
    }

    private void picker(Model model, Agency chosen, ReportKind kind, ReportingPeriod period, Authentication user) {
        model.addAttribute("agency", chosen);
        model.addAttribute("agencies", control.readableAgencies(user.getName()));
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", java.util.Arrays.stream(ReportKind.values())
                .map(k -> new Choice(k.name(), k.label())).toList());
        model.addAttribute("period", period);
        model.addAttribute("year", period.to().getYear());
        model.addAttribute("term", switch (period.kind()) {
            case QUARTER -> (period.to().getMonthValue() + 2) / 3;
            case HALF_YEAR -> period.to().getMonthValue() > 6 ? 2 : 1;
            default -> 0;
        });
        List<Choice> terms = new ArrayList<>();
        if (kind.period() == PeriodKind.QUARTER) {
            for (String t : new String[] {"I", "II", "III", "IV"}) {
                terms.add(new Choice(Integer.toString(terms.size() + 1), "Quý " + t));
            }
        } else if (kind.period() == PeriodKind.HALF_YEAR) {
            terms.add(new Choice("1", "6 tháng đầu năm"));
            terms.add(new Choice("2", "6 tháng cuối năm"));
        }
        model.addAttribute("terms", terms);
        model.addAttribute("types", List.of(new Choice(PeriodType.REPORTING.name(), PeriodType.REPORTING.label()),
                new Choice(PeriodType.CALENDAR.name(), PeriodType.CALENDAR.label())));
    }

    /** The sections with the narrative field each one takes: the assessment's, next tasks', proposals' or its own. */
    static List<SectionView> sections(PeriodicContent content, Narrative narrative, ReportKind kind) {
        List<SectionView> views = new ArrayList<>();
        List<String> keys = content.sections().stream().map(PeriodicContent.Section::key).toList();
        for (PeriodicContent.Section s : content.sections()) {
            boolean parent = keys.stream().anyMatch(k -> k.startsWith(s.key() + "."));
            var part = Narrative.Part.ofSection(kind, s.key());
            String field = part.map(Narrative.Part::field).orElse(parent ? null : SECTION_FIELD + s.key());
            String value = part.map(p -> p.of(narrative)).orElseGet(() -> narrative.section(s.key()));
            String label = part.map(Narrative.Part::label).orElse("Thuyết minh thêm");
            views.add(new SectionView(s.key(), s.heading(), s.lines(), field, value == null ? "" : value, label));
        }
        return views;
    }

    static String composerLink(String agency, ReportKind kind, ReportingPeriod period) {
        return UriComponentsBuilder.fromPath("/bao-cao/dinh-ky").queryParam("agency", agency)
                .queryParam("kind", kind.name()).queryParam("period", period.name())
                .queryParam("periodType", period.type().name()).encode().build().toUriString();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Pages.VIETNAM));
    }
}

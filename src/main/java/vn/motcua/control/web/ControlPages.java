package vn.motcua.control.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.motcua.control.CommunicationKind;
import vn.motcua.control.ControlActivities;
import vn.motcua.control.ControlActivitiesReport;
import vn.motcua.control.ControlField;
import vn.motcua.control.ControlList;
import vn.motcua.control.ControlRecord;
import vn.motcua.control.FindingAssessment;
import vn.motcua.control.InspectionContent;
import vn.motcua.control.InspectionFinding;
import vn.motcua.control.FieldType;
import vn.motcua.control.ImportResult;
import vn.motcua.control.Labelled;
import vn.motcua.identity.Agency;
import vn.motcua.reporting.PeriodKind;
import vn.motcua.reporting.PeriodType;
import vn.motcua.reporting.ReportingPeriod;
import vn.motcua.feedback.Feedback;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.web.Pages;

/**
 * The control officer's pages: the hub {@code /kiem-soat}, one page per list ({@code /kiem-soat/<slug>}: period
 * filter, the records, the create / edit form, the spreadsheet import with its refused rows and the export link)
 * and the report {@code /kiem-soat/bao-cao} whose every figure opens the records behind it.
 */
@Controller
@PreAuthorize("hasAnyRole('CONTROL_OFFICER', 'LEADER', 'ADMINISTRATOR')")
class ControlPages {

    private static final String REFUSAL = "Hoạt động kiểm soát TTHC của cơ quan chỉ dành "
            + "cho cán bộ kiểm soát TTHC, lãnh đạo của cơ quan đó và quản trị hệ thống.";

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** How the report page names each figure. */
    static final Map<String, String> FIGURES = figures();

    private static Map<String, String> figures() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("impactAssessment.tthcAssessed", "Số TTHC được đánh giá tác động");
        f.put("impactAssessment.issuedTthcAssessed", "Số TTHC trong VBQPPL ban hành đã được đánh giá tác động");
        f.put("appraisal.tthcAppraised", "Số TTHC được Sở Tư pháp thẩm định");
        f.put("appraisal.draftsAppraised", "Số dự thảo VBQPPL được thẩm định");
        f.put("review.tthcToReview", "Số TTHC phải rà soát trong kỳ");
        f.put("review.tthcReviewed", "Số TTHC đã rà soát");
        f.put("review.optionsPassed", "Số phương án đơn giản hoá được thông qua");
        f.put("review.tthcTimeCut", "Số TTHC được cắt giảm thời hạn giải quyết");
        f.put("review.workingDaysSaved", "Số ngày làm việc được cắt giảm");
        f.put("communications.items", "Số hoạt động tuyên truyền");
        for (CommunicationKind kind : CommunicationKind.values()) {
            f.put("communications.byKind." + kind.name(), "– " + kind.label());
        }
        f.put("communications.visits", "Lượt truy cập, tham dự");
        f.put("inspections.planned", "Số cuộc kiểm tra theo kế hoạch trong kỳ");
        f.put("inspections.conducted", "Số cuộc kiểm tra đã thực hiện");
        f.put("inspections.violations", "Số sai phạm phát hiện");
        f.put("inspections.rewarded", "Số trường hợp được khen thưởng");
        f.put("inspections.disciplined", "Số trường hợp bị xử lý kỷ luật");
        f.put("feedback.received", "Số phản ánh, kiến nghị tiếp nhận");
        f.put("feedback.accepted", "Số phản ánh, kiến nghị thuộc thẩm quyền");
        f.put("feedback.handled", "Số phản ánh, kiến nghị đã xử lý");
        f.put("feedback.handledOnTime", "– trong đó xử lý đúng hạn");
        f.put("feedback.published", "Số kết quả xử lý đã công khai");
        f.put("feedback.inProgress", "Số phản ánh, kiến nghị đang xử lý");
        f.put("feedback.inProgressOverdue", "– trong đó quá hạn");
        return java.util.Collections.unmodifiableMap(f);
    }

    private final ControlActivities control;
    private final Clock clock;

    ControlPages(ControlActivities control, Clock clock) {
        this.control = control;
        this.clock = clock;
    }

    /** A record as a row of the table: its cells (in the order of {@code columns}) and its edit link. */
    record RowView(long id, List<String> cells, String editHref, String fileHref) {}

    /** A field of the create / edit form with its current value and refusal. */
    record FieldView(ControlField field, String value, String error) {
        public String inputType() {
            return switch (field.type()) {
                case DATE -> "text"; // typed dd/MM/yyyy whatever the browser's locale
                case COUNT -> "number";
                case LINK -> "url";
                default -> "text";
            };
        }
    }

    /** A figure of the report page. */
    record FigureView(String name, String label, long value, String href) {}

    /** A section of the report page. */
    record SectionView(String title, List<FigureView> figures) {}

    /** A list on the hub. */
    record ListCard(ControlList list, String href, long count) {}

    @GetMapping("/kiem-soat")
    String hub(@RequestParam(required = false) String agency, @RequestParam(required = false) String period,
            @RequestParam(required = false) String periodType, Authentication user, Model model) {
        Agency chosen = agency(agency, user);
        ReportingPeriod shown = periodOrQuarter(period, periodType, model);
        addFilter(model, chosen, user, shown);
        List<ListCard> cards = new ArrayList<>();
        for (ControlList list : ControlList.values()) {
            cards.add(new ListCard(list, link("/kiem-soat/" + list.slug(), chosen, shown),
                    control.list(list, chosen.code().value(), shown, user.getName()).size()));
        }
        model.addAttribute("cards", cards);
        model.addAttribute("reportHref", link("/kiem-soat/bao-cao", chosen, shown));
        return "control/hub";
    }

    @GetMapping("/kiem-soat/bao-cao")
    String report(@RequestParam(required = false) String agency, @RequestParam(required = false) String period,
            @RequestParam(required = false) String periodType,
            @RequestParam(name = "chi-tieu", required = false) String figure, Authentication user, Model model) {
        Agency chosen = agency(agency, user);
        ReportingPeriod shown = periodOrQuarter(period, periodType, model);
        addFilter(model, chosen, user, shown);
        ControlActivitiesReport report = control.report(chosen.code().value(), shown, user.getName());
        Map<String, Long> values = values(report);
        String base = link("/kiem-soat/bao-cao", chosen, shown);
        List<SectionView> sections = new ArrayList<>();
        sections.add(section("Đánh giá tác động TTHC trong dự thảo VBQPPL", values, base, "impactAssessment."));
        sections.add(section("Thẩm định của Sở Tư pháp", values, base, "appraisal."));
        sections.add(section("Rà soát, đơn giản hoá TTHC", values, base, "review."));
        sections.add(section("Tuyên truyền", values, base, "communications."));
        sections.add(section("Kiểm tra", values, base, "inspections."));
        sections.add(section("Phản ánh, kiến nghị về quy định hành chính", values, base, "feedback."));
        model.addAttribute("report", report);
        model.addAttribute("sections", sections);
        model.addAttribute("documentsHref", base + "&chi-tieu=documents#chi-tieu");
        model.addAttribute("jsonHref", link("/api/v1/reports/control-activities", chosen, shown));
        if (figure != null && figure.startsWith("feedback.")) {
            List<Feedback> feedback = control.feedbackRecords(chosen.code().value(), shown, figure, user.getName());
            model.addAttribute("figure", FIGURES.getOrDefault(figure, figure));
            model.addAttribute("feedbackRows", feedback);
            model.addAttribute("drillCount", feedback.size());
        } else if (figure != null && !figure.isBlank()) {
            List<ControlRecord> records = control.records(chosen.code().value(), shown, figure, user.getName());
            model.addAttribute("figure", figure.equals("documents") ? "Văn bản chỉ đạo ban hành trong kỳ"
                    : FIGURES.getOrDefault(figure, figure));
            ControlList list = records.isEmpty() ? null : records.get(0).list();
            model.addAttribute("drillList", list);
            model.addAttribute("drillColumns", list == null ? List.of() : columns(list));
            model.addAttribute("drillRows", list == null ? List.of() : rows(list, records, chosen, shown));
            model.addAttribute("drillCount", records.size());
        }
        return "control/report";
    }

    @GetMapping("/kiem-soat/{slug}")
    String list(@PathVariable String slug, @RequestParam(required = false) String agency,
            @RequestParam(required = false) String period, @RequestParam(required = false) String periodType,
            @RequestParam(name = "sua", required = false) Long edit, Authentication user, Model model) {
        ControlList list = list(slug);
        Agency chosen = agency(agency, user);
        ReportingPeriod shown = period(period, periodType, model);
        Map<String, String> form = new LinkedHashMap<>();
        if (edit != null) {
            ControlRecord record = control.get(list, edit, user.getName());
            list.fields().forEach(f -> form.put(f.name(), input(record.value(f.name()))));
            model.addAttribute("editing", record);
            if (list == ControlList.INSPECTIONS) {
                model.addAttribute("findings", control.findings(edit, user.getName()));
                model.addAttribute("contents", InspectionContent.values());
                model.addAttribute("assessments", FindingAssessment.values());
                model.addAttribute("units", chosen.units().stream().map(u -> u.name()).toList());
            }
        }
        fill(model, list, chosen, shown, user, form, Map.of());
        return "control/list";
    }

    @PostMapping("/kiem-soat/{slug}")
    String create(@PathVariable String slug, @RequestParam MultiValueMap<String, String> params,
            @RequestParam(name = "upload", required = false) MultipartFile upload, Authentication user, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        ControlList list = list(slug);
        Map<String, String> form = form(list, params);
        Agency chosen = agency(params.getFirst("agency"), user);
        form.put("agencyCode", chosen.code().value());
        try {
            attach(list, upload, form, user);
            ControlRecord record = control.create(list, form, user.getName());
            redirect.addFlashAttribute("message", "Đã thêm bản ghi số " + record.id() + ".");
            return "redirect:" + back(list, chosen, params);
        } catch (ProblemException problem) {
            return refused(problem, list, chosen, params, form, user, model, response, null);
        }
    }

    @PostMapping("/kiem-soat/{slug}/{id:\\d+}")
    String update(@PathVariable String slug, @PathVariable long id, @RequestParam MultiValueMap<String, String> params,
            @RequestParam(name = "upload", required = false) MultipartFile upload, Authentication user, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        ControlList list = list(slug);
        Map<String, String> form = form(list, params);
        Agency chosen = agency(params.getFirst("agency"), user);
        form.put("agencyCode", chosen.code().value());
        try {
            attach(list, upload, form, user);
            int version = Integer.parseInt(String.valueOf(params.getFirst("version")));
            control.update(list, id, version, form, user.getName());
            redirect.addFlashAttribute("message", "Đã lưu bản ghi số " + id + ".");
            return "redirect:" + back(list, chosen, params);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("version", "Thiếu phiên bản của bản ghi; tải lại trang rồi sửa lại");
        } catch (ProblemException problem) {
            return refused(problem, list, chosen, params, form, user, model, response,
                    control.get(list, id, user.getName()));
        }
    }

    /**
     * What an inspection found in one unit, content by content: a content left at "—" was not inspected there; the
     * unit's earlier findings are replaced.
     */
    @PostMapping("/kiem-soat/kiem-tra/{id:\\d+}/ket-qua")
    String findings(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Authentication user,
            RedirectAttributes redirect) {
        Agency chosen = agency(params.getFirst("agency"), user);
        List<InspectionFinding.Entry> entries = new ArrayList<>();
        for (InspectionContent content : InspectionContent.values()) {
            String assessment = Pages.blank(params.getFirst("a_" + content.name()));
            if (assessment != null) {
                entries.add(new InspectionFinding.Entry(content, FindingAssessment.valueOf(assessment),
                        params.getFirst("n_" + content.name())));
            }
        }
        try {
            int version = Integer.parseInt(String.valueOf(params.getFirst("version")));
            control.recordFindings(id, version, params.getFirst("unit"), entries, user.getName());
            redirect.addFlashAttribute("message", "Đã ghi kết quả kiểm tra tại " + params.getFirst("unit").strip()
                    + ".");
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("error", "Thiếu phiên bản của cuộc kiểm tra; tải lại trang rồi ghi lại.");
        } catch (ProblemException problem) {
            redirect.addFlashAttribute("error", problem.fields().isEmpty() ? problem.getMessage()
                    : problem.fields().get(0).message());
        }
        return "redirect:" + UriComponentsBuilder.fromUriString(back(ControlList.INSPECTIONS, chosen, params))
                .queryParam("sua", id).fragment("ket-qua").build().toUriString();
    }

    @PostMapping("/kiem-soat/{slug}/{id:\\d+}/xoa")
    String delete(@PathVariable String slug, @PathVariable long id, @RequestParam MultiValueMap<String, String> params,
            Authentication user, RedirectAttributes redirect) {
        ControlList list = list(slug);
        Agency chosen = agency(params.getFirst("agency"), user);
        Integer version;
        try {
            version = Pages.blank(params.getFirst("version")) == null ? null
                    : Integer.valueOf(params.getFirst("version").strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("version", "Phiên bản của bản ghi không hợp lệ; tải lại trang");
        }
        control.delete(list, id, version, user.getName());
        redirect.addFlashAttribute("message", "Đã xoá bản ghi số " + id + ".");
        return "redirect:" + back(list, chosen, params);
    }

    @PostMapping("/kiem-soat/{slug}/nhap")
    String importSheet(@PathVariable String slug, @RequestParam(required = false) String agency,
            @RequestParam(required = false) String period, @RequestParam(required = false) String periodType,
            @RequestParam(name = "file", required = false) MultipartFile file, Authentication user, Model model,
            HttpServletResponse response) {
        ControlList list = list(slug);
        Agency chosen = agency(agency, user);
        ReportingPeriod shown = period(period, periodType, model);
        try {
            if (file == null || file.isEmpty()) {
                throw ProblemException.invalidField("file", "Chọn tệp bảng tính (.xlsx) để nhập");
            }
            ImportResult result;
            try (InputStream in = file.getInputStream()) {
                result = control.importSheet(list, chosen.code().value(), in, user.getName());
            }
            model.addAttribute("importResult", result);
            if (!result.accepted()) {
                response.setStatus(400);
            } else {
                model.addAttribute("message", "Đã nhập " + result.imported() + " dòng từ tệp "
                        + file.getOriginalFilename() + ".");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ProblemException problem) {
            if (problem.kind() == ProblemException.Kind.FORBIDDEN) {
                throw problem;
            }
            response.setStatus(problem.kind().status());
            model.addAttribute("importError", problem.getMessage());
        }
        fill(model, list, chosen, shown, user, new LinkedHashMap<>(), Map.of());
        return "control/list";
    }

    /** A directive document's file chosen in the form is stored first; its key becomes the document's fileId. */
    private void attach(ControlList list, MultipartFile upload, Map<String, String> form, Authentication user) {
        if (list != ControlList.DOCUMENTS || upload == null || upload.isEmpty()) {
            return;
        }
        try (InputStream in = upload.getInputStream()) {
            form.put("fileId", control.storeFile(in, user.getName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String refused(ProblemException problem, ControlList list, Agency chosen,
            MultiValueMap<String, String> params, Map<String, String> form, Authentication user, Model model,
            HttpServletResponse response, ControlRecord editing) {
        if (problem.kind() == ProblemException.Kind.FORBIDDEN || problem.kind() == ProblemException.Kind.NOT_FOUND) {
            throw problem;
        }
        Pages.addProblem(model, problem);
        response.setStatus(problem.kind().status());
        ReportingPeriod shown = period(params.getFirst("period"), params.getFirst("periodType"), model);
        if (editing != null) {
            model.addAttribute("editing", editing);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        problem.fields().forEach(f -> errors.putIfAbsent(f.field(), f.message()));
        fill(model, list, chosen, shown, user, form, errors);
        return "control/list";
    }

    private void fill(Model model, ControlList list, Agency chosen, ReportingPeriod shown, Authentication user,
            Map<String, String> form, Map<String, String> errors) {
        addFilter(model, chosen, user, shown);
        List<ControlRecord> records = control.list(list, chosen.code().value(), shown, user.getName());
        model.addAttribute("list", list);
        model.addAttribute("columns", columns(list));
        model.addAttribute("rows", rows(list, records, chosen, shown));
        model.addAttribute("canWrite", control.canWrite(chosen.code().value(), user.getName()));
        model.addAttribute("documents", list == ControlList.DOCUMENTS);
        model.addAttribute("fields", list.fields().stream()
                .map(f -> new FieldView(f, form.getOrDefault(f.name(), ""), errors.get(f.name()))).toList());
        model.addAttribute("exportHref", link("/api/v1/control/" + list.path() + "/export", chosen, shown));
        model.addAttribute("importHeaders", String.join(" · ", list.fields().stream().map(ControlField::label)
                .toList()));
    }

    private void addFilter(Model model, Agency chosen, Authentication user, ReportingPeriod shown) {
        model.addAttribute("agency", chosen);
        model.addAttribute("agencies", control.readableAgencies(user.getName()));
        model.addAttribute("period", shown);
        if (!model.containsAttribute("periodError")) {
            model.addAttribute("periodName", shown == null ? "" : shown.name());
        }
        model.addAttribute("periodType", shown == null ? PeriodType.REPORTING : shown.type());
        model.addAttribute("periodTypes", PeriodType.values());
        model.addAttribute("hubHref", link("/kiem-soat", chosen, shown));
    }

    /** The columns of a list's table: its fields but the long texts (read them in the edit form). */
    static List<ControlField> columns(ControlList list) {
        return list.fields().stream().filter(f -> f.type() != FieldType.LONG_TEXT || list == ControlList.DOCUMENTS)
                .filter(f -> !f.name().equals("fileId")).limit(8).toList();
    }

    private List<RowView> rows(ControlList list, List<ControlRecord> records, Agency chosen, ReportingPeriod shown) {
        List<ControlField> columns = columns(list);
        return records.stream().map(r -> new RowView(r.id(), columns.stream()
                .map(f -> display(f, r.value(f.name()))).toList(),
                link("/kiem-soat/" + list.slug(), chosen, shown) + "&sua=" + r.id() + "#ban-ghi",
                r.value("fileId") == null ? null : "/api/v1/control/documents/" + r.id() + "/file")).toList();
    }

    static String display(ControlField field, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (field.type() == FieldType.CHOICE) {
            Labelled choice = field.choiceOf(value.toString());
            return choice == null ? value.toString() : choice.label();
        }
        return value.toString();
    }

    private static String input(Object value) {
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        return value == null ? "" : value.toString();
    }

    private static Map<String, String> form(ControlList list, MultiValueMap<String, String> params) {
        Map<String, String> form = new LinkedHashMap<>();
        for (ControlField field : list.fields()) {
            String value = params.getFirst(field.name());
            form.put(field.name(), value == null ? "" : value);
        }
        return form;
    }

    private SectionView section(String title, Map<String, Long> values, String base, String prefix) {
        List<FigureView> figures = new ArrayList<>();
        FIGURES.forEach((name, label) -> {
            if (name.startsWith(prefix)) {
                figures.add(new FigureView(name, label, values.getOrDefault(name, 0L),
                        base + "&chi-tieu=" + name + "#chi-tieu"));
            }
        });
        return new SectionView(title, figures);
    }

    private static Map<String, Long> values(ControlActivitiesReport r) {
        Map<String, Long> v = new LinkedHashMap<>();
        v.put("impactAssessment.tthcAssessed", r.impactAssessment().tthcAssessed());
        v.put("impactAssessment.issuedTthcAssessed", r.impactAssessment().issuedTthcAssessed());
        v.put("appraisal.tthcAppraised", r.appraisal().tthcAppraised());
        v.put("appraisal.draftsAppraised", r.appraisal().draftsAppraised());
        v.put("review.tthcToReview", r.review().tthcToReview());
        v.put("review.tthcReviewed", r.review().tthcReviewed());
        v.put("review.optionsPassed", r.review().optionsPassed());
        v.put("review.tthcTimeCut", r.review().tthcTimeCut());
        v.put("review.workingDaysSaved", r.review().workingDaysSaved());
        v.put("communications.items", r.communications().items());
        r.communications().byKind().forEach((kind, n) -> v.put("communications.byKind." + kind, n));
        v.put("communications.visits", r.communications().visits());
        v.put("inspections.planned", r.inspections().planned());
        v.put("inspections.conducted", r.inspections().conducted());
        v.put("inspections.violations", r.inspections().violations());
        v.put("inspections.rewarded", r.inspections().rewarded());
        v.put("inspections.disciplined", r.inspections().disciplined());
        v.put("feedback.received", r.feedback().received());
        v.put("feedback.accepted", r.feedback().accepted());
        v.put("feedback.handled", r.feedback().handled());
        v.put("feedback.handledOnTime", r.feedback().handledOnTime());
        v.put("feedback.published", r.feedback().published());
        v.put("feedback.inProgress", r.feedback().inProgress());
        v.put("feedback.inProgressOverdue", r.feedback().inProgressOverdue());
        return v;
    }

    private Agency agency(String requested, Authentication user) {
        return control.readableAgency(requested, user.getName(), REFUSAL);
    }

    /** The period of a list page: none (every record) unless one is named; a bad name is shown beside the filter. */
    private static ReportingPeriod period(String name, String type, Model model) {
        try {
            return ControlPeriods.parse(name, type);
        } catch (ProblemException problem) {
            model.addAttribute("periodError", problem.getMessage());
            model.addAttribute("periodName", name.strip());
            return null;
        }
    }

    /** The period named, or the quarter of today (also when the name is refused, which is shown by the filter). */
    private ReportingPeriod periodOrQuarter(String name, String type, Model model) {
        ReportingPeriod named = period(name, type, model);
        PeriodType cut = model.containsAttribute("periodError") ? PeriodType.REPORTING : ControlPeriods.type(type);
        return named != null ? named : ReportingPeriod.containing(LocalDate.now(clock.withZone(Pages.VIETNAM)),
                PeriodKind.QUARTER, cut);
    }

    private static String back(ControlList list, Agency chosen, MultiValueMap<String, String> params) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/kiem-soat/" + list.slug())
                .queryParam("agency", chosen.code().value());
        String period = Pages.blank(params.getFirst("period"));
        if (period != null) {
            uri.queryParam("period", period).queryParam("periodType", params.getFirst("periodType"));
        }
        return uri.encode().build().toUriString();
    }

    static String link(String path, Agency agency, ReportingPeriod period) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path).queryParam("agency", agency.code().value());
        if (period != null) {
            uri.queryParam("period", period.name()).queryParam("periodType", period.type().name());
        }
        return uri.encode().build().toUriString();
    }

    private static ControlList list(String slug) {
        return ControlList.bySlug(slug).orElseThrow(() -> ProblemException.notFound("Không có trang /kiem-soat/"
                + slug));
    }
}

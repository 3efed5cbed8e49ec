package vn.motcua.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.ledger.LedgerFigure;
import vn.motcua.identity.Agency;
import vn.motcua.reporting.CatalogReport;
import vn.motcua.reporting.PeriodType;
import vn.motcua.reporting.ResolutionReport;
import vn.motcua.reporting.ResolutionReport.Counts;
import vn.motcua.reporting.Reports;
import vn.motcua.shared.ProblemException;

/**
 * The report page of form II.06a (dossiers received, resolved and in progress per field) for a period: every figure
 * opens the list of its dossiers; the arithmetic checks; the e-service and catalog figures; the XLSX export and the
 * way to the periodic report composer ({@code /bao-cao/dinh-ky}, module periodic).
 */
@Controller
class ReportPages {

    /** The columns of form II.06a, in order. */
    static final List<LedgerFigure> COLUMNS = List.of(LedgerFigure.RECEIVED, LedgerFigure.CARRIED_OVER,
            LedgerFigure.RECEIVED_ONLINE, LedgerFigure.RECEIVED_DIRECT_OR_POSTAL, LedgerFigure.RESOLVED,
            LedgerFigure.RESOLVED_EARLY, LedgerFigure.RESOLVED_ON_TIME, LedgerFigure.RESOLVED_LATE,
            LedgerFigure.IN_PROGRESS, LedgerFigure.IN_PROGRESS_WITHIN_DEADLINE, LedgerFigure.IN_PROGRESS_OVERDUE);

    /** How the report names the row of dossiers without a field; the drill-down asks the ledger for those by "". */
    static final String NO_FIELD = "Chưa phân lĩnh vực";

    /** The arithmetic rules of the report, in Vietnamese. */
    static final Map<String, String> CHECKS = Map.of(
            "received.total = carriedOver + online + directOrPostal",
            "Số hồ sơ nhận giải quyết = Từ kỳ trước chuyển sang + Mới tiếp nhận trực tuyến + Mới tiếp nhận trực tiếp, "
                    + "qua bưu chính",
            "resolved.total = early + onTime + late", "Đã giải quyết = Trước hạn + Đúng hạn + Quá hạn",
            "inProgress.total = withinDeadline + overdue", "Đang giải quyết = Trong hạn + Quá hạn",
            "received.total = resolved.total + inProgress.total",
            "Số hồ sơ nhận giải quyết = Đã giải quyết + Đang giải quyết",
            "total = sum of the rows", "Dòng tổng cộng = tổng các lĩnh vực");

    private final Reports reports;
    private final ReportScope scope;

    ReportPages(Reports reports, ReportScope scope) {
        this.reports = reports;
        this.scope = scope;
    }

    /** A figure of the table with the link to its dossiers. */
    record Cell(LedgerFigure figure, long value, String href) {
        public String text() {
            return ReportViews.count(value);
        }
    }

    /** A row of the table: one field, or the total. */
    record Row(String label, boolean total, List<Cell> cells) {}

    /** A check as shown: ✓ or ✗ and the rule. */
    record Check(String rule, boolean ok) {}

    /** A figure outside the table (e-service, catalog), with the link to its dossiers when it has one. */
    record Figure(String label, String value, String href) {}

    @GetMapping("/bao-cao")
    String report(@RequestParam(required = false) String agency, @RequestParam(required = false) String period,
            @RequestParam(required = false) String periodType, @RequestParam(required = false) String year,
            @RequestParam(required = false) String term, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Authentication user, Model model,
            HttpServletResponse response) {
        Agency chosen = scope.choose(agency, user);
        PeriodPicker picker = PeriodPicker.read(period, periodType, year, term, from, to, PeriodType.REPORTING,
                scope.today());
        ReportViews.addPicker(model, picker, chosen, scope.readable(user));
        if (picker.period() == null) {
            response.setStatus(400);
            return "reporting/report";
        }
        String actor = user.getName();
        ResolutionReport report = reports.resolution(chosen.code().value(), picker.period(), actor);
        CatalogReport catalog = reports.catalog(chosen.code().value(), picker.period(), actor);
        List<Row> rows = new ArrayList<>();
        for (ResolutionReport.Row row : report.rows()) {
            String field = NO_FIELD.equals(row.field()) ? "" : row.field();
            rows.add(row(row.field(), false, row.counts(), chosen, picker, field));
        }
        rows.add(row("Tổng cộng", true, report.total(), chosen, picker, null));
        model.addAttribute("report", report);
        model.addAttribute("rows", rows);
        model.addAttribute("checks", report.checks().stream()
                .map(c -> new Check(CHECKS.getOrDefault(c.rule(), c.rule()), c.ok())).toList());
        model.addAttribute("consistent", report.consistent());
        model.addAttribute("eService", eService(report.eService(), chosen, picker));
        model.addAttribute("channelChart", channelChart(report.total()));
        model.addAttribute("catalog", catalog);
        model.addAttribute("catalogFigures", catalogFigures(catalog));
        model.addAttribute("xlsxHref", ReportViews.link("/api/v1/reports/dossier-resolution", chosen, picker,
                "format", "xlsx"));
        model.addAttribute("periodicHref", ReportViews.link("/bao-cao/dinh-ky", chosen, picker));
        return "reporting/report";
    }

    @GetMapping("/bao-cao/ho-so")
    String dossiers(@RequestParam(required = false) String agency, @RequestParam(required = false) String period,
            @RequestParam(required = false) String periodType, @RequestParam(required = false) String year,
            @RequestParam(required = false) String term, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam String figure,
            @RequestParam(required = false) String field, Authentication user, Model model,
            HttpServletResponse response) {
        Agency chosen = scope.choose(agency, user);
        LedgerFigure named;
        try {
            named = LedgerFigure.valueOf(figure.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Không có chỉ tiêu \"" + figure + "\" trong báo cáo");
        }
        PeriodPicker picker = PeriodPicker.read(period, periodType, year, term, from, to, PeriodType.REPORTING,
                scope.today());
        ReportViews.addPicker(model, picker, chosen, scope.readable(user));
        model.addAttribute("figure", named);
        String ledgerField = field == null ? null : NO_FIELD.equals(field.strip()) ? "" : field.strip();
        model.addAttribute("field", ledgerField == null ? null : ledgerField.isEmpty() ? NO_FIELD : ledgerField);
        Map<String, String> extra = new java.util.LinkedHashMap<>();
        extra.put("figure", named.name());
        if (field != null) {
            extra.put("field", field);
        }
        model.addAttribute("extraParams", extra);
        if (picker.period() == null) {
            response.setStatus(400);
            return "reporting/dossiers";
        }
        model.addAttribute("dossiers", reports.dossiers(chosen.code().value(), picker.period(), named,
                ledgerField, user.getName()));
        model.addAttribute("backHref", ReportViews.link("/bao-cao", chosen, picker));
        return "reporting/dossiers";
    }

    private static Row row(String label, boolean total, Counts counts, Agency agency, PeriodPicker picker,
            String field) {
        long[] values = {counts.received().total(), counts.received().carriedOver(), counts.received().online(),
                counts.received().directOrPostal(), counts.resolved().total(), counts.resolved().early(),
                counts.resolved().onTime(), counts.resolved().late(), counts.inProgress().total(),
                counts.inProgress().withinDeadline(), counts.inProgress().overdue()};
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            cells.add(new Cell(COLUMNS.get(i), values[i], drill(agency, picker, COLUMNS.get(i), field)));
        }
        return new Row(label, total, cells);
    }

    /** The drill-down link of a figure; {@code field}: null for all fields, "" for dossiers without one. */
    private static String drill(Agency agency, PeriodPicker picker, LedgerFigure figure, String field) {
        return ReportViews.link("/bao-cao/ho-so", agency, picker, "figure", figure.name(), "field",
                field == null ? null : field.isEmpty() ? NO_FIELD : field);
    }

    private static List<Figure> eService(ResolutionReport.EService e, Agency agency, PeriodPicker picker) {
        return List.of(
                new Figure("Hồ sơ mới tiếp nhận trong kỳ", ReportViews.count(e.receivedTotal()),
                        drill(agency, picker, LedgerFigure.RECEIVED_NEW, null)),
                new Figure("Trong đó tiếp nhận trực tuyến", ReportViews.count(e.receivedOnline()),
                        drill(agency, picker, LedgerFigure.RECEIVED_ONLINE, null)),
                new Figure("Tỷ lệ hồ sơ trực tuyến", e.onlineRate() == null ? "không có hồ sơ"
                        : ReportViews.percent(e.onlineRate()), null),
                new Figure("Hồ sơ có phí, lệ phí", ReportViews.count(e.feeDossiers()),
                        drill(agency, picker, LedgerFigure.FEE_BEARING, null)),
                new Figure("Hồ sơ thanh toán trực tuyến", ReportViews.count(e.paidOnline()),
                        drill(agency, picker, LedgerFigure.PAID_ONLINE, null)),
                new Figure("Hồ sơ được số hóa khi tiếp nhận", ReportViews.count(e.digitizedAtIntake()),
                        drill(agency, picker, LedgerFigure.DIGITIZED_AT_INTAKE, null)),
                new Figure("Hồ sơ có kết quả điện tử (giải quyết trong kỳ)", ReportViews.count(e.resultsDigitized()),
                        drill(agency, picker, LedgerFigure.RESULT_DIGITIZED, null)));
    }

    private static String channelChart(Counts total) {
        return ReportViews.chart("doughnut", List.of("Trực tuyến", "Trực tiếp, qua bưu chính"),
                List.of(ReportViews.dataset("Hồ sơ mới tiếp nhận",
                        List.of(total.received().online(), total.received().directOrPostal()))),
                Map.of("unit", "hồ sơ"));
    }

    private static List<Figure> catalogFigures(CatalogReport c) {
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("TTHC thuộc thẩm quyền đang có hiệu lực (cuối kỳ)", ReportViews.count(c.procedures()),
                null));
        c.byLevel().forEach((level, n) -> figures.add(new Figure("— " + level, ReportViews.count(n), null)));
        figures.add(new Figure("Cung cấp dịch vụ công trực tuyến toàn trình", ReportViews.count(c.onlineFull()),
                null));
        figures.add(new Figure("Cung cấp dịch vụ công trực tuyến một phần", ReportViews.count(c.onlinePartial()),
                null));
        figures.add(new Figure("Được công khai", ReportViews.count(c.publiclyPosted()), null));
        figures.add(new Figure("Đã có quy trình nội bộ", ReportViews.count(c.withInternalProcedure()), null));
        figures.add(new Figure("Quyết định công bố ký trong kỳ", ReportViews.count(c.decisions().size()), null));
        figures.add(new Figure("TTHC công bố mới", ReportViews.count(c.announcedNew()), null));
        figures.add(new Figure("TTHC sửa đổi, bổ sung", ReportViews.count(c.announcedAmended()), null));
        figures.add(new Figure("TTHC thay thế", ReportViews.count(c.announcedReplaced()), null));
        figures.add(new Figure("TTHC bãi bỏ", ReportViews.count(c.announcedAbolished()), null));
        return figures;
    }
}

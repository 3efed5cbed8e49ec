package vn.motcua.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.QueuePage;
import vn.motcua.dossier.QueueQuery;
import vn.motcua.identity.Agency;
import vn.motcua.reporting.GroupScore;
import vn.motcua.reporting.IndexEntry;
import vn.motcua.reporting.IndexMetric;
import vn.motcua.reporting.IndexReport;
import vn.motcua.reporting.MetricScore;
import vn.motcua.reporting.PeriodKind;
import vn.motcua.reporting.PeriodType;
import vn.motcua.reporting.ReportingPeriod;
import vn.motcua.reporting.Reports;
import vn.motcua.shared.ProblemException;

/**
 * The leader's dashboard: the Decision 766 index of the agency for a period (total and rating, score per group,
 * every metric with links to what stands behind its numerator and denominator), the monthly trend of the year, and
 * the open dossiers that are late or nearly due.
 */
@Controller
class DashboardPages {

    /** Dossiers listed in each of the late and nearly-due lists. */
    static final int QUEUE_SIZE = 10;

    /** Metrics counted over the catalog (procedures, decision items); the others count dossiers. */
    static final Set<IndexMetric> CATALOG_METRICS = EnumSet.of(IndexMetric.PUBLISH_ON_TIME,
            IndexMetric.PUBLIC_UPDATE_ON_TIME, IndexMetric.PUBLIC_CONTENT_FULL, IndexMetric.ONLINE_SERVICE_PROVISION);

    private final Reports reports;
    private final Dossiers dossiers;
    private final ReportScope scope;

    DashboardPages(Reports reports, Dossiers dossiers, ReportScope scope) {
        this.reports = reports;
        this.dossiers = dossiers;
        this.scope = scope;
    }

    /** One metric as the table shows it. */
    record MetricRow(String code, String indicator, String name, long numerator, long denominator, String ratio,
            String score, String maxScore, boolean available, String reason, String rule, boolean provisional,
            String numeratorHref, String denominatorHref) {}

    /** One group with its metrics. */
    record GroupRow(String code, String name, String score, String maxScore, List<MetricRow> metrics) {}

    /** One month of the trend; {@code onTime} (a 4-decimal rate) is null when nothing was received or processed. */
    record TrendRow(String label, BigDecimal total, String band, BigDecimal onTime) {

        public String totalText() {
            return ReportViews.decimal(total);
        }

        public String onTimeText() {
            return onTime == null ? "không có hồ sơ" : ReportViews.percent(onTime);
        }
    }

    @GetMapping("/bang-dieu-khien")
    String dashboard(@RequestParam(required = false) String agency, @RequestParam(required = false) String period,
            @RequestParam(required = false) String periodType, @RequestParam(required = false) String year,
            @RequestParam(required = false) String term, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Authentication user, Model model,
            HttpServletResponse response) {
        Agency chosen = scope.choose(agency, user);
        LocalDate today = scope.today();
        PeriodPicker picker = PeriodPicker.read(period, periodType, year, term, from, to, PeriodType.CALENDAR, today);
        ReportViews.addPicker(model, picker, chosen, scope.readable(user));
        if (picker.period() == null) {
            response.setStatus(400);
            return "reporting/dashboard";
        }
        String actor = user.getName();
        IndexReport report = reports.index(chosen.code().value(), picker.period(), actor);
        model.addAttribute("index", report.result());
        model.addAttribute("total", ReportViews.decimal(report.result().total()));
        model.addAttribute("groups", report.result().groups().stream().map(g -> group(g, chosen, picker)).toList());
        model.addAttribute("groupChart", groupChart(report.result().groups()));
        List<TrendRow> trend = trend(chosen, picker.period(), today, actor);
        model.addAttribute("trend", trend);
        model.addAttribute("trendChart", trendChart(trend));
        model.addAttribute("trendYear", picker.period().to().getYear());
        model.addAttribute("overdue", queue(chosen, true, actor));
        model.addAttribute("nearDue", queue(chosen, false, actor));
        return "reporting/dashboard";
    }

    @GetMapping("/bang-dieu-khien/giai-thich")
    String explain(@RequestParam(required = false) String agency, @RequestParam(required = false) String period,
            @RequestParam(required = false) String periodType, @RequestParam(required = false) String year,
            @RequestParam(required = false) String term, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam String metric,
            @RequestParam(defaultValue = "numerator") String part, Authentication user, Model model,
            HttpServletResponse response) {
        Agency chosen = scope.choose(agency, user);
        IndexMetric named = IndexMetric.byCode(metric, "metric");
        if (!part.equals("numerator") && !part.equals("denominator")) {
            throw ProblemException.invalidField("part", "Chỉ xem được tử số (numerator) hoặc mẫu số (denominator)");
        }
        boolean numerator = part.equals("numerator");
        PeriodPicker picker = PeriodPicker.read(period, periodType, year, term, from, to, PeriodType.CALENDAR,
                scope.today());
        ReportViews.addPicker(model, picker, chosen, scope.readable(user));
        model.addAttribute("metric", named);
        model.addAttribute("part", part);
        model.addAttribute("numerator", numerator);
        model.addAttribute("catalogMetric", CATALOG_METRICS.contains(named));
        model.addAttribute("extraParams", Map.of("metric", named.code(), "part", part));
        if (picker.period() == null) {
            response.setStatus(400);
            return "reporting/explain";
        }
        String actor = user.getName();
        MetricScore score = reports.index(chosen.code().value(), picker.period(), actor).result()
                .group(named.group()).metrics().stream().filter(m -> m.metric() == named).findFirst().orElse(null);
        List<IndexEntry> entries = reports.explain(chosen.code().value(), picker.period(), named, numerator, actor);
        model.addAttribute("score", score);
        model.addAttribute("scoreText", score == null ? ""
                : ReportViews.decimal(score.score()) + " / " + ReportViews.decimal(score.maxScore()));
        model.addAttribute("entries", entries);
        model.addAttribute("backHref", ReportViews.link("/bang-dieu-khien", chosen, picker));
        model.addAttribute("otherHref", ReportViews.link("/bang-dieu-khien/giai-thich", chosen, picker,
                "metric", named.code(), "part", numerator ? "denominator" : "numerator"));
        return "reporting/explain";
    }

    private static GroupRow group(GroupScore g, Agency agency, PeriodPicker picker) {
        List<MetricRow> metrics = new ArrayList<>();
        for (MetricScore m : g.metrics()) {
            IndexMetric metric = m.metric();
            metrics.add(new MetricRow(metric.code(), metric.indicator(), metric.label(), m.numerator(),
                    m.denominator(), ReportViews.percent(m.ratio()), ReportViews.decimal(m.score()),
                    ReportViews.decimal(m.maxScore()), m.available(), m.reason(), metric.rule().description(),
                    !metric.pointsConfirmed(),
                    ReportViews.link("/bang-dieu-khien/giai-thich", agency, picker, "metric", metric.code(),
                            "part", "numerator"),
                    ReportViews.link("/bang-dieu-khien/giai-thich", agency, picker, "metric", metric.code(),
                            "part", "denominator")));
        }
        return new GroupRow(g.group().code(), g.group().label(), ReportViews.decimal(g.score()),
                ReportViews.decimal(g.maxScore()), metrics);
    }

    private static String groupChart(List<GroupScore> groups) {
        List<String> labels = groups.stream().map(g -> g.group().label()).toList();
        List<BigDecimal> scores = groups.stream().map(GroupScore::score).toList();
        List<BigDecimal> maxima = groups.stream().map(GroupScore::maxScore).toList();
        return ReportViews.chart("bar", labels, List.of(ReportViews.dataset("Điểm đạt", scores),
                ReportViews.dataset("Điểm tối đa", maxima)), Map.of("horizontal", true, "unit", "điểm"));
    }

    /**
     * The months of the period's year (of the period's type; CALENDAR for a range) that have begun by today, each
     * with its index total and the on-time rate of metric 2.1.
     */
    private List<TrendRow> trend(Agency agency, ReportingPeriod period, LocalDate today, String actor) {
        PeriodType type = period.kind() == PeriodKind.RANGE ? PeriodType.CALENDAR : period.type();
        int year = period.to().getYear();
        List<TrendRow> rows = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            ReportingPeriod p = ReportingPeriod.ofMonth(year, month, type);
            if (p.from().isAfter(today)) {
                break;
            }
            var result = reports.index(agency.code().value(), p, actor).result();
            MetricScore onTime = result.group(vn.motcua.reporting.IndexGroup.TDGQ).metrics().stream()
                    .filter(m -> m.metric() == IndexMetric.ON_TIME_PROCESSING).findFirst().orElse(null);
            rows.add(new TrendRow("Tháng " + month, result.total(), result.band().label(),
                    onTime == null || !onTime.available() ? null : onTime.ratio()));
        }
        return rows;
    }

    private static String trendChart(List<TrendRow> trend) {
        List<String> labels = trend.stream().map(TrendRow::label).toList();
        List<BigDecimal> totals = trend.stream().map(TrendRow::total).toList();
        List<BigDecimal> onTime = trend.stream()
                .map(t -> t.onTime() == null ? null : t.onTime().movePointRight(2).setScale(2, RoundingMode.HALF_UP))
                .toList();
        return ReportViews.chart("line", labels, List.of(ReportViews.dataset("Tổng điểm", totals),
                ReportViews.dataset("Tỷ lệ xử lý đúng hạn (%)", onTime)), Map.of("max", 100));
    }

    private QueuePage queue(Agency agency, boolean overdue, String actor) {
        return dossiers.queue(new QueueQuery(agency.code().value(), null, null, null, false, overdue, !overdue, null,
                null, null, 0, QUEUE_SIZE), actor);
    }
}

package vn.motcua.reporting.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.motcua.reporting.GroupScore;
import vn.motcua.reporting.IndexReport;
import vn.motcua.reporting.MetricScore;

/** JSON shape of the Decision 766 index (contract fields first). */
final class ReportJson {

    private ReportJson() {}

    record Index(BigDecimal totalScore, BigDecimal maxScore, String band, String bandLabel, String agencyCode,
            String period, LocalDate from, LocalDate to, List<Group> groups) {

        static Index of(IndexReport report) {
            var result = report.result();
            return new Index(result.total(), result.maxTotal(), result.band().name(), result.band().label(),
                    report.agencyCode(), report.period(), report.from(), report.to(),
                    result.groups().stream().map(Group::of).toList());
        }
    }

    record Group(String code, String name, BigDecimal score, BigDecimal maxScore, List<Metric> metrics) {
        static Group of(GroupScore g) {
            return new Group(g.group().code(), g.group().label(), g.score(), g.maxScore(),
                    g.metrics().stream().map(Metric::of).toList());
        }
    }

    record Metric(String code, long numerator, long denominator, BigDecimal ratio, BigDecimal score,
            BigDecimal maxScore, boolean available, String name, String indicator, String rule, String reason) {
        static Metric of(MetricScore m) {
            return new Metric(m.metric().code(), m.numerator(), m.denominator(), m.ratio(), m.score(), m.maxScore(),
                    m.available(), m.metric().label(), m.metric().indicator(), m.metric().rule().description(),
                    m.reason());
        }
    }
}

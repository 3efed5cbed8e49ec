package vn.motcua.control.web;

import java.util.Locale;
import vn.motcua.reporting.PeriodType;
import vn.motcua.reporting.ReportingPeriod;
import vn.motcua.shared.ProblemException;

/**
 * The period of a request: the reporting module's names ({@code 2023-Q3}, {@code 2024-M06}, {@code 2024-H1},
 * {@code 2024-Y}, {@code 2024-01-05..2024-02-10}) and the short forms {@code 2024-06} (a month) and {@code 2024}
 * (a year); REPORTING (15th → 14th, the TTHC control reports' cut-off) unless {@code periodType=CALENDAR}.
 */
final class ControlPeriods {

    private ControlPeriods() {
    }

    /** The period named, or null when none is given. */
    static ReportingPeriod parse(String name, String type) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip().toUpperCase(Locale.ROOT);
        if (n.matches("\\d{4}-\\d{2}")) {
            n = n.substring(0, 5) + "M" + n.substring(5);
        } else if (n.matches("\\d{4}")) {
            n = n + "-Y";
        }
        return ReportingPeriod.parse(n, type(type));
    }

    /** The period named; 400 when none is given. */
    static ReportingPeriod require(String name, String type) {
        ReportingPeriod period = parse(name, type);
        if (period == null) {
            throw ProblemException.invalidField("period", "Cần nêu kỳ báo cáo, ví dụ 2023-Q3, 2024-06 hoặc 2024");
        }
        return period;
    }

    static PeriodType type(String type) {
        return PeriodType.named(type, PeriodType.REPORTING);
    }
}

package vn.motcua.reporting.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.motcua.reporting.ResolutionReport;

/**
 * Form II.06a/VPCP/KSTT as both exports print it (measurement-and-calendar.md §2.3): headings, the order of columns
 * (3)…(13), which columns are totals of which, and the wording of the arithmetic checks.
 */
final class Form06a {

    static final String CODE = "Biểu số II.06a/VPCP/KSTT";
    static final String BASIS = "Ban hành kèm theo Thông tư số 01/2020/TT-VPCP ngày 21/10/2020";
    static final String TITLE = "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP "
            + "GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH";
    static final String UNIT = "Đơn vị tính: Số hồ sơ TTHC";
    static final String NUMBER_HEADING = "STT";
    static final String FIELD_HEADING = "Lĩnh vực, công việc giải quyết theo cấp";
    static final String TOTAL = "Tổng cộng";

    /** A heading over several figure columns: the first and last index into {@link #SUBHEADINGS}. */
    record Group(String heading, int first, int last) {}

    static final List<Group> GROUPS = List.of(new Group("Số hồ sơ nhận giải quyết", 0, 3),
            new Group("Số hồ sơ đã giải quyết", 4, 7), new Group("Số hồ sơ đang giải quyết", 8, 10));

    /** Headings of columns (3) to (13). */
    static final List<String> SUBHEADINGS = List.of("Tổng số", "Trực tuyến", "Trực tiếp, dịch vụ bưu chính",
            "Từ kỳ trước", "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn", "Tổng số", "Trong hạn", "Quá hạn");

    /** Figures of columns (3) to (13), in order. */
    static long[] figures(ResolutionReport.Counts c) {
        return new long[] {c.received().total(), c.received().online(), c.received().directOrPostal(),
                c.received().carriedOver(), c.resolved().total(), c.resolved().early(), c.resolved().onTime(),
                c.resolved().late(), c.inProgress().total(), c.inProgress().withinDeadline(),
                c.inProgress().overdue()};
    }

    /**
     * The checks of the ledger's report: the rule as the report names it, the columns it relates, its wording, and —
     * for the rules that hold on every line — the figure (index into {@link #figures}) that is the sum of others.
     */
    enum Rule {
        RECEIVED("received.total = carriedOver + online + directOrPostal", "(3) = (4) + (5) + (6)",
                "Số hồ sơ nhận giải quyết bằng số trực tuyến, trực tiếp và dịch vụ bưu chính, từ kỳ trước cộng lại",
                0, 1, 2, 3),
        RESOLVED("resolved.total = early + onTime + late", "(7) = (8) + (9) + (10)",
                "Số hồ sơ đã giải quyết bằng số trước hạn, đúng hạn và quá hạn cộng lại", 4, 5, 6, 7),
        IN_PROGRESS("inProgress.total = withinDeadline + overdue", "(11) = (12) + (13)",
                "Số hồ sơ đang giải quyết bằng số trong hạn và quá hạn cộng lại", 8, 9, 10),
        BALANCE("received.total = resolved.total + inProgress.total", "(3) = (7) + (11)",
                "Số hồ sơ nhận giải quyết bằng số đã giải quyết cộng số đang giải quyết", 0, 4, 8),
        ROWS("total = sum of the rows", "Tổng cộng = tổng các dòng",
                "Dòng tổng cộng bằng tổng các lĩnh vực ở các cột (3), (7), (11)");

        final String rule;
        final String columns;
        final String wording;
        /** {@code figures[0]} is the sum of the others; empty for {@link #ROWS}. */
        final int[] figures;

        Rule(String rule, String columns, String wording, int... figures) {
            this.rule = rule;
            this.columns = columns;
            this.wording = wording;
            this.figures = figures;
        }

        boolean perLine() {
            return figures.length > 0;
        }

        static Optional<Rule> of(String rule) {
            return Arrays.stream(values()).filter(r -> r.rule.equals(rule)).findFirst();
        }
    }

    /** Totals that are sums of their parts on every line: c3 = c4 + c5 + c6, c7 = c8 + c9 + c10, c11 = c12 + c13. */
    static final List<Rule> SUMS = List.of(Rule.RECEIVED, Rule.RESOLVED, Rule.IN_PROGRESS);

    /** Whether {@code figures} obey {@code rule} (a per-line rule). */
    static boolean holds(Rule rule, long[] figures) {
        long parts = 0;
        for (int i = 1; i < rule.figures.length; i++) {
            parts += figures[rule.figures[i]];
        }
        return figures[rule.figures[0]] == parts;
    }

    private Form06a() {
    }
}

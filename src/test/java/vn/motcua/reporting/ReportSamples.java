package vn.motcua.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.reporting.ResolutionReport.Check;
import vn.motcua.reporting.ResolutionReport.Counts;
import vn.motcua.reporting.ResolutionReport.InProgress;
import vn.motcua.reporting.ResolutionReport.Received;
import vn.motcua.reporting.ResolutionReport.Resolved;
import vn.motcua.reporting.ResolutionReport.Row;
import vn.motcua.reporting.internal.Letterhead;

/** Reports built by hand, as the ledger and the catalog would give them for the third quarter of 2023. */
public final class ReportSamples {

    public static final String AGENCY = "Sở Khoa học và Công nghệ tỉnh Bắc Ninh";
    public static final LocalDate FROM = LocalDate.of(2023, 6, 15);
    public static final LocalDate TO = LocalDate.of(2023, 9, 14);
    public static final Letterhead LETTERHEAD = Letterhead.of(AGENCY, "Ủy ban nhân dân tỉnh Bắc Ninh",
            LocalDate.of(2023, 9, 16));

    static final List<String> CONSISTENT_CHECKS = List.of("received.total = carriedOver + online + directOrPostal",
            "resolved.total = early + onTime + late", "inProgress.total = withinDeadline + overdue",
            "received.total = resolved.total + inProgress.total", "total = sum of the rows");

    private ReportSamples() {
    }

    public static Counts counts(long carriedOver, long online, long direct, long early, long onTime, long late, long within,
            long overdue) {
        return new Counts(new Received(carriedOver + online + direct, carriedOver, online, direct),
                new Resolved(early + onTime + late, early, onTime, late),
                new InProgress(within + overdue, within, overdue));
    }

    /**
     * Three fields: one with carried-over, late and overdue dossiers, one busy, one all online and early. Totals:
     * received 39 (5 carried over, 22 online, 12 in person), resolved 30 (22 early, 6 on time, 2 late), in progress 9
     * (8 within the deadline, 1 overdue).
     */
    public static ResolutionReport resolution() {
        List<Row> rows = List.of(
                new Row("Hoạt động khoa học và công nghệ", counts(3, 5, 4, 5, 2, 1, 3, 1)),
                new Row("Tiêu chuẩn, đo lường, chất lượng", counts(2, 10, 8, 10, 4, 1, 5, 0)),
                new Row("Năng lượng nguyên tử, an toàn bức xạ và hạt nhân", counts(0, 7, 0, 7, 0, 0, 0, 0)));
        return new ResolutionReport("000.00.22.H05", AGENCY, "2023-Q3", FROM, TO, counts(5, 22, 12, 22, 6, 2, 8, 1),
                rows, new ResolutionReport.EService(34, 22, new BigDecimal("0.6471"), 10, 6, 30, 25),
                CONSISTENT_CHECKS.stream().map(rule -> new Check(rule, true)).toList());
    }

    public static CatalogReport catalog() {
        Map<String, Long> byLevel = new LinkedHashMap<>();
        byLevel.put("Cấp tỉnh", 45L);
        byLevel.put("Cấp xã", 2L);
        return new CatalogReport("000.00.22.H05", "2023-Q3", FROM, TO, 47, byLevel, 30, 12, 47, 41,
                List.of(new CatalogReport.Decision("1277/QĐ-UBND", LocalDate.of(2023, 6, 20),
                                LocalDate.of(2023, 7, 1), "Võ Văn Hưng", 20),
                        new CatalogReport.Decision("1564/QĐ-UBND", LocalDate.of(2023, 8, 9), null, "Hoàng Nam", 3)),
                7, 7, 0, 6);
    }
}

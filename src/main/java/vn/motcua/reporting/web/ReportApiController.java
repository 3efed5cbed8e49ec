package vn.motcua.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.ledger.LedgerDossier;
import vn.motcua.ledger.LedgerFigure;
import vn.motcua.reporting.CatalogReport;
import vn.motcua.reporting.IndexEntry;
import vn.motcua.reporting.IndexMetric;
import vn.motcua.reporting.PeriodType;
import vn.motcua.reporting.ReportingPeriod;
import vn.motcua.reporting.Reports;
import vn.motcua.reporting.ResolutionReport;
import vn.motcua.shared.ProblemException;

/**
 * Reports and the service index over REST (contract paths). A period is named ({@code 2023-Q3}, {@code 2024-M07},
 * {@code 2024-H1}, {@code 2024-Y}) with {@code periodType} REPORTING (default for reports: 15th → 14th) or CALENDAR
 * (default for the index), or given as {@code from}/{@code to}. The resolution report also comes as form II.06a
 * ({@code format=xlsx}; {@code format=docx}, the periodic report, is served by the {@code periodic} module); the
 * catalog figures as {@code format=xlsx}.
 */
@Tag(name = "Báo cáo, chỉ số", description = "Báo cáo tình hình giải quyết TTHC, danh mục, báo cáo định kỳ, Bộ chỉ "
        + "số 766")
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class ReportApiController {

    private final Reports reports;
    private final ReportFiles files;

    ReportApiController(Reports reports, ReportFiles files) {
        this.reports = reports;
        this.files = files;
    }

    @Operation(summary = "Tình hình giải quyết TTHC (Biểu II.06a)",
            description = "Theo kỳ (`period=2023-Q3`, kỳ báo cáo hoặc kỳ theo lịch) hoặc khoảng ngày; JSON, XLSX "
                    + "hoặc DOCX; mỗi số liệu mở được danh sách hồ sơ.")
    @GetMapping(path = "/api/v1/reports/dossier-resolution", produces = {MediaType.APPLICATION_JSON_VALUE,
            ReportFiles.XLSX})
    ResponseEntity<?> resolution(@RequestParam(required = false) String agency,
            @RequestParam(required = false) String period, @RequestParam(required = false) String periodType,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) String format, Authentication caller) {
        ReportingPeriod chosen = period(period, periodType, from, to, PeriodType.REPORTING);
        ResolutionReport report = reports.resolution(agency, chosen, caller.getName());
        if (format == null || format.isBlank() || format.equals("json")) {
            return ResponseEntity.ok(report);
        }
        if (!format.equals("xlsx")) {
            throw ProblemException.invalidField("format", "Định dạng phải là json, xlsx hoặc docx");
        }
        return file(files.resolutionWorkbook(report), ReportFiles.XLSX,
                "bao-cao-giai-quyet-tthc-" + chosen.name() + ".xlsx");
    }

    @Operation(summary = "Hồ sơ sau một số liệu của Biểu II.06a",
            description = "Danh sách hồ sơ tạo nên số liệu (`figure`), theo lĩnh vực nếu cần.")
    @GetMapping("/api/v1/reports/dossier-resolution/dossiers")
    List<LedgerDossier> resolutionDossiers(@RequestParam(required = false) String agency,
            @RequestParam(required = false) String period, @RequestParam(required = false) String periodType,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam String figure, @RequestParam(required = false) String field, Authentication caller) {
        LedgerFigure named;
        try {
            named = LedgerFigure.valueOf(figure.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("figure", "Không có chỉ tiêu \"" + figure + "\"");
        }
        return reports.dossiers(agency, period(period, periodType, from, to, PeriodType.REPORTING), named, field,
                caller.getName());
    }

    @Operation(summary = "Số liệu danh mục thủ tục",
            description = "Số thủ tục theo cấp, lĩnh vực, mức độ trực tuyến; JSON hoặc XLSX.")
    @GetMapping(path = "/api/v1/reports/catalog", produces = {MediaType.APPLICATION_JSON_VALUE, ReportFiles.XLSX})
    ResponseEntity<?> catalog(@RequestParam(required = false) String agency,
            @RequestParam(required = false) String period, @RequestParam(required = false) String periodType,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) String format, Authentication caller) {
        ReportingPeriod chosen = period(period, periodType, from, to, PeriodType.REPORTING);
        CatalogReport report = reports.catalog(agency, chosen, caller.getName());
        if (format == null || format.isBlank() || format.equals("json")) {
            return ResponseEntity.ok(report);
        }
        if (!format.equals("xlsx")) {
            throw ProblemException.invalidField("format", "Định dạng phải là json hoặc xlsx");
        }
        return file(files.catalogWorkbook(report), ReportFiles.XLSX, "thu-tuc-hanh-chinh-" + chosen.name() + ".xlsx");
    }

    @Operation(summary = "Bộ chỉ số 766",
            description = "Điểm từng nhóm và chỉ tiêu tính trực tiếp từ dữ liệu (hồ sơ, danh mục, phản ánh kiến "
                    + "nghị); chỉ tiêu không có dữ liệu nói lý do.")
    @GetMapping("/api/v1/index/766")
    ReportJson.Index index(@RequestParam(required = false) String agency,
            @RequestParam(required = false) String period, @RequestParam(required = false) String periodType,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            Authentication caller) {
        return ReportJson.Index.of(reports.index(agency, period(period, periodType, from, to, PeriodType.CALENDAR),
                caller.getName()));
    }

    @Operation(summary = "Giải thích một chỉ tiêu 766",
            description = "Danh sách hồ sơ, thủ tục hoặc phản ánh tạo nên tử số hoặc mẫu số của chỉ tiêu.")
    @GetMapping("/api/v1/index/766/explain")
    List<IndexEntry> explain(@RequestParam(required = false) String agency,
            @RequestParam(required = false) String period, @RequestParam(required = false) String periodType,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam String metric, @RequestParam(defaultValue = "numerator") String part,
            Authentication caller) {
        IndexMetric named = IndexMetric.byCode(metric, "metric");
        if (!part.equals("numerator") && !part.equals("denominator")) {
            throw ProblemException.invalidField("part", "part phải là numerator hoặc denominator");
        }
        return reports.explain(agency, period(period, periodType, from, to, PeriodType.CALENDAR), named,
                part.equals("numerator"), caller.getName());
    }

    /** The period named, or from/to; {@code fallback} when no type is given. */
    static ReportingPeriod period(String name, String type, LocalDate from, LocalDate to, PeriodType fallback) {
        return ReportingPeriod.requested(name, type, from, to, fallback);
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, String type, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes);
    }
}

package vn.motcua.periodic.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.periodic.Narrative;
import vn.motcua.periodic.PeriodicContent;
import vn.motcua.periodic.PeriodicReport;
import vn.motcua.periodic.PeriodicReports;
import vn.motcua.periodic.ReportKind;
import vn.motcua.reporting.PeriodType;
import vn.motcua.reporting.ReportingPeriod;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.web.IfMatch;

/**
 * The periodic TTHC control report over REST (contract paths): its content from the records, drafts kept with the
 * officer's narrative, issued versions frozen with their number and date, and the DOCX of each. A period is named as
 * for the other reports ({@code 2023-Q3}, {@code 2024-H1}, {@code 2024-Y}; {@code periodType} REPORTING by default).
 */
@Tag(name = "Báo cáo định kỳ", description = "Báo cáo định kỳ công tác kiểm soát TTHC (quý, 6 tháng, năm, tự kiểm "
        + "tra): số liệu từ dữ liệu hệ thống, phần thuyết minh, dự thảo và bản đã ban hành")
@RestController
class PeriodicApiController {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final PeriodicReports reports;

    PeriodicApiController(PeriodicReports reports) {
        this.reports = reports;
    }

    @Operation(summary = "Nội dung báo cáo định kỳ",
            description = "Mọi phần của báo cáo với số liệu và danh sách lấy từ dữ liệu: Biểu II.06a, công bố công "
                    + "khai, các hoạt động kiểm soát, phản ánh kiến nghị, dịch vụ công trực tuyến, tiến độ kế hoạch, "
                    + "nhiệm vụ kỳ tới; `kind` = QUARTER, HALF, YEAR hoặc SELF_INSPECTION.")
    @GetMapping(path = "/api/v1/reports/periodic-content", produces = MediaType.APPLICATION_JSON_VALUE)
    PeriodicContent content(@RequestParam(required = false) String agency,
            @RequestParam(required = false) String period, @RequestParam(required = false) String periodType,
            @RequestParam(required = false) String kind, Authentication caller) {
        ReportingPeriod chosen = period(period, periodType, null, null);
        return reports.content(agency, chosen, ReportKind.of(kind, chosen.kind()), caller.getName());
    }

    /**
     * Keeps the narrative as the period's draft and answers the report: DOCX by default (as before drafts were
     * kept), the draft as JSON (201) when the client asks for JSON only. A month or a range of dates has no report of
     * its own: its DOCX is written from the quarterly report's sections and nothing is kept.
     */
    @Operation(summary = "Lưu dự thảo và tạo báo cáo định kỳ",
            description = "Lưu phần thuyết minh thành dự thảo của kỳ (mỗi kỳ một dự thảo; If-Match tuỳ chọn) và trả "
                    + "về tệp DOCX theo thể thức Nghị định 30/2020 với mọi phần lấy từ dữ liệu, hoặc dự thảo dạng JSON "
                    + "khi Accept là application/json.")
    @PostMapping(path = "/api/v1/reports/periodic", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {DOCX, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<?> periodic(@RequestParam(required = false) String agency,
            @RequestParam(required = false) String period, @RequestParam(required = false) String periodType,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) String kind, @RequestBody(required = false) Narrative narrative,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, Authentication caller) {
        Narrative written = narrative == null ? Narrative.NONE : narrative.validated();
        ReportingPeriod chosen = period(period, periodType, from, to);
        ReportKind named = ReportKind.named(kind);
        ReportKind chosenKind = named != null ? named : ReportKind.forPeriod(chosen.kind()).orElse(null);
        if (chosenKind == null) {
            PeriodicContent content = reports.preview(agency, chosen, caller.getName());
            return file(reports.document(content, written, caller.getName()), fileName(chosen));
        }
        Integer expected = ifMatch == null || ifMatch.isBlank() ? null : IfMatch.version(ifMatch, "báo cáo");
        PeriodicReport draft = reports.saveDraft(agency, chosen, chosenKind, written, expected, caller.getName());
        URI location = URI.create("/api/v1/reports/periodic/" + draft.id());
        if (wantsJson(accept)) {
            return ResponseEntity.status(HttpStatus.CREATED).location(location)
                    .eTag(IfMatch.etag(draft.version())).body(ReportView.of(draft, null, List.of()));
        }
        byte[] bytes = reports.document(draft.id(), caller.getName());
        return ResponseEntity.ok().location(location).eTag(IfMatch.etag(draft.version()))
                .header("X-Report-Id", Long.toString(draft.id())).contentType(MediaType.parseMediaType(DOCX))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName(chosen))).body(bytes);
    }

    @Operation(summary = "Danh sách báo cáo định kỳ",
            description = "Dự thảo và các bản đã ban hành của cơ quan, kỳ mới nhất trước; của một kỳ nếu nêu `period`.")
    @GetMapping(path = "/api/v1/reports/periodic", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ReportView> list(@RequestParam(required = false) String agency,
            @RequestParam(required = false) String period, @RequestParam(required = false) String periodType,
            Authentication caller) {
        ReportingPeriod chosen = period == null || period.isBlank() ? null : period(period, periodType, null, null);
        return reports.list(agency, chosen, caller.getName()).stream().map(r -> ReportView.of(r, null, null))
                .toList();
    }

    @Operation(summary = "Một báo cáo định kỳ",
            description = "Báo cáo với nội dung (dự thảo: số liệu hiện tại; bản đã ban hành: như khi ban hành) và, với "
                    + "dự thảo, các số liệu đã thay đổi so với bản ban hành gần nhất của kỳ; `format=docx` trả tệp.")
    @GetMapping(path = "/api/v1/reports/periodic/{id}", produces = {MediaType.APPLICATION_JSON_VALUE, DOCX})
    ResponseEntity<?> get(@PathVariable long id, @RequestParam(required = false) String format,
            Authentication caller) {
        PeriodicReport report = reports.get(id, caller.getName());
        if ("docx".equals(format)) {
            return file(reports.document(id, caller.getName()), fileName(report));
        }
        if (format != null && !format.isBlank() && !format.equals("json")) {
            throw ProblemException.invalidField("format", "Định dạng phải là json hoặc docx");
        }
        PeriodicContent content = reports.contentOf(report, caller.getName());
        return ResponseEntity.ok().eTag(IfMatch.etag(report.version())).body(ReportView.of(report, content,
                reports.changes(report, content, caller.getName())));
    }

    /** The number and date a report is issued with. */
    record Issue(String number, LocalDate issuedOn) {}

    @Operation(summary = "Ban hành báo cáo định kỳ",
            description = "Ghi số, ngày ban hành và đóng băng nội dung cùng tệp DOCX của dự thảo: dữ liệu về sau không "
                    + "làm thay đổi bản đã ban hành (If-Match tuỳ chọn; 409 nếu đã ban hành).")
    @PostMapping(path = "/api/v1/reports/periodic/{id}/issue", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ReportView> issue(@PathVariable long id, @RequestBody(required = false) Issue issue,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Authentication caller) {
        Integer expected = ifMatch == null || ifMatch.isBlank() ? null : IfMatch.version(ifMatch, "báo cáo");
        Issue given = issue == null ? new Issue(null, null) : issue;
        PeriodicReport issued = reports.issue(id, given.number(), given.issuedOn(), expected, caller.getName());
        return ResponseEntity.ok().eTag(IfMatch.etag(issued.version())).body(ReportView.of(issued, null, null));
    }

    @Operation(summary = "Báo cáo định kỳ (DOCX) của một kỳ",
            description = "Báo cáo với mọi phần lấy từ dữ liệu và phần thuyết minh mặc định, không lưu dự thảo.")
    @GetMapping(path = "/api/v1/reports/dossier-resolution", params = "format=docx", produces = DOCX)
    ResponseEntity<byte[]> resolutionDocument(@RequestParam(required = false) String agency,
            @RequestParam(required = false) String period, @RequestParam(required = false) String periodType,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            Authentication caller) {
        ReportingPeriod chosen = period(period, periodType, from, to);
        PeriodicContent content = reports.preview(agency, chosen, caller.getName());
        return file(reports.document(content, Narrative.NONE, caller.getName()), fileName(chosen));
    }

    /**
     * A periodic report as JSON: the report, and on a single report its content and the figures changed since the
     * last issued version.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ReportView(long id, String agencyCode, ReportKind kind, String kindLabel, String period,
            PeriodType periodType, LocalDate from, LocalDate to, String status, String statusLabel, Integer revision,
            String number, LocalDate issuedOn, String issuedBy, Instant issuedAt, Narrative narrative, int version,
            String updatedBy, Instant updatedAt, PeriodicContent content, List<PeriodicReports.Change> changes) {

        static ReportView of(PeriodicReport r, PeriodicContent content, List<PeriodicReports.Change> changes) {
            return new ReportView(r.id(), r.agencyCode(), r.kind(), r.kind().label(), r.period(), r.periodType(),
                    r.from(), r.to(), r.status().name(), r.status().label(), r.revision(), r.number(), r.issuedOn(),
                    r.issuedBy(), r.issuedAt(), r.narrative(), r.version(), r.updatedBy(), r.updatedAt(), content,
                    changes);
        }
    }

    /** Whether the client asks for JSON rather than the document (no Accept, or a wildcard, means the document). */
    static boolean wantsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (IllegalArgumentException e) {
            return false;
        }
        org.springframework.util.MimeTypeUtils.sortBySpecificity(types);
        for (MediaType type : types) {
            if (type.isWildcardType() || type.isWildcardSubtype()) {
                return false;
            }
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                return true;
            }
            if (type.isCompatibleWith(MediaType.parseMediaType(DOCX))) {
                return false;
            }
        }
        return false;
    }

    static ReportingPeriod period(String name, String type, LocalDate from, LocalDate to) {
        return ReportingPeriod.requested(name, type, from, to, PeriodType.REPORTING);
    }

    static String fileName(ReportingPeriod period) {
        return "bao-cao-kiem-soat-tthc-" + period.name() + ".docx";
    }

    static String fileName(PeriodicReport report) {
        return (report.kind() == ReportKind.SELF_INSPECTION ? "bao-cao-tu-kiem-tra-" : "bao-cao-kiem-soat-tthc-")
                + report.period() + (report.issued() ? "-ban-hanh-" + report.revision() : "-du-thao") + ".docx";
    }

    private static String attachment(String name) {
        return ContentDisposition.attachment().filename(name).build().toString();
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(DOCX))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(name)).body(bytes);
    }
}

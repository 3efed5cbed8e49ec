package vn.motcua.control.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.control.ControlActivities;
import vn.motcua.control.ControlActivitiesReport;
import vn.motcua.control.ControlList;
import vn.motcua.control.ControlRecord;
import vn.motcua.control.InspectionFinding;
import vn.motcua.control.ImportResult;
import vn.motcua.feedback.Feedback;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.web.IfMatch;
import vn.motcua.shared.web.VietnamTime;

/**
 * The control lists over REST: {@code /api/v1/control/{documents|communications|inspections|reviews|legal-drafts}}
 * (create, list by agency and period, read, replace with {@code If-Match}, delete, XLSX import and export) and the
 * report of control activities with its drill-down.
 */
@Tag(name = "Kiểm soát TTHC", description = "Văn bản chỉ đạo, tuyên truyền, kiểm tra, rà soát, dự thảo VBQPPL và "
        + "báo cáo hoạt động kiểm soát")
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
class ControlApiController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ControlActivities control;

    ControlApiController(ControlActivities control) {
        this.control = control;
    }

    @Operation(summary = "Thêm một bản ghi vào danh sách kiểm soát",
            description = "`list`: documents, communications, inspections, reviews, legal-drafts. Dữ liệu sai trả "
                    + "400 với từng trường.")
    @PostMapping(path = "/api/v1/control/{list}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> create(@PathVariable String list, @RequestBody Map<String, Object> body,
            Authentication caller) {
        ControlList named = list(list);
        ControlRecord record = control.create(named, body, caller.getName());
        return ResponseEntity.created(URI.create("/api/v1/control/" + named.path() + "/" + record.id()))
                .eTag(etag(record)).body(record.asJson());
    }

    @Operation(summary = "Danh sách bản ghi kiểm soát",
            description = "Của cơ quan (`agency`), lọc theo kỳ (`period`).")
    @GetMapping("/api/v1/control/{list}")
    List<Map<String, Object>> list(@PathVariable String list, @RequestParam(required = false) String agency,
            @RequestParam(required = false) String period, @RequestParam(required = false) String periodType,
            Authentication caller) {
        return control.list(list(list), agency, ControlPeriods.parse(period, periodType), caller.getName()).stream()
                .map(ControlRecord::asJson).toList();
    }

    @Operation(summary = "Một bản ghi kiểm soát",
            description = "`ETag` là phiên bản dùng cho `If-Match` khi sửa.")
    @GetMapping("/api/v1/control/{list}/{id:\\d+}")
    ResponseEntity<Map<String, Object>> get(@PathVariable String list, @PathVariable long id, Authentication caller) {
        ControlRecord record = control.get(list(list), id, caller.getName());
        return ResponseEntity.ok().eTag(etag(record)).body(record.asJson());
    }

    @Operation(summary = "Sửa một bản ghi kiểm soát",
            description = "Gửi `If-Match` với phiên bản đã xem.")
    @PutMapping(path = "/api/v1/control/{list}/{id:\\d+}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> replace(@PathVariable String list, @PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody Map<String, Object> body, Authentication caller) {
        ControlRecord record = control.update(list(list), id, version(ifMatch), body, caller.getName());
        return ResponseEntity.ok().eTag(etag(record)).body(record.asJson());
    }

    @Operation(summary = "Kết quả tự kiểm tra theo đơn vị, nội dung",
            description = "Những gì một cuộc kiểm tra phát hiện ở từng đơn vị, theo bảy nội dung kiểm soát TTHC.")
    @GetMapping("/api/v1/control/inspections/{id:\\d+}/findings")
    ResponseEntity<List<InspectionFinding>> findings(@PathVariable long id, Authentication caller) {
        List<InspectionFinding> findings = control.findings(id, caller.getName());
        return ResponseEntity.ok().eTag(etag(control.get(ControlList.INSPECTIONS, id, caller.getName())))
                .body(findings);
    }

    /** What an inspection found in one unit: one entry per content inspected. */
    record UnitFindings(String unit, List<InspectionFinding.Entry> findings) {}

    @Operation(summary = "Ghi kết quả kiểm tra một đơn vị",
            description = "Thay toàn bộ kết quả của đơn vị trong cuộc kiểm tra (mỗi nội dung một đánh giá: GOOD, "
                    + "SHORTCOMINGS, VIOLATION; hạn chế, sai phạm phải ghi rõ); gửi `If-Match` với phiên bản của cuộc "
                    + "kiểm tra.")
    @PutMapping(path = "/api/v1/control/inspections/{id:\\d+}/findings", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<InspectionFinding>> recordFindings(@PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) UnitFindings body, Authentication caller) {
        UnitFindings given = body == null ? new UnitFindings(null, null) : body;
        List<InspectionFinding> findings = control.recordFindings(id, version(ifMatch), given.unit(), given.findings(),
                caller.getName());
        return ResponseEntity.ok().eTag(etag(control.get(ControlList.INSPECTIONS, id, caller.getName())))
                .body(findings);
    }

    @Operation(summary = "Xóa một bản ghi kiểm soát",
            description = "Gửi `If-Match` với phiên bản đã xem.")
    @DeleteMapping("/api/v1/control/{list}/{id:\\d+}")
    ResponseEntity<Void> delete(@PathVariable String list, @PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Authentication caller) {
        control.delete(list(list), id, ifMatch == null || ifMatch.isBlank() ? null : version(ifMatch),
                caller.getName());
        return ResponseEntity.noContent().build();
    }

    /**
     * An XLSX sheet of records (part {@code file}); {@code agency} is the agency of rows without their own "Mã cơ
     * quan". Nothing is written unless every row is accepted: otherwise 400 problem+json listing every refused row
     * ({@code refused[{row, reason}]}, and as {@code errors[{field: "row 5", message}]}).
     */
    @Operation(summary = "Nhập danh sách từ tệp XLSX",
            description = "Không ghi dòng nào nếu có dòng lỗi; trả về các dòng lỗi với số dòng và lý do.")
    @PostMapping(path = "/api/v1/control/{list}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<?> importSheet(@PathVariable String list, @RequestParam(required = false) String agency,
            @RequestPart(name = "file", required = false) MultipartFile file, Authentication caller) {
        ControlList named = list(list);
        if (file == null || file.isEmpty()) {
            throw ProblemException.invalidField("file", "Chọn tệp bảng tính (.xlsx) để nhập");
        }
        ImportResult result;
        try (InputStream in = file.getInputStream()) {
            result = control.importSheet(named, agency, in, caller.getName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (result.accepted()) {
            return ResponseEntity.ok(result);
        }
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(refusal(result));
    }

    @Operation(summary = "Xuất danh sách ra XLSX",
            description = "Cùng bố cục với tệp nhập.")
    @GetMapping(path = "/api/v1/control/{list}/export", produces = {XLSX, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<byte[]> export(@PathVariable String list, @RequestParam(required = false) String agency,
            @RequestParam(required = false) String period, @RequestParam(required = false) String periodType,
            Authentication caller) {
        ControlList named = list(list);
        var chosen = ControlPeriods.parse(period, periodType);
        byte[] bytes = control.export(named, agency, chosen, caller.getName());
        String name = "kiem-soat-" + named.slug() + (chosen == null ? "" : "-" + chosen.name()) + ".xlsx";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(bytes);
    }

    /** Keeps a directive document's file; the answer's {@code fileId} goes into the document. */
    @Operation(summary = "Tải lên tệp văn bản chỉ đạo",
            description = "Trả về `fileId` để gắn vào văn bản.")
    @PostMapping(path = "/api/v1/control/documents/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> storeFile(@RequestPart(name = "file", required = false) MultipartFile file,
            Authentication caller) {
        if (file == null || file.isEmpty()) {
            throw ProblemException.invalidField("file", "Chọn tệp văn bản để tải lên");
        }
        try (InputStream in = file.getInputStream()) {
            String key = control.storeFile(in, caller.getName());
            return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("fileId", key, "size", file.getSize()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Operation(summary = "Tải tệp của văn bản chỉ đạo",
            description = "Tệp đã lưu của văn bản.")
    @GetMapping(path = "/api/v1/control/documents/{id:\\d+}/file", produces = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> documentFile(@PathVariable long id, Authentication caller) {
        byte[] bytes;
        try (InputStream in = control.documentFile(id, caller.getName())) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DocumentFiles.Kind kind = DocumentFiles.kind(bytes);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(kind.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("van-ban-" + id + kind.extension()).build().toString())
                .body(bytes);
    }

    @Operation(summary = "Số liệu hoạt động kiểm soát TTHC của kỳ",
            description = "Văn bản chỉ đạo, đánh giá tác động, thẩm định, rà soát, tuyên truyền, kiểm tra, phản ánh "
                    + "kiến nghị; mỗi số liệu mở được danh sách bản ghi.")
    @GetMapping("/api/v1/reports/control-activities")
    ControlActivitiesReport report(@RequestParam(required = false) String agency,
            @RequestParam(required = false) String period, @RequestParam(required = false) String periodType,
            Authentication caller) {
        return control.report(agency, ControlPeriods.require(period, periodType), caller.getName());
    }

    @Operation(summary = "Bản ghi sau một số liệu kiểm soát",
            description = "`figure`, ví dụ review.tthcReviewed hoặc feedback.handled.")
    @GetMapping("/api/v1/reports/control-activities/records")
    List<Map<String, Object>> records(@RequestParam(required = false) String agency,
            @RequestParam(required = false) String period, @RequestParam(required = false) String periodType,
            @RequestParam(required = false) String figure, Authentication caller) {
        if (figure == null || figure.isBlank()) {
            throw ProblemException.invalidField("figure", "Cần nêu chỉ tiêu (figure), ví dụ review.tthcReviewed");
        }
        if (figure.strip().startsWith("feedback.")) {
            return control.feedbackRecords(agency, ControlPeriods.require(period, periodType), figure,
                    caller.getName()).stream().map(ControlApiController::feedbackJson).toList();
        }
        return control.records(agency, ControlPeriods.require(period, periodType), figure, caller.getName())
                .stream().map(r -> {
                    Map<String, Object> json = new java.util.LinkedHashMap<>();
                    json.put("list", r.list().path());
                    json.putAll(r.asJson());
                    return json;
                }).toList();
    }

    /** A feedback behind a figure, as the drill-down lists it (the register's columns; no contacts). */
    static Map<String, Object> feedbackJson(Feedback f) {
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("list", "feedback");
        json.put("code", f.code());
        json.put("agencyCode", f.agencyCode());
        json.put("registerNumber", f.registerNumber());
        json.put("subject", f.subject());
        json.put("status", f.status().name());
        json.put("statusLabel", f.status().label());
        json.put("channel", f.channel().name());
        json.put("receivedAt", VietnamTime.offset(f.receivedAt()));
        json.put("handledAt", VietnamTime.offset(f.handling().handledAt()));
        json.put("handledOnTime", f.handling().handledOnTime());
        json.put("handlingDue", VietnamTime.offset(f.deadlines().handling()));
        json.put("publishedAt", VietnamTime.offset(f.answer().publishedAt()));
        return json;
    }

    static ProblemDetail refusal(ImportResult result) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Không nhập dòng nào: "
                + result.refused().size() + " dòng có lỗi; sửa các dòng này rồi nhập lại cả tệp.");
        body.setTitle("Dữ liệu không hợp lệ");
        body.setProperty("imported", 0);
        body.setProperty("refused", result.refused());
        body.setProperty("errors", result.refused().stream()
                .map(r -> Map.of("field", "row " + r.row(), "message", "Dòng " + r.row() + ": " + r.reason()))
                .toList());
        return body;
    }

    static ControlList list(String path) {
        return ControlList.byPath(path).orElseThrow(() -> ProblemException.notFound("Không có danh sách \"" + path
                + "\"; các danh sách: documents, communications, inspections, reviews, legal-drafts"));
    }

    static String etag(ControlRecord record) {
        return IfMatch.etag(record.version());
    }

    /** The version named by {@code If-Match}; 428 when missing. */
    static int version(String ifMatch) {
        return IfMatch.version(ifMatch, "bản ghi");
    }
}

package vn.motcua.controlplan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.controlplan.ControlPlan;
import vn.motcua.controlplan.ControlPlans;
import vn.motcua.controlplan.PlanDraft;
import vn.motcua.controlplan.ProgressEntry;
import vn.motcua.controlplan.ProgressInput;
import vn.motcua.shared.ProblemException;

/**
 * Control plans over REST: {@code /api/v1/control/plans} (create, list by agency and year, read with progress as of
 * a day, the DOCX, replace with {@code If-Match}, copy into a year), progress entries of a task and the plan's
 * progress (JSON or XLSX).
 */
@Tag(name = "Kế hoạch kiểm soát TTHC", description = "Kế hoạch năm, phụ lục nhiệm vụ, thời hạn hiểu theo quy tắc, "
        + "tiến độ thực hiện")
@RestController
class PlanApiController {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ControlPlans plans;

    PlanApiController(ControlPlans plans) {
        this.plans = plans;
    }

    @Operation(summary = "Tạo kế hoạch kiểm soát TTHC của năm",
            description = "Số, ngày, căn cứ, mục đích, yêu cầu và phụ lục nhiệm vụ theo mục (I, II, …). Thời gian "
                    + "thực hiện giữ nguyên văn và được hiểu thành lịch (`schedule`); không hiểu được thì ghi kiểu "
                    + "TEXT, không từ chối.")
    @PostMapping(path = "/api/v1/control/plans", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> create(@RequestBody PlanDraft draft, Authentication caller) {
        ControlPlan plan = plans.create(draft, caller.getName());
        return ResponseEntity.created(URI.create("/api/v1/control/plans/" + plan.id())).eTag(PlanJson.etag(plan))
                .body(PlanJson.plan(plan));
    }

    @Operation(summary = "Các kế hoạch của cơ quan",
            description = "Theo cơ quan và năm.")
    @GetMapping(path = "/api/v1/control/plans", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Map<String, Object>> list(@RequestParam(required = false) String agency,
            @RequestParam(required = false) Integer year, Authentication caller) {
        return plans.list(agency, year, caller.getName()).stream().map(PlanJson::summary).toList();
    }

    @Operation(summary = "Một kế hoạch với tiến độ",
            description = "Các mục, nhiệm vụ, lịch đến hạn và tình trạng từng lần đến hạn tại ngày `asOf`; `ETag` "
                    + "là phiên bản.")
    @GetMapping(path = "/api/v1/control/plans/{id:\\d+}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> get(@PathVariable long id, @RequestParam(required = false) LocalDate asOf,
            Authentication caller) {
        ControlPlan plan = plans.get(id, caller.getName());
        Map<String, Object> json = PlanJson.plan(plan);
        json.put("progress", PlanJson.progress(plans.progress(id, asOf, caller.getName())));
        return ResponseEntity.ok().eTag(PlanJson.etag(plan)).body(json);
    }

    @Operation(summary = "Kế hoạch dạng DOCX",
            description = "Thể thức Nghị định 30/2020, phụ lục nhiệm vụ là bảng khổ ngang.")
    @GetMapping(path = "/api/v1/control/plans/{id:\\d+}", params = "format=docx", produces = {DOCX,
            MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<byte[]> document(@PathVariable long id, Authentication caller) {
        ControlPlan plan = plans.get(id, caller.getName());
        byte[] bytes = plans.document(id, caller.getName());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(DOCX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("ke-hoach-kiem-soat-tthc-" + plan.year() + "-" + plan.id() + ".docx").build()
                        .toString())
                .body(bytes);
    }

    @Operation(summary = "Sửa kế hoạch",
            description = "Gửi `If-Match` với phiên bản đã xem; không xóa được nhiệm vụ đã có tiến độ.")
    @PutMapping(path = "/api/v1/control/plans/{id:\\d+}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> replace(@PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody PlanDraft draft, Authentication caller) {
        ControlPlan plan = plans.update(id, PlanJson.version(ifMatch), draft, caller.getName());
        return ResponseEntity.ok().eTag(PlanJson.etag(plan)).body(PlanJson.plan(plan));
    }

    @Operation(summary = "Sao chép kế hoạch sang năm khác",
            description = "Tạo kế hoạch mới cho năm `year` với các nhiệm vụ và thời gian thực hiện chuyển sang năm đó.")
    @PostMapping(path = "/api/v1/control/plans/{id:\\d+}/copy", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> copy(@PathVariable long id, @RequestParam(required = false) Integer year,
            Authentication caller) {
        if (year == null) {
            throw ProblemException.invalidField("year", "Cần nêu năm của kế hoạch mới (year)");
        }
        ControlPlan plan = plans.copy(id, year, caller.getName());
        return ResponseEntity.created(URI.create("/api/v1/control/plans/" + plan.id())).eTag(PlanJson.etag(plan))
                .body(PlanJson.plan(plan));
    }

    @Operation(summary = "Ghi nhận tiến độ một nhiệm vụ",
            description = "Trạng thái, ngày, ghi chú, minh chứng (văn bản chỉ đạo, tệp hoặc mô tả); nhiệm vụ định "
                    + "kỳ nêu `dueDate` của lần đến hạn.")
    @PostMapping(path = "/api/v1/control/plans/{id:\\d+}/tasks/{taskId:\\d+}/progress",
            consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ProgressEntry> record(@PathVariable long id, @PathVariable long taskId,
            @RequestBody ProgressInput input, Authentication caller) {
        ProgressEntry entry = plans.recordProgress(id, taskId, input, caller.getName());
        return ResponseEntity.status(HttpStatus.CREATED).body(entry);
    }

    @Operation(summary = "Tiến độ kế hoạch tại một ngày",
            description = "Số lần đến hạn, hoàn thành đúng hạn, trễ hạn, quá hạn, chưa đến hạn; theo mục và đơn vị "
                    + "chủ trì; việc đến hạn trong 10 ngày làm việc tới.")
    @GetMapping(path = "/api/v1/control/plans/{id:\\d+}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> progress(@PathVariable long id, @RequestParam(required = false) LocalDate asOf,
            Authentication caller) {
        return PlanJson.progress(plans.progress(id, asOf, caller.getName()));
    }

    @Operation(summary = "Báo cáo tiến độ kế hoạch (XLSX)",
            description = "Tổng hợp, chi tiết từng lần đến hạn và nhật ký tiến độ.")
    @GetMapping(path = "/api/v1/control/plans/{id:\\d+}/progress", params = "format=xlsx",
            produces = {XLSX, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<byte[]> progressWorkbook(@PathVariable long id, @RequestParam(required = false) LocalDate asOf,
            Authentication caller) {
        byte[] bytes = plans.progressWorkbook(id, asOf, caller.getName());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("tien-do-ke-hoach-" + id + ".xlsx").build().toString())
                .body(bytes);
    }

    @Operation(summary = "Nhật ký tiến độ của kế hoạch",
            description = "Mọi lần ghi nhận tiến độ với minh chứng, mới nhất trước.")
    @GetMapping(path = "/api/v1/control/plans/{id:\\d+}/progress/entries", produces = MediaType.APPLICATION_JSON_VALUE)
    List<ProgressEntry> entries(@PathVariable long id, Authentication caller) {
        return plans.progressEntries(id, caller.getName());
    }
}

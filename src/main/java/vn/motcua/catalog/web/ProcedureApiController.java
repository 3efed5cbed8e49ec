package vn.motcua.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.ContentProvenance;
import vn.motcua.catalog.FieldChange;
import vn.motcua.catalog.ImportSummary;
import vn.motcua.catalog.InternalProcedure;
import vn.motcua.catalog.InternalProcedurePlan;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.shared.ProblemException;

/** The procedure catalog over REST: reading is public, writing is for control officers and administrators. */
@Tag(name = "Danh mục thủ tục", description = "Thủ tục hành chính có phiên bản, quy trình nội bộ, nhập danh mục")
@RestController
@RequestMapping(path = "/api/v1/procedures", produces = MediaType.APPLICATION_JSON_VALUE)
class ProcedureApiController {

    static final String CONTROL = "hasAnyRole('CONTROL_OFFICER','ADMINISTRATOR')";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Catalog catalog;
    private final JsonMapper json;
    private final Clock clock;

    ProcedureApiController(Catalog catalog, JsonMapper json, Clock clock) {
        this.catalog = catalog;
        this.json = json;
        this.clock = clock;
    }

    @Operation(summary = "Tìm thủ tục hành chính",
            description = "Tìm theo tên (có dấu hoặc không dấu, sai chính tả), mã (có hoặc không dấu chấm, có hậu "
                    + "tố tỉnh), lĩnh vực, cấp, trạng thái, mức độ trực tuyến; phân trang.")
    @GetMapping
    ProcedureJson.Page search(@RequestParam(required = false) String agency,
            @RequestParam(required = false) String q, @RequestParam(required = false) String field,
            @RequestParam(required = false) String level, @RequestParam(required = false) String status,
            @RequestParam(required = false) String onlineLevel, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return ProcedureJson.Page.of(catalog.search(
                SearchParameters.query(agency, q, field, level, status, onlineLevel, page, size)));
    }

    @Operation(summary = "Phiên bản đang hiệu lực của một thủ tục",
            description = "Đủ các bộ phận cấu thành công khai (Nghị định 63/2010 Điều 8): trình tự, cách thức, "
                    + "thành phần hồ sơ, thời hạn, đối tượng, kết quả, phí, căn cứ pháp lý; thiếu thì ghi chưa "
                    + "công bố.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProcedureVersion.class)))
    @GetMapping("/{code}")
    ObjectNode current(@PathVariable String code, @RequestParam(required = false) String agency) {
        return detail(catalog.current(agency, code));
    }

    @Operation(summary = "Các phiên bản của một thủ tục",
            description = "Lịch sử công bố: mỗi phiên bản với quyết định, ngày hiệu lực và trạng thái.")
    @GetMapping("/{code}/versions")
    List<ProcedureJson.VersionEntry> versions(@PathVariable String code, @RequestParam(required = false) String agency,
            Authentication caller) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), VIETNAM);
        return catalog.versions(agency, code).stream().filter(v -> visible(v, caller))
                .map(v -> ProcedureJson.VersionEntry.of(v, today)).toList();
    }

    @Operation(summary = "Một phiên bản của thủ tục",
            description = "Nội dung công khai của phiên bản đã chọn.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProcedureVersion.class)))
    @GetMapping("/{code}/versions/{version}")
    ObjectNode version(@PathVariable String code, @PathVariable int version,
            @RequestParam(required = false) String agency, Authentication caller) {
        return detail(visibleVersion(agency, code, version, caller));
    }

    @Operation(summary = "So sánh hai phiên bản",
            description = "Các trường khác nhau giữa hai phiên bản (`from`, `to`).")
    @GetMapping("/{code}/diff")
    Map<String, Object> diff(@PathVariable String code, @RequestParam int from, @RequestParam int to,
            @RequestParam(required = false) String agency) {
        List<FieldChange> changes = PublicContent.changes(catalog.diff(agency, code, from, to));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("from", from);
        body.put("to", to);
        body.put("changes", changes);
        return body;
    }

    @Operation(summary = "Quy trình nội bộ của phiên bản",
            description = "Các bước, đơn vị, vai trò và thời hạn từng bước; tổng phải bằng thời hạn giải quyết.")
    @GetMapping("/{code}/versions/{version}/internal-procedure")
    InternalProcedure internalProcedure(@PathVariable String code, @PathVariable int version,
            @RequestParam(required = false) String agency, Authentication caller) {
        visibleVersion(agency, code, version, caller);
        return catalog.internalProcedure(agency, code, version).orElseThrow(() -> ProblemException.notFound(
                "Phiên bản " + version + " của thủ tục " + code + " chưa có quy trình nội bộ."));
    }

    @Operation(summary = "Lưu quy trình nội bộ (cán bộ kiểm soát)",
            description = "Kiểm tra tổng thời hạn các bước khớp thời hạn giải quyết của thủ tục.")
    @PutMapping(path = "/{code}/versions/{version}/internal-procedure", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(CONTROL)
    InternalProcedure saveInternalProcedure(@PathVariable String code, @PathVariable int version,
            @RequestParam(required = false) String agency, @RequestBody InternalProcedurePlan plan,
            Authentication user) {
        return catalog.saveInternalProcedure(agency, code, version, plan, user.getName());
    }

    /** The lowest assurance level of a national sign-in a procedure accepts online (0: any account). */
    record AssuranceLevel(@Schema(description = "0: không yêu cầu; 1 hoặc 2: mức định danh điện tử tối thiểu",
            minimum = "0", maximum = "2") Integer level) {}

    @Operation(summary = "Mức định danh điện tử tối thiểu để nộp trực tuyến",
            description = "0 khi mọi tài khoản được nộp; 1 hoặc 2 khi thủ tục chỉ nhận hồ sơ trực tuyến của người đăng "
                    + "nhập bằng tài khoản định danh điện tử từ mức đó trở lên.")
    @GetMapping("/{code}/assurance-level")
    AssuranceLevel assuranceLevel(@PathVariable String code, @RequestParam(required = false) String agency) {
        return new AssuranceLevel(catalog.minimumAssuranceLevel(agency, code));
    }

    @Operation(summary = "Đặt mức định danh điện tử tối thiểu (cán bộ kiểm soát)",
            description = "Hồ sơ trực tuyến của người đăng nhập ở mức thấp hơn (hoặc không bằng tài khoản định danh "
                    + "điện tử) bị từ chối khi nộp, kèm lời giải thích.")
    @PutMapping(path = "/{code}/assurance-level", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(CONTROL)
    AssuranceLevel setAssuranceLevel(@PathVariable String code, @RequestParam(required = false) String agency,
            @RequestBody AssuranceLevel body, Authentication user) {
        if (body == null) {
            throw ProblemException.invalidField("level", "Thiếu mức định danh điện tử tối thiểu (0, 1 hoặc 2).");
        }
        return new AssuranceLevel(catalog.setMinimumAssuranceLevel(agency, code, body.level(), user.getName()));
    }

    @Operation(summary = "Tạo bản dự thảo sửa đổi thủ tục",
            description = "Bản dự thảo chỉ có hiệu lực khi được công bố bằng quyết định.")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ProcedureVersion.class)))
    @PostMapping(path = "/{code}/drafts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(CONTROL)
    @ResponseStatus(HttpStatus.CREATED)
    ObjectNode draft(@PathVariable String code, @RequestParam(required = false) String agency,
            @RequestBody ProcedureContent content, Authentication user) {
        return detail(catalog.createDraft(agency, code, content, user.getName()));
    }

    @Operation(summary = "Nhập danh mục thủ tục từ tệp JSON",
            description = "Tạo phiên bản mới cho thủ tục thay đổi; nhập lại tệp không đổi gì; dòng lỗi bị từ chối "
                    + "kèm lý do.")
    @PostMapping(path = "/import", consumes = MediaType.ALL_VALUE)
    @PreAuthorize(CONTROL)
    ImportSummary importCatalog(@RequestParam(required = false) String agency, @RequestBody byte[] file,
            Authentication user) {
        return catalog.importCatalog(agency, file, user.getName());
    }

    /**
     * The published content of the agency's procedures from a content file (steps, components, …): a new version of
     * each procedure it changes; the file's sources and notes are recorded as internal provenance.
     */
    @Operation(summary = "Nhập nội dung công khai của thủ tục",
            description = "Thành phần hồ sơ, trình tự, kết quả, căn cứ… thành phiên bản mới; nguồn và ghi chú biên "
                    + "tập giữ nội bộ.")
    @PostMapping(path = "/content-import", consumes = MediaType.ALL_VALUE)
    @PreAuthorize(CONTROL)
    ImportSummary importContent(@RequestParam(required = false) String agency, @RequestBody byte[] file,
            Authentication user) {
        return catalog.importContent(agency, file, user.getName());
    }

    /** Where a version's content came from: sources, confidence, the keepers' notes (control officers only). */
    @Operation(summary = "Nguồn nội dung của phiên bản (cán bộ kiểm soát)",
            description = "Nguồn, độ tin cậy và ghi chú biên tập của nội dung đã nhập; không công khai.")
    @GetMapping("/{code}/versions/{version}/provenance")
    @PreAuthorize(CONTROL)
    ContentProvenance.Recorded provenance(@PathVariable String code, @PathVariable int version,
            @RequestParam(required = false) String agency, Authentication user) {
        return catalog.provenance(agency, code, version, user.getName()).orElseThrow(() -> ProblemException.notFound(
                "Phiên bản " + version + " của thủ tục " + code + " chưa có ghi chép nguồn nội dung."));
    }

    /**
     * A version with every published constituent part; the summary fields have the same names as in the list.
     * The keepers' notes ({@link ProcedureContent#INTERNAL_PARTS}) are left out: this API is public.
     */
    private ObjectNode detail(ProcedureVersion v) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), VIETNAM);
        ObjectNode node = json.createObjectNode();
        node.put("code", v.code());
        node.put("agency", v.agency());
        node.put("name", v.name());
        node.put("field", v.content().fieldName());
        node.put("status", v.status().name());
        node.put("statusLabel", v.status().label());
        node.put("onlineLevel", v.content().onlineLevel() == null ? null : v.content().onlineLevel().name());
        node.set("timeLimit", json.valueToTree(ProcedureJson.TimeLimitJson.of(v.content().timeLimit())));
        node.put("version", v.version());
        node.put("changeKind", v.changeKind().name());
        node.put("source", v.source().name());
        node.put("effectiveOn", v.effectiveOn() == null ? null : v.effectiveOn().toString());
        node.set("decision", json.valueToTree(v.decision()));
        node.put("current", v.current());
        node.put("pending", v.pending(today));
        node.put("acceptingDossiers", v.current() && v.status() == vn.motcua.catalog.ProcedureStatus.ACTIVE);
        ObjectNode content = json.valueToTree(v.content());
        content.remove("timeLimit");
        content.remove("name");
        content.remove("onlineLevel");
        ProcedureContent.INTERNAL_PARTS.forEach(content::remove);
        node.setAll(content);
        return node;
    }

    /** Drafts are work in progress of the control office: only it and administrators see them. */
    private static boolean visible(ProcedureVersion version, Authentication caller) {
        return version.source() != ProcedureVersion.Source.DRAFT || managesCatalog(caller);
    }

    private ProcedureVersion visibleVersion(String agency, String code, int number, Authentication caller) {
        ProcedureVersion version = catalog.version(agency, code, number);
        if (!visible(version, caller)) {
            throw ProblemException.notFound("Thủ tục " + code + " không có phiên bản " + number + " được công bố.");
        }
        return version;
    }

    static boolean managesCatalog(Authentication caller) {
        return caller != null && caller.getAuthorities().stream().anyMatch(a ->
                a.getAuthority().equals("ROLE_CONTROL_OFFICER") || a.getAuthority().equals("ROLE_ADMINISTRATOR"));
    }
}

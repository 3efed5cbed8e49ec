package vn.motcua.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.AuditVerification;
import vn.motcua.dossier.DossierAudit;
import vn.motcua.identity.PersonalDataAccess;
import vn.motcua.identity.PersonalDataLog;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.web.Pages;

/** The audit trail: verification of the dossiers' hash chains and daily anchors, and the personal-data reading log. */
@Tag(name = "Nhật ký kiểm toán", description = "Kiểm tra toàn vẹn lịch sử hồ sơ (chuỗi băm, mốc niêm phong hằng "
        + "ngày) và nhật ký truy cập dữ liệu cá nhân")
@RestController
@RequestMapping(path = "/api/v1/audit", produces = MediaType.APPLICATION_JSON_VALUE)
class AuditApiController {

    private static final int MAX_ACCESSES = 1000;

    private final DossierAudit audit;
    private final PersonalDataLog personalData;

    AuditApiController(DossierAudit audit, PersonalDataLog personalData) {
        this.audit = audit;
        this.personalData = personalData;
    }

    @Operation(summary = "Kiểm tra toàn vẹn nhật ký hồ sơ",
            description = "Tính lại chuỗi băm của mọi sự kiện trong lịch sử các hồ sơ của cơ quan (`agency`; không "
                    + "có: mọi cơ quan người gọi được kiểm tra) và mọi mốc niêm phong hằng ngày. `intact: false` khi "
                    + "có sự kiện bị sửa, xóa hoặc chèn trực tiếp trong cơ sở dữ liệu; `breaks` chỉ hồ sơ và bước "
                    + "đầu tiên không khớp, `anchorBreaks` các mốc không khớp. Dành cho lãnh đạo, cán bộ kiểm soát "
                    + "TTHC (cơ quan của mình) và quản trị hệ thống.")
    @GetMapping("/verify")
    AuditVerification verify(@RequestParam(required = false) String agency, Authentication caller) {
        return audit.verify(Pages.blank(agency), caller.getName());
    }

    @Operation(summary = "Niêm phong ngay các sự kiện mới",
            description = "Lập mốc niêm phong cho các sự kiện ghi từ mốc trước (việc này vẫn chạy tự động hằng "
                    + "ngày). 201 với mốc mới; 204 khi không có sự kiện mới. Chỉ quản trị hệ thống.")
    @ApiResponse(responseCode = "201", description = "Mốc mới",
            content = @Content(schema = @Schema(implementation = AuditVerification.Anchor.class)))
    @ApiResponse(responseCode = "204", description = "Không có sự kiện mới để niêm phong")
    @PostMapping("/anchors")
    ResponseEntity<AuditVerification.Anchor> anchor(Authentication caller) {
        if (!PageSupport.has(caller, "ROLE_ADMINISTRATOR")) {
            throw new ProblemException(ProblemException.Kind.FORBIDDEN,
                    "Chỉ quản trị hệ thống được lập mốc niêm phong.");
        }
        return audit.anchor().map(a -> ResponseEntity.status(201).body(a))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @Operation(summary = "Nhật ký truy cập dữ liệu cá nhân",
            description = "Ai đã xem dữ liệu cá nhân nào (số định danh, điện thoại, thư điện tử, địa chỉ của người "
                    + "nộp hồ sơ), lúc nào, qua đâu — theo Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15. Lọc theo "
                    + "`subject` (mã hồ sơ) và `actor` (tài khoản); mới nhất trước, tối đa `limit` (1000).")
    @GetMapping("/personal-data")
    List<PersonalDataAccess> personalData(@RequestParam(required = false) String subject,
            @RequestParam(required = false) String actor, @RequestParam(defaultValue = "200") int limit,
            Authentication caller) {
        return PersonalDataReads.recent(audit, personalData, caller.getName(), Pages.blank(subject),
                Pages.blank(actor), Math.max(1, Math.min(limit, MAX_ACCESSES)));
    }
}

package vn.motcua.integration.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.integration.NationalCatalogPulls;
import vn.motcua.integration.PortalReconciliations;

/** The national catalogue pull and the reconciliation with the portal, run on request and listed (administrators). */
@Tag(name = "Đồng bộ với hệ thống quốc gia", description = "Kéo thay đổi từ CSDL quốc gia về thủ tục hành chính "
        + "thành dự thảo danh mục; đối soát hồ sơ đã đồng bộ với Cổng Dịch vụ công quốc gia (TraCuuHoSo)")
@RestController
@PreAuthorize("hasRole('ADMINISTRATOR')")
class NationalSyncController {

    private final NationalCatalogPulls pulls;
    private final PortalReconciliations reconciliations;

    NationalSyncController(NationalCatalogPulls pulls, PortalReconciliations reconciliations) {
        this.pulls = pulls;
        this.reconciliations = reconciliations;
    }

    @Operation(summary = "Kéo thay đổi từ CSDL quốc gia về TTHC ngay (quản trị)",
            description = "Lấy danh sách thủ tục thay đổi từ ngày trước lần kéo thành công gần nhất (LayDanhSachTTHC), "
                    + "nội dung từng thủ tục (LayThuTuc), và lập dự thảo phiên bản cho danh mục của cơ quan (nguồn "
                    + "\"CSDL quốc gia\"); không tự công bố: cán bộ kiểm soát TTHC công bố bằng quyết định. Nội dung đã "
                    + "kéo trước đó hoặc trùng với danh mục không tạo dự thảo mới. Trả về kết quả lần kéo. 409 khi chưa "
                    + "cấu hình địa chỉ hoặc khi một lần kéo khác đang chạy.")
    @PostMapping("/api/v1/catalog/national-sync")
    NationalCatalogPulls.Pull pull(Principal principal) {
        return pulls.pull(principal.getName());
    }

    @Operation(summary = "Các lần kéo danh mục từ CSDL quốc gia (quản trị)",
            description = "Mới nhất trước: thời điểm, người yêu cầu (system:motcua cho lần chạy hằng ngày), số thủ tục "
                    + "được liệt kê, mới, thay đổi, không đổi, bỏ qua (ngoài lĩnh vực của cơ quan) và lỗi.")
    @GetMapping("/api/v1/catalog/national-sync")
    List<NationalCatalogPulls.Pull> pulls() {
        return pulls.recent(50);
    }

    @Operation(summary = "Đối soát với Cổng Dịch vụ công quốc gia ngay (quản trị)",
            description = "Tra cứu từng hồ sơ đã đồng bộ trong những ngày gần đây (TraCuuHoSo); hồ sơ Cổng không có "
                    + "được gửi lại toàn bộ, hồ sơ Cổng ghi trạng thái khác được gửi lại thông tin. Trả về kết quả. "
                    + "409 khi chưa cấu hình Cổng hoặc khi một lần đối soát khác đang chạy.")
    @PostMapping("/api/v1/integrations/portal-reconciliation")
    PortalReconciliations.Reconciliation reconcile(Principal principal) {
        return reconciliations.reconcile(principal.getName());
    }

    @Operation(summary = "Các lần đối soát với Cổng Dịch vụ công quốc gia (quản trị)",
            description = "Mới nhất trước: số hồ sơ đã kiểm tra, khớp, Cổng không có, Cổng ghi trạng thái cũ, số tin "
                    + "gửi lại, các chênh lệch và lỗi.")
    @GetMapping("/api/v1/integrations/portal-reconciliation")
    List<PortalReconciliations.Reconciliation> reconciliations() {
        return reconciliations.recent(50);
    }
}

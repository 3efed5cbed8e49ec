package vn.motcua.integration.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.integration.OutboxMonitor;
import vn.motcua.integration.OutboxState;

/** The outbox of messages to partner systems, for administrators. */
@Tag(name = "Kết nối, liên thông", description = "Tin gửi đến hệ thống đối tác (Cổng Dịch vụ công quốc gia…): chờ "
        + "gửi, đã gửi, gửi không thành công; gửi lại")
@RestController
@RequestMapping("/api/v1/integrations/outbox")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class OutboxController {

    private final OutboxMonitor outbox;

    OutboxController(OutboxMonitor outbox) {
        this.outbox = outbox;
    }

    @Operation(summary = "Tin gửi đến hệ thống đối tác (quản trị)",
            description = "Mới nhất trước. Lọc theo trạng thái (PENDING chờ gửi, DELIVERED đã gửi, FAILED gửi không "
                    + "thành công) và đích gửi (ví dụ dvcqg); mỗi tin có khóa chống trùng (idempotencyKey), số lần "
                    + "thử, thời điểm thử lại và câu trả lời gần nhất của đối tác.")
    @GetMapping
    List<OutboxMessageResponse> list(
            @Parameter(description = "PENDING, DELIVERED hoặc FAILED; bỏ trống: mọi trạng thái")
            @RequestParam(required = false) OutboxState state,
            @Parameter(description = "Tên đích gửi, ví dụ dvcqg; bỏ trống: mọi đích")
            @RequestParam(required = false) String target,
            @Parameter(description = "Số tin tối đa (1–1000)") @RequestParam(defaultValue = "200") int limit) {
        return outbox.list(state, target, limit).stream().map(OutboxMessageResponse::of).toList();
    }

    @Operation(summary = "Gửi lại một tin gửi không thành công (quản trị)",
            description = "Tin trở lại trạng thái chờ gửi, số lần thử tính lại từ đầu, và được gửi ngay; các tin sau "
                    + "nó của cùng hồ sơ được gửi tiếp theo thứ tự. 409 khi tin không ở trạng thái FAILED.")
    @PostMapping("/{id}/retry")
    OutboxMessageResponse retry(@PathVariable long id, Principal principal) {
        return OutboxMessageResponse.of(outbox.retry(id, principal.getName()));
    }
}

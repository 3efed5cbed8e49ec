package vn.motcua.payment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.payment.FeeCodes;

/** The fee codes of a procedure's fees sent to the payment platform (administrators, control officers). */
@Tag(name = "Mã phí, lệ phí", description = "Mã phí, lệ phí và loại (phí, lệ phí) gửi nền tảng thanh toán cho từng "
        + "khoản của thủ tục, theo ngày áp dụng")
@RestController
@PreAuthorize("hasAnyRole('ADMINISTRATOR','CONTROL_OFFICER')")
class FeeCodeController {

    /** The body of a replacement. */
    record FeeCodesBody(List<FeeCodes.FeeCode> feeCodes) {}

    private final FeeCodes feeCodes;

    FeeCodeController(FeeCodes feeCodes) {
        this.feeCodes = feeCodes;
    }

    @Operation(summary = "Mã phí, lệ phí của thủ tục",
            description = "Theo tên khoản phí, lệ phí và ngày áp dụng; khoản chưa có mã được gửi nền tảng thanh toán "
                    + "theo mã thủ tục. Quản trị viên và cán bộ kiểm soát TTHC.")
    @GetMapping("/api/v1/procedures/{code}/fee-codes")
    FeeCodesBody list(@PathVariable String code) {
        return new FeeCodesBody(feeCodes.list(code));
    }

    @Operation(summary = "Thay toàn bộ mã phí, lệ phí của thủ tục",
            description = "Body {\"feeCodes\":[{\"feeName\":\"Lệ phí\",\"feeCode\":\"LP-01\",\"feeKind\":\"LE_PHI\","
                    + "\"validFrom\":\"2026-01-01\"}]}: thay mọi dòng của thủ tục trong một giao dịch (danh sách rỗng: "
                    + "xóa hết). Tên khoản trùng với tên khoản phí trong danh mục; loại PHI hoặc LE_PHI; dòng sai: 400 "
                    + "nêu feeCodes[i] và không thay đổi gì. Trả về danh sách mới.")
    @PutMapping("/api/v1/procedures/{code}/fee-codes")
    FeeCodesBody replace(@PathVariable String code, @RequestBody FeeCodesBody body, Principal principal) {
        return new FeeCodesBody(feeCodes.replace(code, body == null ? List.of() : body.feeCodes(),
                principal.getName()));
    }
}

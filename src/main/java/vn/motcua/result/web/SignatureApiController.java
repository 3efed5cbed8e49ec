package vn.motcua.result.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.result.SignatureVerification;

/** Public verification of signed PDFs. */
@Tag(name = "Xác thực chữ ký số", description = "Kiểm tra chữ ký số của tệp PDF: còn nguyên vẹn, ai ký, lúc nào, "
        + "chứng thư có tin cậy, có phải kết quả do hệ thống cấp")
@RestController
@RequestMapping(path = "/api/v1/signatures", produces = MediaType.APPLICATION_JSON_VALUE)
class SignatureApiController {

    private final SignatureVerification verification;

    SignatureApiController(SignatureVerification verification) {
        this.verification = verification;
    }

    @Operation(summary = "Xác thực chữ ký số của một tệp PDF (không cần đăng nhập)",
            description = "Multipart `file`. `intact`: mọi chữ ký hợp lệ và chữ ký cuối phủ toàn bộ tệp (một byte bị "
                    + "sửa là phát hiện); với mỗi chữ ký: người ký, thời gian ký, phủ toàn bộ tệp, chứng thư dẫn về "
                    + "gốc tin cậy (`chainTrusted`); `issuedHere`: kết quả do hệ thống cấp có đúng các byte này. Tệp "
                    + "không có chữ ký: `intact: false`, `signatures: []`; tệp không phải PDF: 400.")
    @PostMapping(path = "/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    SignatureVerification.Verification verify(@RequestParam(required = false) MultipartFile file) {
        return verification.verify(ResultApiController.bytes(file));
    }
}

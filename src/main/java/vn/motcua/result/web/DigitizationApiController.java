package vn.motcua.result.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.result.Digitization;
import vn.motcua.result.DigitizationState;
import vn.motcua.result.Digitizations;
import vn.motcua.shared.web.Enums;

/** The digitisation of a dossier's components at intake. */
@Tag(name = "Số hóa hồ sơ", description = "Số hóa từng thành phần hồ sơ khi tiếp nhận: nộp bản điện tử, quét tại Bộ phận "
        + "Một cửa, chỉ xuất trình, không phải số hóa (có lý do), chưa số hóa")
@RestController
@RequestMapping(path = "/api/v1/dossiers/{code}/digitization", produces = MediaType.APPLICATION_JSON_VALUE)
class DigitizationApiController {

    private final Digitizations digitizations;

    DigitizationApiController(Digitizations digitizations) {
        this.digitizations = digitizations;
    }

    record EntryBody(String component, @Schema(implementation = DigitizationState.class) String state, Integer pages,
            Long documentId, String reason) {}

    @Operation(summary = "Tình trạng số hóa các thành phần hồ sơ",
            description = "Mỗi thành phần của thủ tục (thủ tục chưa nhập thành phần: một thành phần \"Hồ sơ\") với "
                    + "tình trạng ghi nhận hoặc suy ra từ tài liệu đã tải lên; `complete` khi không còn thành phần "
                    + "chưa số hóa.")
    @GetMapping
    Digitization get(@PathVariable String code, Authentication caller) {
        return digitizations.of(code, caller.getName());
    }

    @Operation(summary = "Ghi nhận số hóa một thành phần hồ sơ",
            description = "`state`: ELECTRONIC, SCANNED (cần `documentId` của tệp đã tải lên, có thể ghi `pages`), "
                    + "SHOWN, EXEMPT (cần `reason` theo khoản 2 Điều 5 Thông tư 03/2025/TT-VPCP), MISSING. Cán bộ "
                    + "của cơ quan giải quyết hồ sơ; ghi lại lần sau thay lần trước, mỗi lần là một sự kiện của hồ sơ.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    Digitization record(@PathVariable String code, @RequestBody EntryBody body, Authentication caller) {
        return digitizations.record(code, new Digitization.Entry(body.component(),
                Enums.parseOptional(DigitizationState.class, body.state(), "state"), body.pages(), body.documentId(),
                body.reason()), caller.getName());
    }
}

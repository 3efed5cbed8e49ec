package vn.motcua.result.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.result.DossierResult;
import vn.motcua.result.ResultUpload;
import vn.motcua.result.Results;
import vn.motcua.shared.web.TypedDates;

/** The electronic results of a dossier: upload, list, download, sign. */
@Tag(name = "Kết quả giải quyết", description = "Kết quả điện tử của hồ sơ (mã <mã hồ sơ>-KQ<n>), tải lên, tải về, "
        + "ký số PAdES của cơ quan")
@RestController
@RequestMapping(path = "/api/v1/dossiers/{code}/results", produces = MediaType.APPLICATION_JSON_VALUE)
class ResultApiController {

    private final Results results;

    ResultApiController(Results results) {
        this.results = results;
    }

    /** The answer of a signature. */
    record Signed(String resultCode, boolean signed, String signer, OffsetDateTime signedAt, String sha256) {}

    @Operation(summary = "Tải lên kết quả giải quyết (PDF)",
            description = "Multipart: `file` (PDF), `title` (tên kết quả), `number` (số văn bản), `issuedOn`, "
                    + "`validUntil` (dd/mm/yyyy hoặc yyyy-MM-dd). Cán bộ của cơ quan giải quyết; hồ sơ đang giải quyết hoặc đã giải "
                    + "quyết xong, chưa trả. Mã kết quả là mã hồ sơ thêm `-KQ1`, `-KQ2`…; tải lên bản chụp kết quả "
                    + "giấy cũng là số hóa kết quả.")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DossierResult> upload(@PathVariable String code,
            @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String title,
            @RequestParam(required = false) String number, @RequestParam(required = false) String issuedOn,
            @RequestParam(required = false) String validUntil, Authentication caller) {
        DossierResult result = results.upload(code, new ResultUpload(title, number, date(issuedOn, "issuedOn"),
                date(validUntil, "validUntil"), file == null ? null : file.getOriginalFilename(), bytes(file)),
                caller.getName());
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + result.dossierCode() + "/results/"
                + result.resultCode())).body(result);
    }

    static byte[] bytes(MultipartFile file) {
        if (file == null) {
            return null;
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A date typed dd/mm/yyyy or ISO; null when blank. */
    static LocalDate date(String text, String field) {
        return TypedDates.parse(text, field, field.equals("issuedOn") ? "Ngày ban hành" : "Ngày hết hiệu lực");
    }

    @Operation(summary = "Danh sách kết quả của hồ sơ",
            description = "Mã, tên, số, ngày ban hành, hiệu lực, SHA-256 của tệp đang lưu, đã ký số chưa, người ký.")
    @GetMapping
    List<DossierResult> list(@PathVariable String code, Authentication caller) {
        return results.list(code, caller.getName());
    }

    @Operation(summary = "Tải tệp PDF của một kết quả",
            description = "Tệp đang lưu: bản đã ký số nếu đã ký, nếu chưa là bản đã tải lên.")
    @GetMapping(path = "/{resultCode}", produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<byte[]> file(@PathVariable String code, @PathVariable String resultCode, Authentication caller) {
        byte[] pdf = results.file(code, resultCode, caller.getName());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(resultCode + ".pdf")
                        .build().toString())
                .body(pdf);
    }

    @Operation(summary = "Ký số kết quả (lãnh đạo cơ quan)",
            description = "Ký số PAdES kèm khối chữ ký hiển thị ở cuối trang cuối: bằng chứng thư số của chính lãnh "
                    + "đạo tại dịch vụ ký số từ xa khi được cấu hình (chờ xác nhận trên điện thoại), nếu không bằng "
                    + "chứng thư số của cơ quan; mức B-B (có thời gian ký), B-T khi có máy chủ cấp dấu thời gian, B-LT "
                    + "khi kèm dữ liệu kiểm tra chứng thư. Chỉ lãnh đạo cơ quan; một kết quả chỉ ký một lần (409 nếu "
                    + "đã ký).")
    @PostMapping("/{resultCode}/sign")
    Signed sign(@PathVariable String code, @PathVariable String resultCode, Authentication caller) {
        DossierResult r = results.sign(code, resultCode, caller.getName());
        return new Signed(r.resultCode(), r.signed(), r.signer(), r.signedAt(), r.sha256());
    }

    @Operation(summary = "Chuyển đổi kết quả điện tử sang bản giấy (tệp PDF để in)",
            description = "Nghị định 45/2020/NĐ-CP Điều 18: trả về tệp PDF để in gồm các trang của kết quả (mỗi trang "
                    + "ghi \"Bản chuyển đổi từ văn bản điện tử\") và trang ghi chú chuyển đổi (mã, tên, số kết quả, "
                    + "chữ ký số, mã băm, cơ quan và người chuyển đổi, thời gian, lần chuyển đổi, số bản, mã QR xác "
                    + "thực bản điện tử gốc). Tham số `copies` (1–50, mặc định 1). Lần chuyển đổi được ghi lại và "
                    + "liệt kê trong `paperCopies` của kết quả; tiêu đề `Paper-Copy-Number` là số lần chuyển đổi. Cán "
                    + "bộ của cơ quan giải quyết; 409 nếu kết quả chưa ký số.")
    @ApiResponse(responseCode = "200", description = "Tệp PDF để in",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE))
    @PostMapping(path = "/{resultCode}/paper-copy",
            produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<byte[]> paperCopy(@PathVariable String code, @PathVariable String resultCode,
            @RequestParam(required = false) Integer copies, Authentication caller) {
        return paperCopyResponse(resultCode, results.paperCopy(code, resultCode, copies == null ? 1 : copies,
                caller.getName()));
    }

    static ResponseEntity<byte[]> paperCopyResponse(String resultCode, Results.PrintedCopy printed) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(resultCode
                        + "-ban-giay-" + printed.copy().number() + ".pdf").build().toString())
                .header("Paper-Copy-Number", String.valueOf(printed.copy().number()))
                .body(printed.pdf());
    }
}

package vn.motcua.payment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.payment.Payment;
import vn.motcua.payment.PaymentMethod;
import vn.motcua.payment.Payments;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.web.Enums;

/** Payments of a dossier's fees, their e-receipts, the payment platform's notification and reconciliation. */
@Tag(name = "Thanh toán", description = "Thanh toán phí, lệ phí trực tuyến qua nền tảng thanh toán, ghi nhận nộp tiền "
        + "mặt/chuyển khoản, hoàn phí, biên lai điện tử, đối soát")
@RestController
class PaymentApiController {

    private final Payments payments;
    private final SiteUrl siteUrl;

    PaymentApiController(Payments payments, SiteUrl siteUrl) {
        this.payments = payments;
        this.siteUrl = siteUrl;
    }

    /** Optional body: an amount other than the unpaid fee lines; the desk's cash or transfer as {@code method}. */
    record PaymentBody(Long amountVnd, String method) {}

    /** What a new payment answers. */
    record Started(long paymentId, String reference, String status, long amountVnd, String redirectUrl,
            Payment payment) {}

    record RefundBody(String reason) {}

    @Operation(summary = "Mở thanh toán phí, lệ phí của hồ sơ",
            description = "Người nộp hồ sơ hoặc cán bộ của cơ quan tiếp nhận mở giao dịch tại nền tảng thanh toán cho "
                    + "các khoản phí, lệ phí chưa nộp (hoặc `amountVnd`); trả 201 với `redirectUrl` — trang thanh toán "
                    + "của nền tảng. Khi đang có giao dịch chờ thanh toán thì trả lại giao dịch đó. Bộ phận Một cửa "
                    + "ghi nhận tiền mặt hoặc chuyển khoản bằng `method` = `CASH` hoặc `TRANSFER` (đã thanh toán "
                    + "ngay, có biên lai). 409 khi thanh toán trực tuyến chưa bật hoặc hồ sơ không còn khoản phải nộp.")
    @PostMapping(path = "/api/v1/dossiers/{code}/payments", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Started start(@PathVariable String code, @RequestBody(required = false) PaymentBody body,
            Authentication caller) {
        Long amount = body == null ? null : body.amountVnd();
        PaymentMethod method = body == null || body.method() == null ? PaymentMethod.ONLINE
                : Enums.parse(PaymentMethod.class, body.method(), "method");
        Payment payment = method == PaymentMethod.ONLINE
                ? payments.start(code, amount, siteUrl.get(), caller.getName())
                : payments.record(code, method, amount, caller.getName());
        return new Started(payment.paymentId(), payment.reference(), payment.status().name(), payment.amountVnd(),
                payment.redirectUrl(), payment);
    }

    @Operation(summary = "Các giao dịch thanh toán của hồ sơ",
            description = "Mọi giao dịch (trực tuyến, tiền mặt, chuyển khoản), trạng thái, các khoản phí, lệ phí và "
                    + "biên lai điện tử; ai đọc được hồ sơ thì xem được.")
    @GetMapping(path = "/api/v1/dossiers/{code}/payments", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Payment> list(@PathVariable String code, Authentication caller) {
        return payments.list(code, caller.getName());
    }

    @Operation(summary = "Ghi nhận hoàn phí",
            description = "Bộ phận Một cửa ghi nhận đã hoàn lại tiền của một giao dịch đã thanh toán, kèm lý do.")
    @PostMapping(path = "/api/v1/dossiers/{code}/payments/{paymentId}/refund",
            consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    Payment refund(@PathVariable String code, @PathVariable long paymentId, @RequestBody RefundBody body,
            Authentication caller) {
        return payments.refund(code, paymentId, body == null ? null : body.reason(), caller.getName());
    }

    @Operation(summary = "Biên lai điện tử (PDF)",
            description = "Bản thể hiện của biên lai thu phí, lệ phí số `number` của hồ sơ: ký hiệu, số, người nộp, "
                    + "các khoản thu và số tiền.")
    @GetMapping(path = "/api/v1/dossiers/{code}/receipts/{number}", produces = {MediaType.APPLICATION_PDF_VALUE,
            MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<byte[]> receipt(@PathVariable String code, @PathVariable int number, Authentication caller) {
        byte[] pdf = payments.receipt(code, number, caller.getName());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(code + "-bien-lai-" + number + ".pdf").build().toString())
                .body(pdf);
    }

    @Operation(summary = "Nền tảng thanh toán thông báo kết quả giao dịch",
            description = "Không đăng nhập; bản tin của nền tảng (LoaiBanTin, MaLoi, MaDoiTac, MaThamChieu, SoTien, "
                    + "MaTienTe, MaGiaoDich, MaNganHang, ThoiGianGD, ThongTinGiaoDich, MaXacThuc) được kiểm tra mã "
                    + "xác thực, mã đối tác, số tiền và loại tiền; nhận lại nhiều lần hay sai thứ tự không thay đổi "
                    + "gì thêm. 400 khi bản tin sai hoặc giả mạo.")
    @PostMapping(path = "/api/v1/public/payments/callback", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, String> callback(@RequestBody Map<String, Object> message) {
        if (message == null) {
            throw ProblemException.invalidField("MaXacThuc", "Bản tin rỗng.");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        message.forEach((key, value) -> fields.put(key, value == null ? null : String.valueOf(value)));
        return payments.callback(fields).body();
    }

    @Operation(summary = "Trạng thái kết nối nền tảng thanh toán",
            description = "Thanh toán trực tuyến bật hay tắt (`motcua.payment.url`), địa chỉ nền tảng, mã đối tác.")
    @GetMapping(path = "/api/v1/payments/platform", produces = MediaType.APPLICATION_JSON_VALUE)
    Payments.PlatformStatus platform() {
        return payments.status();
    }

    @Operation(summary = "Đối soát giao dịch một ngày",
            description = "Quản trị hệ thống đối chiếu ngay các giao dịch đã thanh toán của ngày `day` (yyyy-mm-dd) "
                    + "trong danh sách của nền tảng với hệ thống, ghi nhận giao dịch bị mất thông báo; hằng ngày "
                    + "việc này tự chạy cho ngày hôm trước.")
    @PostMapping(path = "/api/v1/payments/reconciliations", produces = MediaType.APPLICATION_JSON_VALUE)
    Payments.Reconciliation reconcile(@RequestParam String day, Authentication caller) {
        LocalDate date;
        try {
            date = LocalDate.parse(day);
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalidField("day", "Ngày đối soát phải có dạng yyyy-mm-dd.");
        }
        return payments.reconcile(date, caller.getName());
    }
}

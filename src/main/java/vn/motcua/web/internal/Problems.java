package vn.motcua.web.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/** Building blocks of RFC 9457 responses with Vietnamese titles and details. */
final class Problems {

    static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private Problems() {}

    static ProblemDetail of(int status, String title, String detail) {
        ProblemDetail body = ProblemDetail.forStatus(status);
        body.setTitle(title);
        body.setDetail(detail);
        return body;
    }

    static ProblemDetail ofStatus(int status) {
        return of(status, title(status), defaultDetail(status));
    }

    /** The request's path as the problem's {@code instance}, or null when it is not a valid URI reference. */
    static java.net.URI instance(String path) {
        try {
            return path == null ? null : java.net.URI.create(path);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static ResponseEntity<ProblemDetail> response(ProblemDetail body) {
        return ResponseEntity.status(body.getStatus()).contentType(PROBLEM_JSON).body(body);
    }

    /** Writes a problem straight to the servlet response, for code that runs outside Spring MVC. */
    static void write(JsonMapper json, HttpServletResponse response, ProblemDetail body) throws IOException {
        response.setStatus(body.getStatus());
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Yêu cầu không hợp lệ";
            case 401 -> "Chưa xác thực";
            case 403 -> "Không có quyền";
            case 404 -> "Không tìm thấy";
            case 405 -> "Phương thức không được hỗ trợ";
            case 406 -> "Không có định dạng phù hợp";
            case 409 -> "Xung đột";
            case 412 -> "Dữ liệu đã bị thay đổi";
            case 413 -> "Dữ liệu quá lớn";
            case 415 -> "Kiểu nội dung không được hỗ trợ";
            case 422 -> "Không thể xử lý";
            case 428 -> "Thiếu điều kiện phiên bản";
            case 429 -> "Quá nhiều yêu cầu";
            default -> status >= 500 ? "Lỗi hệ thống" : "Yêu cầu không được chấp nhận";
        };
    }

    static String defaultDetail(int status) {
        return switch (status) {
            case 400 -> "Yêu cầu không hợp lệ; vui lòng kiểm tra dữ liệu gửi lên.";
            case 401 -> "Vui lòng đăng nhập (hoặc gửi thông tin xác thực) để sử dụng chức năng này.";
            case 403 -> "Tài khoản của bạn không có quyền thực hiện thao tác này.";
            case 404 -> "Không tìm thấy địa chỉ hoặc dữ liệu được yêu cầu.";
            case 405 -> "Phương thức HTTP này không được hỗ trợ cho địa chỉ được yêu cầu.";
            case 406 -> "Không thể trả về dữ liệu theo định dạng được yêu cầu.";
            case 413 -> "Dữ liệu gửi lên vượt quá dung lượng cho phép.";
            case 415 -> "Kiểu nội dung gửi lên không được hỗ trợ.";
            case 429 -> "Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn; vui lòng chờ rồi thử lại.";
            default -> status >= 500
                    ? "Hệ thống gặp lỗi không mong muốn; thao tác chưa được thực hiện. Vui lòng thử lại sau."
                    : HttpStatus.valueOf(status).getReasonPhrase();
        };
    }
}

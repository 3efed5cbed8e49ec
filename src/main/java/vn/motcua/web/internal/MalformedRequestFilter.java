package vn.motcua.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses, before anything else reads the request, what the servlet container or Spring would otherwise only fail on
 * deep inside a controller (and answer 500): query or form parameters the container cannot parse (an empty name as in
 * {@code ?=x}, a bad {@code %} escape, bytes that are not UTF-8) or that hold a NUL character → 400, and a body whose {@code Content-Type} is a
 * wildcard such as {@code *}{@code /*} or {@code text/*} (a request must say what it sends) → 415; a multipart body
 * the container cannot split into parts (no boundary) → 400, or 413 when a part is over the upload limit. API paths and JSON
 * clients get problem+json; people get the error page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class MalformedRequestFilter extends OncePerRequestFilter {

    private static final Set<String> BODILESS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final JsonMapper json;

    MalformedRequestFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && !BODILESS.contains(request.getMethod())) {
            String problem = contentTypeProblem(contentType);
            if (problem != null) {
                refuse(request, response, 415, problem);
                return;
            }
        }
        boolean multipart = contentType != null && contentType.regionMatches(true, 0, "multipart/", 0, 10)
                && !BODILESS.contains(request.getMethod());
        try {
            if (multipart) {
                request.getParts();
            }
            if (hasNul(request.getParameterMap())) {
                refuse(request, response, 400, "Tham số của yêu cầu chứa ký tự NUL (%00), không được phép.");
                return;
            }
        } catch (IllegalStateException | IOException | ServletException e) {
            int status = tooLarge(e) ? 413 : 400;
            refuse(request, response, status, status == 413 ? Problems.defaultDetail(413) : multipart
                    ? "Nội dung multipart/form-data không đọc được (thiếu boundary hoặc sai cấu trúc), hoặc tham số "
                            + "của yêu cầu không hợp lệ; vui lòng kiểm tra dữ liệu gửi lên."
                    : "Tham số của yêu cầu không hợp lệ (tên tham số rỗng, mã %… sai hoặc ký tự không phải UTF-8); "
                            + "vui lòng kiểm tra địa chỉ và dữ liệu gửi lên.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether a parameter's name or value holds U+0000, which no text column can store. */
    private static boolean hasNul(java.util.Map<String, String[]> parameters) {
        for (var parameter : parameters.entrySet()) {
            if (parameter.getKey().indexOf('\0') >= 0) {
                return true;
            }
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the container refused the request for its size (too many parameters, a part or body too large). */
    private static boolean tooLarge(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidParameterException invalid && invalid.getErrorCode() == 413
                    || cause.getClass().getSimpleName().contains("SizeLimitExceeded")
                    || cause.getClass().getSimpleName().contains("SizeException")) {
                return true;
            }
        }
        return false;
    }

    /** Why a request body's declared type cannot be read, or null when it is a concrete type. */
    static String contentTypeProblem(String contentType) {
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            return "Kiểu nội dung '" + contentType + "' không đúng cú pháp; hãy gửi ví dụ Content-Type: application/json.";
        }
        if (type.isWildcardType() || type.isWildcardSubtype()) {
            return "Kiểu nội dung '" + contentType + "' không cụ thể; hãy nêu đúng kiểu dữ liệu gửi lên, ví dụ "
                    + "Content-Type: application/json.";
        }
        return null;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String detail)
            throws IOException {
        if (ErrorPages.wantsProblem(request, request.getRequestURI().substring(request.getContextPath().length()))) {
            var body = Problems.of(status, Problems.title(status), detail);
            body.setInstance(Problems.instance(request.getRequestURI()));
            Problems.write(json, response, body);
        } else {
            response.sendError(status);
        }
    }
}

package vn.motcua.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.platform.DatabaseStatus;

/**
 * While the database is unreachable ({@link DatabaseStatus}), answers every request at once — before the session,
 * the rate limits and the sign-in look anything up in it — with 503 and {@code Retry-After}: problem+json for API
 * clients, a short page for people. Static files and the health endpoint (which says the database is down) still
 * answer.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class DatabaseDownFilter extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "5";
    static final String DETAIL = "Hệ thống đang tạm mất kết nối tới cơ sở dữ liệu và đang tự khôi phục; thao tác "
            + "chưa được thực hiện. Vui lòng thử lại sau ít giây.";
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="refresh" content="%s"><title>Hệ thống tạm gián đoạn</title>
            <link rel="stylesheet" href="/css/app.css"></head>
            <body><main class="container"><h1>Hệ thống tạm gián đoạn</h1><p class="lead">%s</p>
            <p>Trang sẽ tự tải lại.</p></main></body></html>
            """.formatted(RETRY_AFTER_SECONDS, DETAIL);

    private final DatabaseStatus database;
    private final JsonMapper json;

    DatabaseDownFilter(DatabaseStatus database, JsonMapper json) {
        this.database = database;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return database.up() || path.startsWith("/actuator/health") || path.startsWith("/css/")
                || path.startsWith("/js/") || path.startsWith("/img/") || path.startsWith("/fonts/")
                || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (ErrorPages.wantsProblem(request, path)) {
            var body = Problems.of(503, "Hệ thống tạm gián đoạn", DETAIL);
            body.setInstance(Problems.instance(request.getRequestURI()));
            Problems.write(json, response, body);
        } else {
            response.setStatus(503);
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
    }
}

package vn.motcua.web.internal;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.beans.TypeMismatchException;
import tools.jackson.core.JacksonException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.motcua.platform.DatabaseStatus;
import vn.motcua.shared.ProblemException;

/**
 * Turns every failure of a REST controller into {@code application/problem+json} with a Vietnamese
 * {@code detail}. Spring's own exceptions take their Vietnamese text from {@code messages.properties}
 * (keys {@code problemDetail.<exception class>}); validation failures list the offending fields in
 * {@code errors}. Failures outside controllers (unknown routes, wrong methods) go through {@link ErrorPages}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final DatabaseStatus database;

    ApiExceptionHandler(DatabaseStatus database) {
        this.database = database;
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> handleProblem(ProblemException ex) {
        ProblemDetail body = Problems.of(ex.kind().status(), ex.kind().title(), ex.getMessage());
        if (!ex.fields().isEmpty()) {
            body.setProperty("errors", ex.fields().stream()
                    .map(f -> Map.of("field", f.field(), "message", f.message())).toList());
        }
        return Problems.response(body);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> handleStaleVersion(OptimisticLockingFailureException ex) {
        return Problems.response(Problems.of(412, "Dữ liệu đã bị thay đổi",
                "Dữ liệu đã được người khác thay đổi; vui lòng tải lại rồi thực hiện lại thao tác."));
    }

    /**
     * Two transactions that waited on each other's rows (a deadlock the database broke, or a lock timeout): this one
     * was rolled back whole, so the client may simply send it again (with its Idempotency-Key, if any).
     */
    @ExceptionHandler(PessimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> handleLockConflict(PessimisticLockingFailureException ex) {
        log.warn("Transaction rolled back on a lock conflict: {}", ex.getMostSpecificCause().getMessage());
        return ResponseEntity.status(503).contentType(Problems.PROBLEM_JSON).header(HttpHeaders.RETRY_AFTER, "1")
                .body(Problems.of(503, "Dữ liệu đang được xử lý", "Dữ liệu đang được một thao tác khác cập nhật; "
                        + "thao tác của bạn chưa được thực hiện. Vui lòng thử lại."));
    }

    /**
     * The database could not be reached while the request ran (its server stopped, the connection broke, no pooled
     * connection came in time): nothing was committed, and the watcher is told to probe now.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessResourceException.class})
    ResponseEntity<ProblemDetail> handleDatabaseUnreachable(DataAccessException ex) {
        log.warn("Database unreachable during a request: {}", ex.getMostSpecificCause().getMessage());
        database.suspect(ex);
        return ResponseEntity.status(503).contentType(Problems.PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, DatabaseDownFilter.RETRY_AFTER_SECONDS)
                .body(Problems.of(503, "Hệ thống tạm gián đoạn", DatabaseDownFilter.DETAIL));
    }

    /**
     * The database refused a value the request carried (SQLSTATE class 22, "data exception": a NUL character in a
     * text, a number out of range, a text too long for its column): the request is at fault, not the system.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> handleDataRefused(DataIntegrityViolationException ex, WebRequest request) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("22")) {
                return Problems.response(Problems.of(400, Problems.title(400), "Dữ liệu gửi lên có giá trị không lưu "
                        + "được (ký tự không hợp lệ như NUL, số quá lớn hoặc chuỗi quá dài); vui lòng kiểm tra lại."));
            }
        }
        return handleUnexpected(ex, request);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ProblemDetail> handleAccessDenied(RuntimeException ex) {
        return Problems.response(Problems.of(403, "Không có quyền",
                "Tài khoản của bạn không có quyền thực hiện thao tác này."));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception ex, WebRequest request) {
        log.error("Unexpected failure on {}", request.getDescription(false), ex);
        return Problems.response(Problems.of(500, "Lỗi hệ thống",
                "Hệ thống gặp lỗi không mong muốn; thao tác chưa được thực hiện. Vui lòng thử lại sau."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail body = ex.updateAndGetBody(getMessageSource(), Problems.VIETNAMESE);
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
                .toList();
        body.setProperty("errors", errors);
        return handleExceptionInternal(ex, body, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail body = ex.updateAndGetBody(getMessageSource(), Problems.VIETNAMESE);
        List<Map<String, String>> errors = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(e -> Map.of(
                        "field", String.valueOf(r.getMethodParameter().getParameterName()),
                        "message", String.valueOf(e.getDefaultMessage()))))
                .toList();
        body.setProperty("errors", errors);
        return handleExceptionInternal(ex, body, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body == null && ex instanceof ErrorResponse response) {
            body = response.updateAndGetBody(getMessageSource(), Problems.VIETNAMESE);
        }
        if (body instanceof ProblemDetail problem) {
            problem.setTitle(Problems.title(statusCode.value()));
            if (!hasVietnameseDetail(ex)) {
                problem.setDetail(Problems.defaultDetail(statusCode.value()));
            }
            String field = offendingParameter(ex);
            if (field != null && (problem.getProperties() == null || !problem.getProperties().containsKey("errors"))) {
                problem.setProperty("errors", List.of(Map.of("field", field, "message", problem.getDetail())));
            }
        }
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.putAll(headers);
        problemHeaders.setContentType(Problems.PROBLEM_JSON);
        return super.handleExceptionInternal(ex, body, problemHeaders, statusCode, request);
    }

    /** The request parameter that a binding failure is about, if it is about one. */
    private static String offendingParameter(Exception ex) {
        if (ex instanceof TypeMismatchException mismatch) {
            return mismatch instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                    : mismatch.getPropertyName();
        }
        if (ex instanceof MissingServletRequestParameterException missing) {
            return missing.getParameterName();
        }
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
                return jsonPath(json.getPath());
            }
        }
        return null;
    }

    /** A JSON location as the client wrote it, e.g. {@code roles[1].role}. */
    private static String jsonPath(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference step : path) {
            if (step.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? null : field.toString();
    }

    /** Whether messages.properties holds the Vietnamese text for this Spring exception. */
    private boolean hasVietnameseDetail(Exception ex) {
        String code = ex instanceof ErrorResponse response ? response.getDetailMessageCode()
                : ErrorResponse.getDefaultDetailMessageCode(ex.getClass(), null);
        return getMessageSource() != null
                && getMessageSource().getMessage(code, null, null, Problems.VIETNAMESE) != null;
    }
}

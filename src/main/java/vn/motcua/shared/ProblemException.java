package vn.motcua.shared;

import java.util.List;
import java.util.Objects;

/**
 * A failure that the client caused or must know about, with a Vietnamese explanation for the user interface.
 * The web layer turns it into RFC 9457 {@code application/problem+json}; nothing else needs to know HTTP.
 */
public class ProblemException extends RuntimeException {

    /** What went wrong, with the HTTP status that reports it. */
    public enum Kind {
        INVALID(400, "Dữ liệu không hợp lệ"),
        FORBIDDEN(403, "Không có quyền"),
        NOT_FOUND(404, "Không tìm thấy"),
        CONFLICT(409, "Xung đột"),
        PRECONDITION_FAILED(412, "Dữ liệu đã bị thay đổi"),
        PRECONDITION_REQUIRED(428, "Thiếu phiên bản dữ liệu"),
        UNPROCESSABLE(422, "Không thể xử lý");

        private final int status;
        private final String title;

        Kind(int status, String title) {
            this.status = status;
            this.title = title;
        }

        public int status() {
            return status;
        }

        public String title() {
            return title;
        }
    }

    /** One offending input field and what is wrong with it (Vietnamese). */
    public record FieldProblem(String field, String message) {
        public FieldProblem {
            Objects.requireNonNull(field);
            Objects.requireNonNull(message);
        }
    }

    private final Kind kind;
    private final List<FieldProblem> fields;

    public ProblemException(Kind kind, String detail, List<FieldProblem> fields) {
        super(Objects.requireNonNull(detail));
        this.kind = Objects.requireNonNull(kind);
        this.fields = List.copyOf(fields);
    }

    public ProblemException(Kind kind, String detail) {
        this(kind, detail, List.of());
    }

    /** Bad input in one named field: 400. */
    public static ProblemException invalidField(String field, String detail) {
        return new ProblemException(Kind.INVALID, detail, List.of(new FieldProblem(field, detail)));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Kind.NOT_FOUND, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Kind.CONFLICT, detail);
    }

    public Kind kind() {
        return kind;
    }

    public List<FieldProblem> fields() {
        return fields;
    }
}

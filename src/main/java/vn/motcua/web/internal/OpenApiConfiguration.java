package vn.motcua.web.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API description served at {@code /v3/api-docs}: its title, version and purpose, HTTP Basic for service
 * accounts, and the RFC 9457 problem responses every operation may give, described once and referenced by all.
 */
@Configuration
class OpenApiConfiguration {

    static final String PROBLEM = "Problem";

    /** The refusals each operation may answer with, by HTTP method (reads cannot conflict or be stale). */
    private static final Map<String, String> READ_PROBLEMS = new LinkedHashMap<>();
    private static final Map<String, String> WRITE_PROBLEMS = new LinkedHashMap<>();

    static {
        READ_PROBLEMS.put("400", "Dữ liệu không hợp lệ: `detail` nói vì sao, `errors[{field, message}]` chỉ từng trường.");
        READ_PROBLEMS.put("401", "Chưa đăng nhập (HTTP Basic cho tài khoản dịch vụ, phiên đăng nhập cho người dùng).");
        READ_PROBLEMS.put("403", "Không có quyền: vai trò hoặc cơ quan của người gọi không cho phép.");
        READ_PROBLEMS.put("404", "Không tìm thấy.");
        WRITE_PROBLEMS.putAll(READ_PROBLEMS);
        WRITE_PROBLEMS.put("409", "Xung đột: trạng thái hiện tại không cho phép thao tác này.");
        WRITE_PROBLEMS.put("415", "Kiểu nội dung (Content-Type) không được hỗ trợ hoặc không cụ thể (ví dụ `*/*`).");
        WRITE_PROBLEMS.put("412", "Dữ liệu đã bị người khác thay đổi: phiên bản trong If-Match đã cũ; tải lại rồi làm lại.");
        WRITE_PROBLEMS.put("428", "Thiếu If-Match: thao tác phải nêu phiên bản (ETag) đã xem.");
    }

    @Bean
    OpenAPI motcuaOpenApi(@Value("${motcua.version:0.1.0}") String version) {
        return new OpenAPI()
                .info(new Info().title("Một cửa (motcua) — API giải quyết thủ tục hành chính").version(version)
                        .description("""
                                API REST của hệ thống một cửa: danh mục thủ tục hành chính có phiên bản, tiếp nhận và \
                                giải quyết hồ sơ theo quy trình nội bộ với thời hạn tính theo ngày làm việc, tra cứu \
                                công khai, phản ánh kiến nghị, hoạt động kiểm soát TTHC, báo cáo và Bộ chỉ số 766.

                                - Tài khoản dịch vụ gọi bằng HTTP Basic; các đường dẫn `/api/v1/public/**` không cần \
                                đăng nhập.
                                - Mỗi thao tác thay đổi hồ sơ hoặc phản ánh gửi `If-Match` với phiên bản (ETag) đã xem: \
                                phiên bản cũ → 412, thiếu → 428, trạng thái không cho phép → 409.
                                - Tạo mới có thể gửi `Idempotency-Key`: gửi lại cùng khóa trả về bản ghi đã tạo.
                                - Mọi lỗi trả về `application/problem+json` (RFC 9457) với `detail` tiếng Việt và, khi \
                                dữ liệu sai, `errors[{field, message}]`.
                                - Thời điểm theo giờ Việt Nam (+07:00); ngày dạng `yyyy-MM-dd`; tiền là số nguyên VND.""")
                        .license(new License().name("Mã nguồn mở")))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    /**
     * Adds the problem responses to every operation that does not describe them itself: the common refusals by method,
     * 413 where a file is uploaded, 429 where the client address's rate limit applies ({@link RateLimitFilter}).
     */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            Map<String, String> problems = new LinkedHashMap<>(
                    method == PathItem.HttpMethod.GET ? READ_PROBLEMS : WRITE_PROBLEMS);
            if (op.getRequestBody() != null && op.getRequestBody().getContent() != null
                    && op.getRequestBody().getContent().keySet().stream().anyMatch(t -> t.startsWith("multipart/"))) {
                problems.put("413", "Tệp gửi lên vượt quá dung lượng cho phép.");
            }
            if (RateLimitFilter.groupOf(method.name(), path) != null) {
                problems.put("429", "Quá nhiều yêu cầu từ cùng một địa chỉ: chờ số giây trong `Retry-After` rồi thử lại.");
            }
            addProblems(op, problems);
        }));
    }

    private static void addProblems(Operation operation, Map<String, String> problems) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        problems.forEach((status, description) -> {
            if (!responses.containsKey(status)) {
                responses.addApiResponse(status, new ApiResponse().description(description)
                        .content(new Content().addMediaType("application/problem+json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
            }
        });
        operation.setResponses(responses);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema() {
        ObjectSchema field = new ObjectSchema();
        field.addProperty("field", new StringSchema().description("Tên trường, ví dụ applicant.name"));
        field.addProperty("message", new StringSchema().description("Vì sao sai (tiếng Việt)"));
        Schema problem = new ObjectSchema().description("RFC 9457 problem details, thông báo tiếng Việt");
        problem.addProperty("type", new StringSchema().example("about:blank"));
        problem.addProperty("title", new StringSchema().example("Dữ liệu không hợp lệ"));
        problem.addProperty("status", new IntegerSchema().example(400));
        problem.addProperty("detail", new StringSchema().example("Thiếu thông tin người nộp hồ sơ"));
        problem.addProperty("instance", new StringSchema().example("/api/v1/dossiers"));
        problem.addProperty("errors", new ArraySchema().items(field));
        return problem;
    }
}

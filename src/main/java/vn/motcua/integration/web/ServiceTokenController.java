package vn.motcua.integration.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.identity.Role;
import vn.motcua.integration.ServiceTokens;
import vn.motcua.shared.ProblemException;

/** Service accounts' bearer tokens, for administrators. */
@Tag(name = "Tài khoản dịch vụ", description = "Mã truy cập (Bearer) cho hệ thống khác gọi API: theo cơ quan và vai "
        + "trò, có thời hạn, thu hồi được")
@RestController
@RequestMapping("/api/v1/service-tokens")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class ServiceTokenController {

    /** What the administrator sends. */
    record CreateRequest(String name, String agencyCode, List<Role> roles, Integer expiresInDays) {}

    /** A token as listed (never the token itself). */
    record TokenResponse(long id, String name, String username, String agencyCode, List<Role> roles,
            Instant createdAt, String createdBy, Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {

        static TokenResponse of(ServiceTokens.TokenInfo t) {
            return new TokenResponse(t.id(), t.name(), t.username(), t.agencyCode(), t.roles(), t.createdAt(),
                    t.createdBy(), t.expiresAt(), t.revokedAt(), t.lastUsedAt());
        }
    }

    /** The created token: {@code token} is shown this once and cannot be read again. */
    record CreatedResponse(long id, String token, String name, String username, String agencyCode, List<Role> roles,
            Instant expiresAt) {}

    private final ServiceTokens tokens;

    ServiceTokenController(ServiceTokens tokens) {
        this.tokens = tokens;
    }

    @Operation(summary = "Tạo mã truy cập cho tài khoản dịch vụ (quản trị)",
            description = "Tên, cơ quan, các vai trò (không có ADMINISTRATOR) và số ngày hiệu lực (1–730). Mã chỉ hiện "
                    + "một lần trong câu trả lời; hệ thống chỉ lưu giá trị băm SHA-256. Dùng: "
                    + "Authorization: Bearer <mã>.")
    @PostMapping
    ResponseEntity<CreatedResponse> create(@RequestBody CreateRequest request, Principal principal) {
        if (request == null) {
            throw ProblemException.invalidField("name", "Thiếu nội dung yêu cầu");
        }
        ServiceTokens.Created created = tokens.create(new ServiceTokens.NewToken(request.name(), request.agencyCode(),
                request.roles(), request.expiresInDays() == null ? 30 : request.expiresInDays()), principal.getName());
        ServiceTokens.TokenInfo info = created.info();
        return ResponseEntity.created(URI.create("/api/v1/service-tokens/" + info.id()))
                .body(new CreatedResponse(info.id(), created.token(), info.name(), info.username(), info.agencyCode(),
                        info.roles(), info.expiresAt()));
    }

    @Operation(summary = "Danh sách tài khoản dịch vụ (quản trị)",
            description = "Mới nhất trước, với hạn dùng, thời điểm thu hồi và lần dùng gần nhất; không có mã truy cập.")
    @GetMapping
    List<TokenResponse> list() {
        return tokens.list().stream().map(TokenResponse::of).toList();
    }

    @Operation(summary = "Thu hồi mã truy cập (quản trị)",
            description = "Từ lúc này mã không còn dùng được; thu hồi lại không thay đổi gì.")
    @DeleteMapping("/{id}")
    TokenResponse revoke(@PathVariable long id, Principal principal) {
        return TokenResponse.of(tokens.revoke(id, principal.getName()));
    }
}

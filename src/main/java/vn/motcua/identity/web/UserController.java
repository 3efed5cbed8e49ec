package vn.motcua.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Locale;
import java.util.stream.IntStream;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.identity.NewUser;
import vn.motcua.identity.RoleGrant;
import vn.motcua.identity.UserAccount;
import vn.motcua.identity.Users;
import vn.motcua.shared.ProblemException;

/** User accounts: administrators create them; everyone reads their own. */
@Tag(name = "Người dùng, cơ quan", description = "Cơ quan (dạng cây, có hiệu lực), đơn vị, người dùng và vai trò")
@RestController
@RequestMapping("/api/v1/users")
class UserController {

    private final Users users;

    UserController(Users users) {
        this.users = users;
    }

    @Operation(summary = "Tạo người dùng (quản trị)",
            description = "Tên đăng nhập, họ tên, mật khẩu và các vai trò theo cơ quan/đơn vị.")
    @PostMapping
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    ResponseEntity<UserResponse> create(@Valid @RequestBody CreateUserRequest request) {
        var roles = IntStream.range(0, request.roles().size()).mapToObj(i -> {
            CreateUserRequest.RoleGrantRequest grant = request.roles().get(i);
            String field = "roles[" + i + "]";
            if (grant == null) {
                throw ProblemException.invalidField(field, "Vai trò không được để trống.");
            }
            var agency = RequestFields.optionalAgencyCode(grant.agencyCode(), field + ".agencyCode");
            String unit = RequestFields.optional(grant.unitCode());
            unit = unit == null ? null : unit.toUpperCase(Locale.ROOT);
            if (unit != null && agency == null) {
                throw ProblemException.invalidField(field + ".agencyCode", "Vui lòng nhập mã cơ quan của đơn vị " + unit + ".");
            }
            return new RoleGrant(RequestFields.role(grant.role(), field + ".role"), agency, unit);
        }).toList();
        UserAccount user = users.create(new NewUser(request.username(), request.password(), request.fullName(), roles));
        return ResponseEntity.created(URI.create("/api/v1/users/" + user.username())).body(UserResponse.of(user));
    }

    @Operation(summary = "Người dùng đang gọi",
            description = "Họ tên và vai trò của tài khoản đang đăng nhập.")
    @GetMapping("/me")
    UserResponse me() {
        return users.currentUser().map(UserResponse::of)
                .orElseThrow(() -> ProblemException.notFound("Không tìm thấy tài khoản đang đăng nhập."));
    }

    @Operation(summary = "Một người dùng",
            description = "Họ tên, vai trò, trạng thái khóa.")
    @GetMapping("/{username}")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    UserResponse find(@PathVariable String username) {
        return users.find(username).map(UserResponse::of)
                .orElseThrow(() -> ProblemException.notFound("Không có người dùng " + username + "."));
    }
}

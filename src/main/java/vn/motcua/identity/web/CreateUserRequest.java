package vn.motcua.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Body of {@code POST /api/v1/users}. */
record CreateUserRequest(
        @NotBlank(message = "Vui lòng nhập tên đăng nhập.") String username,
        @NotBlank(message = "Vui lòng nhập mật khẩu.") String password,
        @NotBlank(message = "Vui lòng nhập họ và tên.") @Size(max = 200, message = "Họ và tên tối đa 200 ký tự.")
        String fullName,
        @NotEmpty(message = "Người dùng phải có ít nhất một vai trò.") List<RoleGrantRequest> roles) {

    /** One role: {@code role} is a {@link vn.motcua.identity.Role} name, checked by the controller. */
    record RoleGrantRequest(String role, String agencyCode, String unitCode) {}

    @Override
    public String toString() {
        return "CreateUserRequest[username=" + username + ", password=***, fullName=" + fullName + ", roles="
                + roles + "]";
    }
}

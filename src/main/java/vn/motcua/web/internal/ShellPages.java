package vn.motcua.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.ui.Model;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Home and login pages. */
@Controller
class ShellPages {

    @GetMapping("/")
    String home() {
        return "home";
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        model.addAttribute("loginError", loginError(failure));
        return "login";
    }

    /** Why the last login failed, in words that do not reveal more than the user needs. */
    static String loginError(Object failure) {
        if (failure instanceof LockedException) {
            return "Tài khoản đang tạm thời bị khóa do đăng nhập sai nhiều lần liên tiếp. Vui lòng thử lại sau.";
        }
        if (failure instanceof DisabledException) {
            return "Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị hệ thống.";
        }
        return "Tên đăng nhập hoặc mật khẩu không đúng.";
    }
}

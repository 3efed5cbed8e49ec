package vn.motcua.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.ui.Model;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.identity.Agencies;
import vn.motcua.identity.Agency;
import vn.motcua.identity.AgencyCode;

/**
 * Home and login pages. The home page names the agency that runs this desk ({@code motcua.home-agency}): its
 * name, address, hotline and e-mail from the agency record, its office hours from its working calendar.
 */
@Controller
class ShellPages {

    private final Agencies agencies;
    private final WorkingCalendar calendar;
    private final String homeAgency;
    private final NationalProviders nationalProviders;

    ShellPages(Agencies agencies, WorkingCalendar calendar,
            @Value("${motcua.home-agency:000.00.22.H05}") String homeAgency, NationalProviders nationalProviders) {
        this.agencies = agencies;
        this.calendar = calendar;
        this.homeAgency = homeAgency;
        this.nationalProviders = nationalProviders;
    }

    @GetMapping("/")
    String home(Model model) {
        Optional<Agency> agency = homeAgency();
        model.addAttribute("agency", agency.orElse(null));
        agency.ifPresent(a -> model.addAttribute("officeHours", officeHours(calendar.officeHours(a.code().value()))));
        return "home";
    }

    /** The configured agency, if it exists (a deployment without it shows the generic home page). */
    private Optional<Agency> homeAgency() {
        try {
            return agencies.find(AgencyCode.parse(homeAgency));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** "07:30–11:30, 13:30–17:30": the office windows of a working day. */
    static String officeHours(OfficeHours hours) {
        List<OfficeHours.Window> windows = hours.windows();
        return windows.stream().map(w -> w.opens() + "–" + w.closes()).collect(Collectors.joining(", "));
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        model.addAttribute("loginError", loginError(failure));
        model.addAttribute("nationalProviders", nationalProviders.all());
        model.addAttribute("nationalError", nationalError(failure));
        return "login";
    }

    /** Why the last sign-in through a national identity provider failed. */
    static String nationalError(Object failure) {
        if (failure instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException e
                && "link_refused".equals(e.getError().getErrorCode())) {
            return "Không liên kết được tài khoản định danh điện tử: " + e.getError().getDescription();
        }
        String reason = failure instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException e
                && e.getError().getDescription() != null && e.getError().getErrorCode().matches("invalid_identity|account_disabled")
                ? " " + e.getError().getDescription() : "";
        return "Không đăng nhập được bằng tài khoản định danh điện tử: nhà cung cấp định danh không xác thực được hoặc "
                + "phản hồi không hợp lệ." + reason + " Vui lòng thử lại.";
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

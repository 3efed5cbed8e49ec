package vn.motcua.web.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.ExpressionAuthorizationDecision;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import vn.motcua.identity.Role;
import vn.motcua.shared.ProblemException;

/**
 * A page whose request a module refused shows the Vietnamese reason on the error page, with the right status; a page
 * the person's roles do not open says which roles do (the API answers problem+json instead: ApiExceptionHandler).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private static final Pattern ROLE_NAME = Pattern.compile("'([A-Z_]+)'");

    @ExceptionHandler(ProblemException.class)
    ModelAndView handleProblem(ProblemException ex) {
        return page(ex.kind().status(), ex.kind().title(), ex.getMessage());
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ModelAndView handleRefusal(RuntimeException ex) {
        List<String> roles = ex instanceof AuthorizationDeniedException denied ? roles(denied) : List.of();
        String detail = roles.isEmpty() ? "Tài khoản của bạn không có quyền mở trang này."
                : "Trang này dành cho: " + String.join(", ", roles) + ". Tài khoản của bạn không có vai trò đó; "
                        + "nếu cần, hãy đề nghị quản trị hệ thống cấp quyền.";
        return page(403, ProblemException.Kind.FORBIDDEN.title(), detail);
    }

    /** The Vietnamese names of the roles the refused check asked for, e.g. "Cán bộ một cửa". */
    static List<String> roles(AuthorizationDeniedException denied) {
        List<String> roles = new ArrayList<>();
        if (denied.getAuthorizationResult() instanceof ExpressionAuthorizationDecision decision) {
            Matcher names = ROLE_NAME.matcher(decision.getExpression().getExpressionString());
            while (names.find()) {
                for (Role role : Role.values()) {
                    if (role.name().equals(names.group(1))) {
                        roles.add(role.label());
                    }
                }
            }
        }
        return roles;
    }

    private static ModelAndView page(int status, String title, String detail) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatus.valueOf(status));
        page.addObject("status", status);
        page.addObject("title", title);
        page.addObject("detail", detail);
        return page;
    }
}

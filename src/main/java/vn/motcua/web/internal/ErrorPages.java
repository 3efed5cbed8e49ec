package vn.motcua.web.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * The servlet container's error path: failures that no controller handled (unknown routes, wrong methods,
 * filters). API paths and JSON clients get problem+json; people get a Vietnamese page.
 */
@Controller
class ErrorPages implements ErrorController {

    private final JsonMapper json;

    ErrorPages(JsonMapper json) {
        this.json = json;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = statusOf(request);
        String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (wantsProblem(request, path)) {
            ProblemDetail body = Problems.ofStatus(status);
            if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
                body.setInstance(Problems.instance(path));
            }
            Problems.write(json, response, body);
            return null;
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(org.springframework.http.HttpStatus.valueOf(status));
        page.addObject("status", status);
        page.addObject("title", Problems.title(status));
        page.addObject("detail", Problems.defaultDetail(status));
        return page;
    }

    static boolean wantsProblem(HttpServletRequest request, String path) {
        String accept = request.getHeader("Accept");
        return path.startsWith("/api/") || path.startsWith("/v3/") || path.startsWith("/actuator")
                || accept == null || !accept.contains("text/html");
    }

    private static int statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer i && i >= 400 ? i : 500;
    }
}

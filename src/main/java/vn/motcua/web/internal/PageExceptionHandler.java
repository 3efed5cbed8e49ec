package vn.motcua.web.internal;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import vn.motcua.shared.ProblemException;

/** A page whose request a module refused shows the Vietnamese reason on the error page, with the right status. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    @ExceptionHandler(ProblemException.class)
    ModelAndView handleProblem(ProblemException ex) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatus.valueOf(ex.kind().status()));
        page.addObject("status", ex.kind().status());
        page.addObject("title", ex.kind().title());
        page.addObject("detail", ex.getMessage());
        return page;
    }
}

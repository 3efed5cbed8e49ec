package vn.motcua.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Finds a request's controller method by its path first. Spring MVC tries every mapping whose path has a variable
 * (most of the API: {@code /api/v1/dossiers/{code}/…}) for every request, checking the method, parameters, headers,
 * content type and {@code Accept} before the path: about a tenth of a write request's CPU (bench README, "Write
 * path"). Checking the path first rejects the mappings of other paths at once. A mapping matches exactly when it did
 * before (all its conditions), and a request nothing matches is answered as before (404, 405, 406 or 415), since
 * that answer is worked out from all the mappings.
 */
@Component
class PathFirstHandlerMapping implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new Mapping();
    }

    static final class Mapping extends RequestMappingHandlerMapping {

        @Override
        protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            PathPatternsRequestCondition paths = info.getPathPatternsCondition();
            if (paths != null && paths.getMatchingCondition(request) == null) {
                return null;
            }
            return super.getMatchingMapping(info, request);
        }
    }
}

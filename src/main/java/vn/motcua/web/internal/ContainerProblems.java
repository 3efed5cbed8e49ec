package vn.motcua.web.internal;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests that Tomcat refuses before the application sees them — a path with {@code %2F}, {@code %5C} or {@code %00}
 * in it, which Tomcat will not decode, or raw bytes that are not ASCII in the request line — would get Tomcat's own
 * HTML error page. On {@code /api/**}, and when the request line could not be read at all (no path is known then, and
 * no browser sends such a line), they get the problem+json every other API failure gets; pages keep Tomcat's answer.
 */
@Configuration(proxyBeanMethods = false)
class ContainerProblems {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> apiProblemsFromTomcat(JsonMapper json) {
        return factory -> factory.addEngineValves(new ApiProblemValve(json));
    }

    /** The first valve of the engine: answers a request already in error on an API path with problem+json. */
    static final class ApiProblemValve extends ValveBase {

        private final JsonMapper json;

        ApiProblemValve(JsonMapper json) {
            super(true);
            this.json = json;
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            String uri = request.getRequestURI();
            boolean refused = response.isError() || response.getStatus() >= 400;
            // No path at all: Tomcat could not even read the request line (raw bytes that are not ASCII, a line too
            // long), which no browser sends; whoever sent it gets problem+json too.
            boolean api = uri == null || uri.isEmpty() || uri.startsWith("/api/");
            if (!refused || !api || response.isCommitted()
                    || response.getContentWritten() > 0) {
                getNext().invoke(request, response);
                return;
            }
            if (response.isError() && !response.setErrorReported()) {
                return;
            }
            int status = response.getStatus() >= 400 ? response.getStatus() : 400;
            ProblemDetail body = Problems.of(status, Problems.title(status), status == 400
                    ? "Địa chỉ yêu cầu không hợp lệ: đường dẫn chứa ký tự không được phép (như %2F, %5C, %00) hoặc "
                            + "ký tự ngoài ASCII chưa mã hóa (%XX)."
                    : Problems.defaultDetail(status));
            byte[] bytes = json.writeValueAsBytes(body);
            response.setSuspended(false);
            response.resetBuffer();
            response.setStatus(status);
            response.setContentType(Problems.PROBLEM_JSON.toString());
            response.setCharacterEncoding("UTF-8");
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
            response.finishResponse();
        }
    }
}

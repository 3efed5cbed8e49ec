package vn.motcua.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import vn.motcua.support.Api;
import vn.motcua.support.IntegrationTest;

@IntegrationTest
class ApiErrorsIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    private Api admin() {
        return Api.at(port).as("admin", "Demo@12345");
    }

    @Test
    void unknownRouteIsA404ProblemInVietnamese() {
        Api.Response response = admin().get("/api/v1/khong-co");
        assertProblem(response, 404);
        assertThat(response.json().get("detail").asString()).contains("Không tìm thấy");
    }

    @Test
    void aRequestFindsItsControllerMethodByPathMethodAndContentTypeWithThePathCheckedFirst() throws Exception {
        assertThat(mapping.getClass().getName()).endsWith("PathFirstHandlerMapping$Mapping");
        assertThat(handler("POST", "/api/v1/dossiers/000.00.22.H05-260302-0001/actions/transfer"))
                .isEqualTo("DossierApiController.act");
        assertThat(handler("GET", "/api/v1/dossiers/000.00.22.H05-260302-0001/history"))
                .isEqualTo("DossierApiController.history");
        assertThat(handler("DELETE", "/api/v1/dossiers/000.00.22.H05-260302-0001/history")).isNull();
    }

    private String handler(String method, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setContentType("application/json");
        ServletRequestPathUtils.parseAndCache(request);
        try {
            var chain = mapping.getHandler(request);
            if (chain == null) {
                return null;
            }
            HandlerMethod found = (HandlerMethod) chain.getHandler();
            return found.getBeanType().getSimpleName() + "." + found.getMethod().getName();
        } catch (org.springframework.web.HttpRequestMethodNotSupportedException notAllowed) {
            return null;
        }
    }

    @Test
    void wrongMethodIsA405Problem() {
        assertProblem(admin().delete("/api/v1/calendar/lunar?date=2024-02-10"), 405);
    }

    @Test
    void malformedJsonIsA400ProblemNotA500() {
        Api.Response response = admin().send("PUT", "/api/v1/calendar/years/2031", "application/json", "{\"basis\": ");
        assertProblem(response, 400);
        assertThat(response.json().get("detail").asString()).contains("JSON");
    }

    @Test
    void missingCredentialsOnAProtectedApiIsA401ProblemWithABasicChallenge() {
        Api.Response response = Api.at(port).get("/api/v1/agencies");
        assertProblem(response, 401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void aParameterOfTheWrongTypeIsNamedInTheProblem() {
        Api.Response response = Api.at(port).get("/api/v1/calendar/lunar?date=2024-13-45");
        assertProblem(response, 400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("date");
    }

    @Test
    void aMissingParameterIsNamedWithAVietnameseTitle() {
        Api.Response response = Api.at(port).get("/api/v1/calendar/due?amount=5&unit=WORKING_DAY");
        assertProblem(response, 400);
        assertThat(response.json().get("title").asString()).isEqualTo("Yêu cầu không hợp lệ");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("start");
    }

    @Test
    void aJsonValueOfTheWrongTypeIsNamedByItsPath() {
        Api.Response response = admin().post("/api/v1/agencies", """
                {"code":"000.00.77.H05","name":"Cơ quan thử","parentCode":null,"validFrom":"2025-13-01",
                 "predecessorCodes":[]}""");
        assertProblem(response, 400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("validFrom");
    }

    @Test
    void aQueryParameterWithAnEmptyNameIsA400ProblemNotA500() {
        for (String path : new String[] {"/api/v1/procedures?=x", "/api/v1/public/dossiers/000.00.22.H05-000000-0001?=x",
                "/api/v1/calendar/lunar?date=2024-02-10&=x", "/api/v1/procedures?q=%C3%28"}) {
            Api.Response response = Api.at(port).get(path);
            assertProblem(response, 400);
            assertThat(response.json().get("detail").asString()).as(path).contains("Tham số");
        }
        assertProblem(admin().get("/api/v1/agencies?=x"), 400);
        Api.Response nul = admin().get("/api/v1/publication-decisions?agency=%00");
        assertProblem(nul, 400);
        assertThat(nul.json().get("detail").asString()).contains("NUL");
    }

    @Test
    void aWildcardContentTypeIsA415ProblemNotA500() {
        for (String type : new String[] {"*/*", "text/*", "application/*"}) {
            Api.Response response = admin().send("POST", "/api/v1/agencies", type, "{}");
            assertProblem(response, 415);
            assertThat(response.json().get("detail").asString()).contains("Kiểu nội dung");
        }
        assertProblem(admin().send("PUT", "/api/v1/calendar/years/2031", "text/*", "{}"), 415);
    }

    @Test
    void anEncodedSlashBackslashOrNulInAnApiPathIsA400Problem() {
        for (String segment : new String[] {"a%2Fb", "a%5Cb", "a%00b"}) {
            Api.Response response = Api.at(port).get("/api/v1/public/dossiers/" + segment);
            assertProblem(response, 400);
            assertThat(response.json().get("detail").asString()).contains("%2F");
        }
    }

    @Test
    void anAnonymousWriteOnAProtectedApiIsA401ProblemNotA403() {
        for (String[] call : new String[][] {{"POST", "/api/v1/agencies"}, {"PUT", "/api/v1/calendar/years/2031"},
                {"POST", "/api/v1/users"}}) {
            Api.Response response = Api.at(port).send(call[0], call[1], "application/json", "{}");
            assertProblem(response, 401);
            assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
        }
    }

    static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("title").asString()).isNotBlank();
        assertThat(response.json().get("detail").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at vn.motcua");
    }
}

package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.identity.DemoAgency.PASSWORD;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.motcua.shared.ProblemException;
import vn.motcua.identity.DemoAgency;
import vn.motcua.support.Api;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestAgencies;

@IntegrationTest
class CatalogApiIntegrationTest {

    private static final String DEMO_AGENCY = DemoAgency.CODE.value();

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

    private Api api() {
        return Api.at(port);
    }

    private JsonNode list(String query) {
        Api.Response response = api().get("/api/v1/procedures?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> codes(JsonNode page) {
        List<String> codes = new ArrayList<>();
        page.get("items").forEach(item -> codes.add(item.get("code").asString()));
        return codes;
    }

    private static byte[] bundled() throws Exception {
        try (var in = CatalogApiIntegrationTest.class.getResourceAsStream("/catalog/so-khcn-2025.json")) {
            return in.readAllBytes();
        }
    }

    @Test
    void theDemoCatalogListsAll50SharedProceduresOf27AreActiveByDefault() {
        assertThat(list("agency=" + DEMO_AGENCY + "&status=ALL&size=100").get("total").asInt()).isEqualTo(50);
        assertThat(list("agency=" + DEMO_AGENCY).get("total").asInt()).isEqualTo(27);
        assertThat(list("agency=" + DEMO_AGENCY + "&status=ABOLISHED").get("total").asInt()).isEqualTo(23);
        assertThat(list("status=ALL&size=100").get("total").asInt()).isGreaterThanOrEqualTo(50);
    }

    @Test
    void aClerkFindsAProcedureByItsCodeTypedWithoutTheDotOrWithTheProvinceSuffix() {
        for (String typed : List.of("1014390", "1.014390.H05", "014390")) {
            assertThat(codes(list("agency=" + DEMO_AGENCY + "&q=" + q(typed)))).as(typed).first()
                    .isEqualTo("1.014390");
        }
    }

    @Test
    void theListHasTheContractShape() {
        JsonNode page = list("agency=" + DEMO_AGENCY + "&q=1.014390&page=0&size=20");
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(20);
        assertThat(page.get("total").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode item = page.get("items").get(0);
        assertThat(item.get("code").asString()).isEqualTo("1.014390");
        assertThat(item.get("name").asString()).startsWith("Thay đổi, bổ sung, cấp lại giấy chứng nhận");
        assertThat(item.get("field").asString()).isEqualTo("Hoạt động khoa học và công nghệ");
        assertThat(item.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(item.has("onlineLevel")).isTrue();
        assertThat(item.get("timeLimit").get("amount").asInt()).isEqualTo(10);
        assertThat(item.get("timeLimit").get("amount").toString()).isEqualTo("10");
        assertThat(item.get("timeLimit").get("unit").asString()).isEqualTo("WORKING_DAY");
        // version 2: the demo data's content import added the procedure's published legal basis
        assertThat(item.get("version").asInt()).isEqualTo(2);
    }

    @Test
    void searchWithoutDiacriticsFindsTheProceduresWithThem() {
        JsonNode page = list("agency=" + DEMO_AGENCY + "&q=" + q("cap giay chung nhan"));
        assertThat(codes(page)).contains("1.014445", "1.014389", "1.014391");
        assertThat(page.get("items").get(0).get("name").asString()).containsIgnoringCase("cấp giấy chứng nhận");
    }

    @Test
    void searchFindsWordsInAnyOrder() {
        assertThat(codes(list("agency=" + DEMO_AGENCY + "&q=" + q("chứng nhận doanh nghiệp giấy cấp"))))
                .contains("1.014445");
    }

    @Test
    void searchToleratesTypos() {
        assertThat(codes(list("agency=" + DEMO_AGENCY + "&q=" + q("giay chung nhan doanh nghep khoa hco"))))
                .contains("1.014445");
        assertThat(codes(list("agency=" + DEMO_AGENCY + "&q=" + q("voucer")))).contains("1.014454");
    }

    @Test
    void searchFindsACodeAndRanksItFirst() {
        assertThat(codes(list("agency=" + DEMO_AGENCY + "&q=1.014445")).get(0)).isEqualTo("1.014445");
        assertThat(codes(list("agency=" + DEMO_AGENCY + "&q=014445"))).containsExactly("1.014445");
    }

    @Test
    void searchHandlesTheLetterDWithAndWithoutItsStroke() {
        assertThat(codes(list("agency=" + DEMO_AGENCY + "&q=" + q("doi moi sang tao")))).contains("1.014439");
        assertThat(codes(list("agency=" + DEMO_AGENCY + "&q=" + q("ĐỔI MỚI SÁNG TẠO")))).contains("1.014439");
    }

    @Test
    void filtersNarrowByOnlineLevelFieldLevelAndStatus() {
        assertThat(list("agency=" + DEMO_AGENCY + "&onlineLevel=PARTIAL").get("total").asInt()).isEqualTo(16);
        assertThat(list("agency=" + DEMO_AGENCY + "&onlineLevel=UNSTATED").get("total").asInt()).isEqualTo(11);
        assertThat(list("agency=" + DEMO_AGENCY + "&field=" + q("hoat dong khoa hoc va cong nghe")).get("total").asInt())
                .isEqualTo(27);
        assertThat(list("agency=" + DEMO_AGENCY + "&status=ABOLISHED&level=COMMUNE").get("total").asInt()).isEqualTo(2);
    }

    @Test
    void badSearchParametersAreProblemsNamingTheField() {
        Api.Response status = api().get("/api/v1/procedures?status=OPEN");
        assertThat(status.status()).isEqualTo(400);
        assertThat(status.contentType()).startsWith("application/problem+json");
        assertThat(status.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
        assertThat(api().get("/api/v1/procedures?size=1000").json().get("errors").get(0).get("field").asString())
                .isEqualTo("size");
        assertThat(api().get("/api/v1/procedures?page=x").status()).isEqualTo(400);
        assertThat(api().get("/api/v1/procedures/1.0143?agency=" + DEMO_AGENCY).json().get("errors").get(0)
                .get("field").asString()).isEqualTo("code");
    }

    @Test
    void theDetailShowsEveryPartAndTheTimeLimitAsPrinted() {
        Api.Response response = api().get("/api/v1/procedures/1.014438?agency=" + DEMO_AGENCY);
        assertThat(response.status()).isEqualTo(200);
        JsonNode detail = response.json();
        assertThat(detail.get("code").asString()).isEqualTo("1.014438");
        assertThat(detail.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(detail.get("timeLimit").get("unit").asString()).isEqualTo("DAY_AS_PRINTED");
        assertThat(detail.get("timeLimit").get("label").asString()).isEqualTo("27 ngày (chưa xác định loại ngày)");
        assertThat(detail.get("competentAuthority").asString()).isEqualTo("Ủy ban nhân dân cấp tỉnh");
        assertThat(detail.get("fees").get(0).get("amountVnd").asLong()).isZero();
        assertThat(detail.get("onlineLevel").asString()).isEqualTo("PARTIAL");
        assertThat(detail.has("onlineLevelByProvince")).as("other provinces' levels are the keepers' notes").isFalse();
        assertThat(detail.get("nonBoundary").asBoolean()).isTrue();
        assertThat(detail.get("acceptingDossiers").asBoolean()).isTrue();
        assertThat(api().get("/api/v1/procedures/1.014438/versions?agency=" + DEMO_AGENCY).json().get(0)
                .get("current").asBoolean()).isTrue();
        assertThat(api().get("/api/v1/procedures/1.014438/versions/1?agency=" + DEMO_AGENCY).json().get("version")
                .asInt()).isEqualTo(1);
        assertThat(api().get("/api/v1/procedures/1.999999?agency=" + DEMO_AGENCY).status()).isEqualTo(404);
    }

    @Test
    void demoProceduresInWorkingDaysHaveASampleInternalProcedureThatFitsTheirTimeLimit() {
        JsonNode internal = api().get("/api/v1/procedures/1.014390/versions/1/internal-procedure?agency=" + DEMO_AGENCY)
                .json();
        assertThat(internal.get("longestPathHours").asInt()).isEqualTo(80);
        assertThat(internal.get("plan").get("steps").size()).isEqualTo(6);
    }

    @Test
    void anAbolishedProcedureRefusesNewDossiersNamingItsSuccessor() {
        JsonNode detail = api().get("/api/v1/procedures/1.001786?agency=" + DEMO_AGENCY).json();
        assertThat(detail.get("status").asString()).isEqualTo("ABOLISHED");
        assertThat(detail.get("acceptingDossiers").asBoolean()).isFalse();
        assertThatThrownBy(() -> catalog.requireAcceptingDossiers(DEMO_AGENCY, "1.001786"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemException.Kind.CONFLICT);
                    assertThat(e.getMessage()).contains("đã bị bãi bỏ").contains("không tiếp nhận hồ sơ mới")
                            .contains("1.014389");
                });
        assertThat(catalog.requireAcceptingDossiers(DEMO_AGENCY, "1.014389").status()).isEqualTo(ProcedureStatus.ACTIVE);
    }

    @Test
    void importingTheSameFileTwiceChangesNothingTheSecondTime() throws Exception {
        String agency = "000.00.91.T01";
        Api officer = api().as(TestAgencies.OFFICER, TestAgencies.OFFICER_PASSWORD);
        Api.Response first = officer.send("POST", "/api/v1/procedures/import?agency=" + agency, "application/json",
                new String(bundled(), StandardCharsets.UTF_8));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("created").asInt()).isEqualTo(50);
        assertThat(first.json().get("refused").size()).isZero();

        JsonNode second = officer.send("POST", "/api/v1/procedures/import?agency=" + agency, "application/json",
                new String(bundled(), StandardCharsets.UTF_8)).json();
        assertThat(second.get("created").asInt()).isZero();
        assertThat(second.get("updated").asInt()).isZero();
        assertThat(second.get("unchanged").asInt()).isEqualTo(50);

        String renamed = new String(bundled(), StandardCharsets.UTF_8)
                .replace("\"Thủ tục đề nghị hỗ trợ lãi suất vay\"", "\"Thủ tục đề nghị hỗ trợ lãi suất vốn vay\"");
        JsonNode third = api().as("admin", PASSWORD)
                .send("POST", "/api/v1/procedures/import?agency=" + agency, "application/json", renamed).json();
        assertThat(third.get("updated").asInt()).isEqualTo(1);
        assertThat(third.get("unchanged").asInt()).isEqualTo(49);

        JsonNode versions = api().get("/api/v1/procedures/1.014453/versions?agency=" + agency).json();
        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.get(1).get("changeKind").asString()).isEqualTo("AMENDED");
        JsonNode diff = api().get("/api/v1/procedures/1.014453/diff?from=1&to=2&agency=" + agency).json();
        assertThat(diff.get("changes")).hasSize(1);
        assertThat(diff.get("changes").get(0).get("field").asString()).isEqualTo("name");
        assertThat(diff.get("changes").get(0).get("after").asString()).isEqualTo("Thủ tục đề nghị hỗ trợ lãi suất vốn vay");
    }

    @Test
    void aCodeHeldByTwoAgenciesNeedsTheAgencyParameter() throws Exception {
        api().as(TestAgencies.OFFICER, TestAgencies.OFFICER_PASSWORD).send("POST", "/api/v1/procedures/import?agency=000.00.91.T03",
                "application/json", new String(bundled(), StandardCharsets.UTF_8));
        Api.Response ambiguous = api().get("/api/v1/procedures/1.014390");
        assertThat(ambiguous.status()).isEqualTo(400);
        assertThat(ambiguous.json().get("errors").get(0).get("field").asString()).isEqualTo("agency");
    }

    @Test
    void onlyControlOfficersAndAdministratorsImport() throws Exception {
        String body = new String(bundled(), StandardCharsets.UTF_8);
        // without credentials: told to authenticate
        assertThat(api().send("POST", "/api/v1/procedures/import?agency=000.00.91.T02", "application/json", body)
                .status()).isEqualTo(401);
        assertThat(api().as("tiepnhan", PASSWORD)
                .send("POST", "/api/v1/procedures/import?agency=000.00.91.T02", "application/json", body)
                .status()).isEqualTo(403);
    }

    @Test
    void aBadImportIsAProblemNamingTheFieldAndWritesNothing() {
        Api officer = api().as(TestAgencies.OFFICER, TestAgencies.OFFICER_PASSWORD);
        Api.Response noProcedures = officer.send("POST", "/api/v1/procedures/import?agency=000.00.91.T04",
                "application/json", "{\"schemaVersion\":1}");
        assertThat(noProcedures.status()).isEqualTo(400);
        assertThat(noProcedures.json().get("errors").get(0).get("field").asString()).isEqualTo("procedures");
        Api.Response noAgency = officer.send("POST", "/api/v1/procedures/import", "application/json",
                "{\"schemaVersion\":1,\"procedures\":[]}");
        assertThat(noAgency.status()).isEqualTo(400);
        assertThat(noAgency.json().get("errors").get(0).get("field").asString()).isEqualTo("agency");
        JsonNode partly = officer.send("POST", "/api/v1/procedures/import?agency=000.00.91.T04", "application/json", """
                {"schemaVersion":1,"procedures":[
                  {"code":"1.000101","name":"Thủ tục thử","status":"ACTIVE"},
                  {"code":"1.000102","name":"Thủ tục lỗi","status":"ACTIVE","fee":{"amountVnd":-5}}]}
                """).json();
        assertThat(partly.get("created").asInt()).isEqualTo(1);
        assertThat(partly.get("refused").get(0).get("code").asString()).isEqualTo("1.000102");
        assertThat(partly.get("refused").get(0).get("reason").asString()).contains("amountVnd");
        assertThat(api().get("/api/v1/procedures/1.000102?agency=000.00.91.T04").status()).isEqualTo(404);
    }

    @Test
    void theReportingFeedCountsTheCatalogInForceByOnlineLevel() {
        Api.Response response = api().as(TestAgencies.OFFICER, TestAgencies.OFFICER_PASSWORD)
                .get("/api/v1/reports/catalog-feed?agency=" + DEMO_AGENCY + "&from=2026-01-01&to=2026-12-31");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode feed = response.json();
        assertThat(feed.get("active").asInt()).isEqualTo(27);
        assertThat(feed.get("abolished").asInt()).isEqualTo(23);
        assertThat(feed.get("byOnlineLevel").get("PARTIAL").asInt()).isEqualTo(16);
        assertThat(feed.get("byOnlineLevel").get("UNSTATED").asInt()).isEqualTo(11);
        assertThat(feed.get("totals").get("published").asInt())
                .as("the imported catalog is the state taken over, not procedures published in the period").isZero();
        assertThat(feed.get("totals").get("abolished").asInt()).isZero();
        assertThat(api().get("/api/v1/reports/catalog-feed").status()).isEqualTo(401);
    }
}

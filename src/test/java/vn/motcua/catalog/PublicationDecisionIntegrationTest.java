package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.identity.DemoAgency.PASSWORD;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.motcua.shared.ProblemException;
import vn.motcua.identity.DemoAgency;
import vn.motcua.support.Api;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestAgencies;
import vn.motcua.support.MutableClock;
import vn.motcua.support.TestClockConfiguration;

@IntegrationTest
class PublicationDecisionIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    Catalog catalog;

    private static final LocalDate TODAY = TestClockConfiguration.START.toLocalDate();

    private Api officer() {
        return Api.at(port).as(TestAgencies.OFFICER, TestAgencies.OFFICER_PASSWORD);
    }

    private static String procedure(String name, int days) {
        return """
                {"name":"%s","fieldName":"Lĩnh vực thử nghiệm","level":"PROVINCE",
                 "timeLimit":{"amount":%d,"unit":"WORKING_DAY"},"fees":[{"name":"Lệ phí","amountVnd":200000}],
                 "documents":[{"name":"Đơn đề nghị","originals":1,"copies":0,"templateName":"Mẫu 01",
                               "templateUrl":"https://example.gov.vn/mau-01.docx","mandatory":true}],
                 "channels":["DESK","ONLINE"],"onlineLevel":"FULL"}
                """.formatted(name, days);
    }

    private static String plan(String... daysPerStep) {
        StringBuilder steps = new StringBuilder();
        for (int i = 0; i < daysPerStep.length; i++) {
            steps.append(i == 0 ? "" : ",").append("""
                    {"responsible":"Phòng %d","action":"Bước %d","duration":%s,"unit":"WORKING_DAY"}"""
                    .formatted(i + 1, i + 1, daysPerStep[i]));
        }
        return "{\"steps\":[" + steps + "]}";
    }

    private static String decision(String agency, String number, LocalDate effectiveOn, String items) {
        return """
                {"agency":"%s","number":"%s","signedOn":"%s","signer":"Nguyễn Văn A","effectiveOn":"%s",
                 "issuingAgency":"Ủy ban nhân dân tỉnh","items":[%s]}
                """.formatted(agency, number, TODAY, effectiveOn, items);
    }

    private Api.Response publish(String body) {
        return officer().post("/api/v1/publication-decisions", body);
    }

    @Test
    void versionsTakeEffectOnTheirDecisionsEffectiveDateAndAnAbolishedProcedureRefusesDossiers() {
        String agency = "000.00.92.T01";
        String code = "9.100001";
        Api.Response created = publish(decision(agency, "1/QĐ-UBND", TODAY.plusDays(10), """
                {"code":"%s","kind":"NEW","procedure":%s,"internalProcedure":%s}
                """.formatted(code, procedure("Cấp phép thử nghiệm", 10), plan("2", "8"))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("items").get(0).get("version").asInt()).isEqualTo(1);
        assertThat(created.json().get("inEffect").asBoolean()).isFalse();

        assertThat(Api.at(port).get("/api/v1/procedures/" + code + "?agency=" + agency).status()).isEqualTo(404);
        assertThat(Api.at(port).get("/api/v1/procedures/" + code + "/versions?agency=" + agency).json().get(0)
                .get("pending").asBoolean()).isTrue();

        clock.advance(Duration.ofDays(10));
        JsonNode v1 = Api.at(port).get("/api/v1/procedures/" + code + "?agency=" + agency).json();
        assertThat(v1.get("version").asInt()).isEqualTo(1);
        assertThat(v1.get("decision").get("number").asString()).isEqualTo("1/QĐ-UBND");

        Api.Response amended = publish(decision(agency, "2/QĐ-UBND", TODAY.plusDays(20), """
                {"code":"%s","kind":"AMENDED","procedure":%s,"internalProcedure":%s}
                """.formatted(code, procedure("Cấp giấy phép thử nghiệm", 8), plan("2", "6"))));
        assertThat(amended.status()).as(amended.body()).isEqualTo(201);
        assertThat(Api.at(port).get("/api/v1/procedures/" + code + "?agency=" + agency).json().get("version").asInt())
                .as("before the amendment's effective date the first version stays in force").isEqualTo(1);

        clock.advance(Duration.ofDays(10));
        JsonNode v2 = Api.at(port).get("/api/v1/procedures/" + code + "?agency=" + agency).json();
        assertThat(v2.get("version").asInt()).isEqualTo(2);
        assertThat(v2.get("timeLimit").get("amount").asInt()).isEqualTo(8);
        JsonNode diff = Api.at(port).get("/api/v1/procedures/" + code + "/diff?from=1&to=2&agency=" + agency).json();
        assertThat(diff.get("changes").findValuesAsString("field")).containsExactly("name", "timeLimit");
        assertThat(Api.at(port).get("/api/v1/procedures/" + code + "/versions/1?agency=" + agency).json()
                .get("name").asString()).as("the first version is kept unchanged").isEqualTo("Cấp phép thử nghiệm");

        publish(decision(agency, "3/QĐ-UBND", TODAY.plusDays(30), """
                {"code":"%s","kind":"ABOLISHED"}""".formatted(code)));
        assertThat(catalog.requireAcceptingDossiers(agency, code).version()).isEqualTo(2);
        clock.advance(Duration.ofDays(10));
        assertThatThrownBy(() -> catalog.requireAcceptingDossiers(agency, code))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.kind().status()).isEqualTo(409);
                    assertThat(e.getMessage()).contains("3/QĐ-UBND").contains("không tiếp nhận hồ sơ mới");
                });
        assertThat(Api.at(port).get("/api/v1/procedures?agency=" + agency).json().get("total").asInt()).isZero();
        assertThat(Api.at(port).get("/api/v1/procedures?status=ABOLISHED&agency=" + agency).json().get("items").get(0)
                .get("version").asInt()).isEqualTo(3);
        assertThat(Api.at(port).get("/api/v1/procedures/" + code + "/versions?agency=" + agency).json()).hasSize(3);

        JsonNode feed = officer().get("/api/v1/reports/catalog-feed?agency=" + agency + "&from=" + TODAY
                + "&to=" + TODAY.plusDays(60)).json();
        assertThat(feed.get("totals").get("published").asInt()).isEqualTo(1);
        assertThat(feed.get("totals").get("amended").asInt()).isEqualTo(1);
        assertThat(feed.get("totals").get("abolished").asInt()).isEqualTo(1);
        assertThat(feed.get("changes").get(0).get("field").asString()).isEqualTo("Lĩnh vực thử nghiệm");
    }

    @Test
    void aPublicationWhoseInternalProcedureNoLongerFitsTheTimeLimitIsRefusedNamingTheStep() {
        String agency = "000.00.92.T02";
        String code = "9.100002";
        assertThat(publish(decision(agency, "10/QĐ-UBND", TODAY, """
                {"code":"%s","kind":"NEW","procedure":%s,"internalProcedure":%s}
                """.formatted(code, procedure("Thủ tục có quy trình", 10), plan("0.5", "7.5", "2")))).status())
                .isEqualTo(201);

        Api.Response refused = publish(decision(agency, "11/QĐ-UBND", TODAY, """
                {"code":"%s","kind":"AMENDED","procedure":%s}""".formatted(code, procedure("Thủ tục có quy trình", 7))));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").get(0).get("field").asString())
                .isEqualTo("items[0].internalProcedure.steps[2].duration");
        assertThat(refused.json().get("detail").asString()).contains(code).contains("10 ngày làm việc")
                .contains("7 ngày làm việc");
        assertThat(Api.at(port).get("/api/v1/procedures/" + code + "/versions?agency=" + agency).json()).hasSize(1);

        Api.Response fixed = publish(decision(agency, "11/QĐ-UBND", TODAY, """
                {"code":"%s","kind":"AMENDED","procedure":%s,"internalProcedure":%s}
                """.formatted(code, procedure("Thủ tục có quy trình", 7), plan("0.5", "5", "1.5"))));
        assertThat(fixed.status()).as(fixed.body()).isEqualTo(201);
        JsonNode internal = Api.at(port).get("/api/v1/procedures/" + code + "/versions/2/internal-procedure?agency="
                + agency).json();
        assertThat(internal.get("longestPathHours").asInt()).isEqualTo(56);
    }

    @Test
    void aDecisionWithOneBadItemWritesNothing() {
        String agency = "000.00.92.T03";
        Api.Response refused = publish(decision(agency, "20/QĐ-UBND", TODAY, """
                {"code":"9.100003","kind":"NEW","procedure":%s},
                {"code":"9.100004","kind":"AMENDED","procedure":%s}
                """.formatted(procedure("Thủ tục mới", 5), procedure("Thủ tục chưa có", 5))));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("items[1].code");
        assertThat(Api.at(port).get("/api/v1/procedures/9.100003/versions?agency=" + agency).status()).isEqualTo(404);
        assertThat(officer().get("/api/v1/publication-decisions?agency=" + agency).json()).isEmpty();
    }

    @Test
    void badDecisionsAreProblemsNamingTheFields() {
        Api.Response missing = publish("""
                {"agency":"000.00.92.T04","signedOn":"2026-03-02","effectiveOn":"2026-03-01","items":[]}""");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").findValuesAsString("field"))
                .contains("number", "signer", "effectiveOn", "issuingAgency", "items");

        String ok = decision("000.00.92.T04", "30/QĐ-UBND", TODAY, """
                {"code":"9.100005","kind":"NEW","procedure":%s}""".formatted(procedure("Thủ tục", 3)));
        assertThat(publish(ok).status()).isEqualTo(201);
        assertThat(publish(ok).status()).isEqualTo(409);
        assertThat(publish(decision("000.00.92.T04", "31/QĐ-UBND", TODAY, """
                {"code":"9.100005","kind":"NEW","procedure":%s}""".formatted(procedure("Thủ tục", 3)))).json()
                .get("errors").get(0).get("field").asString()).isEqualTo("items[0].kind");
        assertThat(Api.at(port).as("tiepnhan", PASSWORD).post("/api/v1/publication-decisions", ok).status())
                .isEqualTo(403);
    }

    @Test
    void aReplacingProcedureAbolishesTheOneItReplacesAndNamesItsSuccessor() {
        String agency = "000.00.92.T05";
        publish(decision(agency, "40/QĐ-UBND", TODAY, """
                {"code":"9.100006","kind":"NEW","procedure":%s}""".formatted(procedure("Thủ tục cũ", 5))));
        Api.Response replaced = publish(decision(agency, "41/QĐ-UBND", TODAY, """
                {"code":"9.100007","kind":"REPLACED","replaces":["9.100006"],"procedure":%s}
                """.formatted(procedure("Thủ tục mới thay thế", 5))));
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(201);
        JsonNode old = Api.at(port).get("/api/v1/procedures/9.100006?agency=" + agency).json();
        assertThat(old.get("status").asString()).isEqualTo("ABOLISHED");
        assertThat(old.get("successors").get(0).asString()).isEqualTo("9.100007");
        assertThat(Api.at(port).get("/api/v1/procedures/9.100007?agency=" + agency).json().get("changeKind")
                .asString()).isEqualTo("REPLACED");
    }

    @Test
    void outOfRangeAmountsAndEmptyItemsAreProblemsNotServerErrors() {
        Api.Response huge = officer().post("/api/v1/procedures/9.100009/drafts?agency=000.00.92.T06",
                procedure("Thủ tục quá hạn", 100_000_000));
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.json().get("errors").get(0).get("field").asString()).isEqualTo("timeLimit.amount");

        Api.Response emptyItem = publish(decision("000.00.92.T06", "60/QĐ-UBND", TODAY, "null"));
        assertThat(emptyItem.status()).isEqualTo(400);
        assertThat(emptyItem.json().get("errors").findValuesAsString("field")).contains("items[0]");
    }

    @Test
    void aDraftPublishedAfterAHigherVersionBecomesTheNewestVersionAndComesIntoForce() {
        String agency = "000.00.92.T07";
        String code = "9.100010";
        assertThat(publish(decision(agency, "70/QĐ-UBND", TODAY, """
                {"code":"%s","kind":"NEW","procedure":%s}""".formatted(code, procedure("Bản đầu", 5)))).status())
                .isEqualTo(201);
        assertThat(officer().post("/api/v1/procedures/" + code + "/drafts?agency=" + agency,
                procedure("Bản dự thảo", 5)).json().get("version").asInt()).isEqualTo(2);
        assertThat(publish(decision(agency, "71/QĐ-UBND", TODAY.plusDays(5), """
                {"code":"%s","kind":"AMENDED","procedure":%s}""".formatted(code, procedure("Bản sửa đổi", 5))))
                .status()).isEqualTo(201);
        assertThat(publish(decision(agency, "72/QĐ-UBND", TODAY.plusDays(10), """
                {"code":"%s","kind":"AMENDED","draftVersion":2}""".formatted(code))).status()).isEqualTo(201);

        clock.advance(Duration.ofDays(6));
        assertThat(Api.at(port).get("/api/v1/procedures/" + code + "?agency=" + agency).json().get("name").asString())
                .isEqualTo("Bản sửa đổi");
        clock.advance(Duration.ofDays(5));
        JsonNode current = Api.at(port).get("/api/v1/procedures/" + code + "?agency=" + agency).json();
        assertThat(current.get("name").asString()).isEqualTo("Bản dự thảo");
        assertThat(current.get("version").asInt()).isEqualTo(4);
    }

    @Test
    void aDraftIsPublishedByADecisionAndItsInternalProcedureIsRevisedNotOverwritten() {
        String agency = "000.00.92.T06";
        String code = "9.100008";
        Api.Response draft = officer().post("/api/v1/procedures/" + code + "/drafts?agency=" + agency,
                procedure("Thủ tục dự thảo", 5));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        assertThat(draft.json().get("source").asString()).isEqualTo("DRAFT");
        assertThat(Api.at(port).get("/api/v1/procedures/" + code + "?agency=" + agency).status()).isEqualTo(404);
        assertThat(Api.at(port).get("/api/v1/procedures/" + code + "/versions?agency=" + agency).json())
                .as("a draft is not shown to the public").isEmpty();
        assertThat(Api.at(port).get("/api/v1/procedures/" + code + "/versions/1?agency=" + agency).status())
                .isEqualTo(404);
        assertThat(officer().get("/api/v1/procedures/" + code + "/versions/1?agency=" + agency).status())
                .isEqualTo(200);

        Api.Response tooShort = officer().put("/api/v1/procedures/" + code + "/versions/1/internal-procedure?agency="
                + agency, plan("1", "2"));
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.json().get("errors").get(0).get("field").asString()).isEqualTo("mismatchReason");
        assertThat(officer().put("/api/v1/procedures/" + code + "/versions/1/internal-procedure?agency=" + agency,
                plan("1", "4")).json().get("revision").asInt()).isEqualTo(1);
        assertThat(officer().put("/api/v1/procedures/" + code + "/versions/1/internal-procedure?agency=" + agency,
                plan("2", "3")).json().get("revision").asInt()).isEqualTo(2);

        Api.Response published = publish(decision(agency, "50/QĐ-UBND", TODAY, """
                {"code":"%s","kind":"NEW","draftVersion":1}""".formatted(code)));
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        JsonNode current = Api.at(port).get("/api/v1/procedures/" + code + "?agency=" + agency).json();
        assertThat(current.get("source").asString()).isEqualTo("DECISION");
        assertThat(current.get("documents").get(0).get("templateUrl").asString()).endsWith("mau-01.docx");
        assertThat(current.get("fees").get(0).get("amountVnd").asLong()).isEqualTo(200_000L);
    }
}

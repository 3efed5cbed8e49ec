package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.motcua.identity.DemoAgency;
import vn.motcua.support.Api;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestAgencies;

/**
 * The content import (published steps, components, … of procedures already in the catalog) on the real database:
 * a new version per changed procedure, diffable, idempotent, refusing bad records with Vietnamese reasons; and the
 * keepers' notes and provenance never reaching the public API or the public page.
 */
@IntegrationTest
class ProcedureContentImportIntegrationTest {

    /** An agency of its own: its catalog is imported here and by nobody else. */
    private static final String AGENCY = "000.00.96.T01";
    private static final String DEMO = DemoAgency.CODE.value();

    @LocalServerPort
    int port;

    private Api officer() {
        return Api.at(port).as(TestAgencies.OFFICER, TestAgencies.OFFICER_PASSWORD);
    }

    private static String resource(String path) throws Exception {
        try (var in = ProcedureContentImportIntegrationTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private JsonNode importContent(String agency, String file) {
        Api.Response response = officer().send("POST", "/api/v1/procedures/content-import?agency=" + agency,
                "application/json", file);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** The test agency's catalog and content, imported once (both imports are idempotent). */
    @BeforeEach
    void catalogAndContentOfTheTestAgency() throws Exception {
        if (Api.at(port).get("/api/v1/procedures/1.014394?agency=" + AGENCY).status() == 404) {
            Api.Response catalog = officer().send("POST", "/api/v1/procedures/import?agency=" + AGENCY,
                    "application/json", resource("/catalog/so-khcn-2025.json"));
            assertThat(catalog.status()).as(catalog.body()).isEqualTo(200);
            JsonNode first = importContent(AGENCY, resource("/catalog/so-khcn-2025-content.json"));
            // 14 of the 27 records bring published content; the 13 "not found" leave their procedure as it was
            assertThat(first.get("updated").asInt()).as(first.toString()).isEqualTo(14);
            assertThat(first.get("unchanged").asInt()).isEqualTo(13);
            assertThat(first.get("refused")).isEmpty();
        }
    }

    @Test
    void theContentIsANewVersionWhoseDiffShowsWhatWasPublished() {
        JsonNode versions = Api.at(port).get("/api/v1/procedures/1.014394/versions?agency=" + AGENCY).json();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(1).get("changeKind").asString()).isEqualTo("AMENDED");
        assertThat(versions.get(1).get("current").asBoolean()).isTrue();

        JsonNode v1 = Api.at(port).get("/api/v1/procedures/1.014394/versions/1?agency=" + AGENCY).json();
        assertThat(v1.get("documents")).isEmpty();
        JsonNode v2 = Api.at(port).get("/api/v1/procedures/1.014394?agency=" + AGENCY).json();
        assertThat(v2.get("version").asInt()).isEqualTo(2);
        assertThat(v2.get("documents")).hasSize(4);
        JsonNode form = v2.get("documents").get(0);
        assertThat(form.get("name").asString()).isEqualTo("Đơn đề nghị thành lập đơn vị trực thuộc ở nước ngoài");
        assertThat(form.get("templateName").asString()).isEqualTo("Mẫu số 02 Phụ lục I Nghị định 262/2025/NĐ-CP");
        assertThat(form.get("mandatory").asBoolean()).isTrue();
        assertThat(form.get("copies").isNull()).as("copies not published stay unknown, not 0").isTrue();
        assertThat(v2.get("dossierSets").asString()).isEqualTo("01 bộ");
        assertThat(v2.get("legalBases").get(0).asString()).isEqualTo("262/2025/NĐ-CP ngày 14/10/2025");

        JsonNode diff = Api.at(port).get("/api/v1/procedures/1.014394/diff?from=1&to=2&agency=" + AGENCY).json();
        List<String> fields = new ArrayList<>();
        diff.get("changes").forEach(c -> fields.add(c.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("documents", "dossierSets", "legalBases");

        // components with "required" not stated are not turned into required ones
        JsonNode unstated = Api.at(port).get("/api/v1/procedures/1.014431?agency=" + AGENCY).json().get("documents");
        assertThat(unstated).hasSize(2);
        assertThat(unstated.get(0).get("mandatory").isNull()).isTrue();
        // the printed time-limit wording replaces nothing of the limit the deadlines are computed from
        JsonNode limit = Api.at(port).get("/api/v1/procedures/1.014445?agency=" + AGENCY).json().get("timeLimit");
        assertThat(limit.get("printed").asString()).isEqualTo("15 ngày kể từ ngày nhận được hồ sơ hợp lệ.");
        assertThat(limit.get("unit").asString()).isEqualTo("DAY_AS_PRINTED");
        assertThat(limit.get("amount").asInt()).isEqualTo(15);
    }

    @Test
    void aProcedureWithoutPublishedContentKeepsChuaCongBoAndGetsNoVersion() {
        JsonNode versions = Api.at(port).get("/api/v1/procedures/1.014438/versions?agency=" + AGENCY).json();
        assertThat(versions).hasSize(1);
        String page = Api.at(port).get("/thu-tuc/1.014438?agency=" + AGENCY).body();
        assertThat(page).contains("Chưa công bố");
    }

    @Test
    void importingTheSameContentAgainCreatesNothingAndTheCatalogFileDoesNotUndoIt() throws Exception {
        JsonNode again = importContent(AGENCY, resource("/catalog/so-khcn-2025-content.json"));
        assertThat(again.get("updated").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(27);

        Api.Response catalog = officer().send("POST", "/api/v1/procedures/import?agency=" + AGENCY,
                "application/json", resource("/catalog/so-khcn-2025.json"));
        assertThat(catalog.json().get("unchanged").asInt()).as(catalog.body()).isEqualTo(50);
        assertThat(Api.at(port).get("/api/v1/procedures/1.014394/versions?agency=" + AGENCY).json()).hasSize(2);
        assertThat(Api.at(port).get("/api/v1/procedures/1.014394?agency=" + AGENCY).json().get("documents"))
                .hasSize(4);
    }

    @Test
    void badRecordsAreRefusedWithTheirReasonAndTheGoodOnesImported() {
        String file = """
                {"schemaVersion": 1, "procedures": [
                  {"code": "1.999999", "steps": ["Nộp hồ sơ."]},
                  {"code": "1.01439", "steps": ["Nộp hồ sơ."]},
                  {"code": "1.001786", "steps": ["Nộp hồ sơ."]},
                  {"code": "1.014453", "components": [{"form": "Mẫu 01"}]},
                  {"code": "1.014454", "components": [{"name": "Đơn", "copies": {"original": -1, "copy": 0}}]},
                  {"code": "1.014459", "catalogName": "Thủ tục khác hẳn", "steps": ["Nộp hồ sơ."]},
                  {"code": "1.014460", "steps": ["Bước 1. Nộp hồ sơ tại Bộ phận Một cửa."],
                   "sources": [{"url": "https://example.org/a", "province": "Bắc Ninh"}], "confidence": "S"},
                  {"code": "1.014460", "steps": ["Nộp lại."]}
                ]}""";
        JsonNode summary = importContent(AGENCY, file);
        assertThat(summary.get("updated").asInt()).isEqualTo(1);
        List<String> reasons = new ArrayList<>();
        summary.get("refused").forEach(r -> reasons.add(r.get("code").asString() + " " + r.get("reason").asString()));
        assertThat(reasons).hasSize(7);
        assertThat(reasons).anySatisfy(r -> assertThat(r).startsWith("1.999999").contains("không có trong danh mục"));
        assertThat(reasons).anySatisfy(r -> assertThat(r).startsWith("1.01439 ").contains("không đúng định dạng"));
        assertThat(reasons).anySatisfy(r -> assertThat(r).startsWith("1.001786").contains("đã bị bãi bỏ"));
        assertThat(reasons).anySatisfy(r -> assertThat(r).startsWith("1.014453").contains("thiếu tên"));
        assertThat(reasons).anySatisfy(r -> assertThat(r).startsWith("1.014454").contains("số nguyên không âm"));
        assertThat(reasons).anySatisfy(r -> assertThat(r).startsWith("1.014459").contains("khác tên trong danh mục"));
        assertThat(reasons).anySatisfy(r -> assertThat(r).startsWith("1.014460").contains("xuất hiện nhiều lần"));
        // refused records wrote nothing
        assertThat(Api.at(port).get("/api/v1/procedures/1.014453/versions?agency=" + AGENCY).json()).hasSize(1);
        assertThat(Api.at(port).get("/api/v1/procedures/1.014459/versions?agency=" + AGENCY).json()).hasSize(1);
        assertThat(Api.at(port).get("/api/v1/procedures/1.014460?agency=" + AGENCY).json().get("steps").get(0)
                .asString()).isEqualTo("Bước 1. Nộp hồ sơ tại Bộ phận Một cửa.");

        Api.Response notJson = officer().send("POST", "/api/v1/procedures/content-import?agency=" + AGENCY,
                "application/json", "{\"procedures\": 3}");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.body()).contains("procedures");
        assertThat(Api.at(port).send("POST", "/api/v1/procedures/content-import?agency=" + AGENCY,
                "application/json", file).status()).isEqualTo(401);
    }

    @Test
    void thePublicApiAndPageNeverShowTheKeepersNotesNorProvenance() {
        for (String agency : List.of(AGENCY, DEMO)) {
            for (String code : List.of("1.014461", "1.014438", "1.014431")) {
                String api = Api.at(port).get("/api/v1/procedures/" + code + "?agency=" + agency).body();
                JsonNode versions = Api.at(port).get("/api/v1/procedures/" + code + "/versions?agency=" + agency)
                        .json();
                String diff = Api.at(port).get("/api/v1/procedures/" + code + "/diff?from=1&to=" + versions.size()
                        + "&agency=" + agency).body();
                // the page without its random CSRF token, which may contain any two letters ("WD", "U10" …)
                String page = Api.at(port).get("/thu-tuc/" + code + "?agency=" + agency).body()
                        .replaceAll("<meta name=\"_csrf\" content=\"[^\"]*\">", "");
                for (String shown : List.of(api, diff, page)) {
                    assertThat(shown).as(agency + " " + code)
                            .doesNotContain("confidence", "Long An", "Vĩnh Phúc", "dichvucong.", "dost.hochiminhcity",
                                    "older version", "Phú Thọ", "Đồng Nai", "U10", "WD", "days", "as recorded");
                }
                assertThat(page).doesNotContain("Nguồn nội dung và ghi chú nội bộ", "<th>Ghi chú</th>", "Ghi chú danh mục");
                assertThat(api).doesNotContain("\"notes\"", "onlineLevelByProvince", "onlineLevelNote");
            }
        }
        JsonNode demo = Api.at(port).get("/api/v1/procedures/1.014461?agency=" + DEMO).json();
        assertThat(demo.get("steps").get(0).asString()).endsWith("cấp tỉnh.");
        assertThat(demo.get("dossierSets").asString()).isEqualTo("01 bộ");
    }

    @Test
    void theControlOfficerSeesTheProvenanceOthersDoNot() {
        Api.Response provenance = officer().get("/api/v1/procedures/1.014461/versions/2/provenance?agency=" + AGENCY);
        assertThat(provenance.status()).as(provenance.body()).isEqualTo(200);
        JsonNode p = provenance.json().get("provenance");
        assertThat(p.get("confidence").asString()).isEqualTo("S");
        assertThat(p.get("sources")).hasSize(2);
        assertThat(p.get("removedFromPublicText").toString()).contains("Long An", "Vĩnh Phúc");
        assertThat(Api.at(port).get("/api/v1/procedures/1.014461/versions/2/provenance?agency=" + AGENCY).status())
                .isIn(401, 403);
        assertThat(Api.at(port).as("tiepnhan", DemoAgency.PASSWORD)
                .get("/api/v1/procedures/1.014461/versions/2/provenance?agency=" + DEMO).status()).isEqualTo(403);

        String page = officer().get("/thu-tuc/1.014438?agency=" + AGENCY).body();
        assertThat(page).contains("Nguồn nội dung và ghi chú nội bộ", "U10", "Phú Thọ");
    }

    @Test
    void theEffectiveDateShownIsTheDecisionsNotTheImportDay() {
        String page = Api.at(port).get("/thu-tuc/1.014394?agency=" + DEMO).body();
        assertThat(page).contains("chưa ghi nhận quyết định công bố").doesNotContain("· Hiệu lực từ 0", "· Hiệu lực từ 1",
                "· Hiệu lực từ 2", "· Hiệu lực từ 3");

        // a procedure published by a decision of the agency (a code the catalog file does not hold)
        if (Api.at(port).get("/api/v1/procedures/1.999001?agency=" + AGENCY).status() == 404) {
            Api.Response decision = officer().post("/api/v1/publication-decisions", """
                    {"agency":"%s","number":"17/QĐ-UBND","signedOn":"2026-02-10","signer":"Nguyễn Văn A",
                     "effectiveOn":"2026-02-20","issuingAgency":"Ủy ban nhân dân tỉnh",
                     "items":[{"code":"1.999001","kind":"NEW","procedure":{
                       "name":"Thủ tục thử nghiệm quyết định công bố","fieldName":"Hoạt động khoa học và công nghệ",
                       "level":"PROVINCE","timeLimit":{"amount":27,"unit":"DAY_AS_PRINTED"}}}]}""".formatted(AGENCY));
            assertThat(decision.status()).as(decision.body()).isEqualTo(201);
        }
        String decided = Api.at(port).get("/thu-tuc/1.999001?agency=" + AGENCY).body();
        assertThat(decided).contains("· Hiệu lực từ 20/02/2026 (Quyết định số 17/QĐ-UBND)")
                .doesNotContain("chưa ghi nhận quyết định công bố");
    }
}

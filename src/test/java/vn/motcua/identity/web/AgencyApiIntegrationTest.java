package vn.motcua.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.motcua.identity.DemoAgency;
import vn.motcua.support.Api;
import vn.motcua.support.IntegrationTest;

@IntegrationTest
class AgencyApiIntegrationTest {

    @LocalServerPort
    int port;

    private Api admin() {
        return Api.at(port).as("admin", DemoAgency.PASSWORD);
    }

    @Test
    void administratorCreatesAnAgencyThatEveryoneCanListAndRead() {
        Api.Response created = admin().post("/api/v1/agencies", """
                {"code":"000.00.00.H91","name":"Ủy ban nhân dân tỉnh Thử Nghiệm","parentCode":null,
                 "validFrom":"2025-07-01","predecessorCodes":[]}""");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/agencies/000.00.00.H91");
        JsonNode body = created.json();
        assertThat(body.get("code").asString()).isEqualTo("000.00.00.H91");
        assertThat(body.get("validFrom").asString()).isEqualTo("2025-07-01");
        assertThat(body.get("validTo").isNull()).isTrue();
        assertThat(body.get("parentCode").isNull()).isTrue();
        assertThat(body.get("predecessorCodes").isArray()).isTrue();
        assertThat(body.get("successorCodes").isArray()).isTrue();
        assertThat(body.get("units").isArray()).isTrue();

        Api desk = Api.at(port).as("tiepnhan", DemoAgency.PASSWORD);
        Api.Response list = desk.get("/api/v1/agencies");
        assertThat(list.status()).isEqualTo(200);
        assertThat(codes(list.json())).contains("000.00.00.H91", DemoAgency.CODE.value());

        Api.Response one = desk.get("/api/v1/agencies/000.00.00.H91");
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("name").asString()).isEqualTo("Ủy ban nhân dân tỉnh Thử Nghiệm");
    }

    @Test
    void unitsAreAddedToAnAgencyAndListedWithIt() {
        admin().post("/api/v1/agencies", """
                {"code":"000.00.00.H92","name":"Sở Thử Nghiệm","validFrom":"2025-07-01"}""");

        Api.Response unit = admin().post("/api/v1/agencies/000.00.00.H92/units",
                """
                {"code":"BPMC","name":"Bộ phận Một cửa"}""");

        assertThat(unit.status()).isEqualTo(201);
        assertThat(unit.json().get("code").asString()).isEqualTo("BPMC");
        assertThat(unit.header("Location")).endsWith("/api/v1/agencies/000.00.00.H92/units/BPMC");
        JsonNode units = admin().get("/api/v1/agencies/000.00.00.H92").json().get("units");
        assertThat(units.size()).isEqualTo(1);
        assertThat(units.get(0).get("name").asString()).isEqualTo("Bộ phận Một cửa");

        Api.Response duplicate = admin().post("/api/v1/agencies/000.00.00.H92/units",
                """
                {"code":"bpmc","name":"Bộ phận khác"}""");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aSecondAgencyWithTheSameCodeIsAConflict() {
        String body = """
                {"code":"000.00.00.H93","name":"Cơ quan A","validFrom":"2025-07-01"}""";
        assertThat(admin().post("/api/v1/agencies", body).status()).isEqualTo(201);

        Api.Response again = admin().post("/api/v1/agencies", body);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().get("detail").asString()).contains("000.00.00.H93").contains("đã tồn tại");
    }

    @Test
    void aMalformedCodeIsRefusedNamingTheCodeField() {
        Api.Response response = admin().post("/api/v1/agencies", """
                {"code":"H56-000","name":"Cơ quan B","validFrom":"2025-07-01"}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(fields(response.json())).containsExactly("code");
        assertThat(response.json().get("detail").asString()).contains("không đúng định dạng");
    }

    @Test
    void anUnknownParentOrPredecessorIsNamed() {
        Api.Response parent = admin().post("/api/v1/agencies", """
                {"code":"000.00.01.H94","name":"Cơ quan C","parentCode":"000.00.00.H99","validFrom":"2025-07-01"}""");
        assertThat(parent.status()).isEqualTo(422);
        assertThat(fields(parent.json())).containsExactly("parentCode");

        Api.Response predecessor = admin().post("/api/v1/agencies", """
                {"code":"000.00.01.H94","name":"Cơ quan C","validFrom":"2025-07-01",
                 "predecessorCodes":["000.00.00.H94","000.00.00.H98"]}""");
        assertThat(predecessor.status()).isEqualTo(422);
        assertThat(fields(predecessor.json())).containsExactly("predecessorCodes[0]");
        assertThat(admin().get("/api/v1/agencies/000.00.01.H94").status()).isEqualTo(404);
    }

    @Test
    void aSuccessorLinksItsPredecessorsAndClosesTheOpenOnes() {
        admin().post("/api/v1/agencies", """
                {"code":"000.00.13.H95","name":"Sở Khoa học và Công nghệ (cũ)","validFrom":"2000-01-01"}""");
        admin().post("/api/v1/agencies", """
                {"code":"000.00.14.H95","name":"Sở Thông tin và Truyền thông (cũ)","validFrom":"2008-04-01"}""");

        Api.Response merged = admin().post("/api/v1/agencies", """
                {"code":"000.00.22.H95","name":"Sở Khoa học và Công nghệ","validFrom":"2025-03-01",
                 "predecessorCodes":["000.00.13.H95","000.00.14.H95"]}""");

        assertThat(merged.status()).isEqualTo(201);
        assertThat(texts(merged.json().get("predecessorCodes"))).containsExactly("000.00.13.H95", "000.00.14.H95");
        JsonNode old = admin().get("/api/v1/agencies/000.00.14.H95").json();
        assertThat(old.get("validTo").asString()).isEqualTo("2025-02-28");
        assertThat(texts(old.get("successorCodes"))).containsExactly("000.00.22.H95");
    }

    @Test
    void onlyAdministratorsWriteAndTheRefusalIsAProblem() {
        Api.Response refused = Api.at(port).as("lanhdao", DemoAgency.PASSWORD).post("/api/v1/agencies", """
                {"code":"000.00.00.H96","name":"Cơ quan D","validFrom":"2025-07-01"}""");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("không có quyền");
        assertThat(admin().get("/api/v1/agencies/000.00.00.H96").status()).isEqualTo(404);
        assertThat(Api.at(port).get("/api/v1/agencies").status()).isEqualTo(401);
    }

    static List<String> codes(JsonNode agencies) {
        List<String> codes = new ArrayList<>();
        agencies.forEach(a -> codes.add(a.get("code").asString()));
        return codes;
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asString()));
        return texts;
    }

    static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}

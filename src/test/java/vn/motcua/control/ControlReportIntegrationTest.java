package vn.motcua.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.motcua.support.Api;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestAgencies;

/**
 * One quarter built by hand — 2023-Q3 with the reporting cut-off, 15/06/2023 … 14/09/2023 — with records on both
 * sides of each boundary, and every figure of {@code /api/v1/reports/control-activities} checked against the count
 * worked out by hand, then the drill-downs.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ControlReportIntegrationTest {

    static final String AGENCY = "000.00.94.T01";
    static final String QUERY = "agency=" + AGENCY + "&period=2023-Q3";

    @LocalServerPort
    int port;

    private Api officer() {
        return Api.at(port).as(TestAgencies.OFFICER, TestAgencies.OFFICER_PASSWORD);
    }

    private JsonNode post(String list, String json) {
        Api.Response response = officer().post("/api/v1/control/" + list,
                "{\"agencyCode\":\"" + AGENCY + "\"," + json + "}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    @BeforeAll
    void buildTheQuarter() {
        post("documents", "\"number\":\"252/KH-SKHCN\",\"date\":\"2023-06-15\",\"kind\":\"PLAN\","
                + "\"summary\":\"Kế hoạch kiểm soát TTHC năm 2023\"");
        post("documents", "\"number\":\"947/SKHCN-VP\",\"date\":\"2023-09-14\",\"kind\":\"DISPATCH\","
                + "\"summary\":\"Số hoá hồ sơ, kết quả giải quyết TTHC\"");
        post("documents", "\"number\":\"1/QĐ-SKHCN\",\"date\":\"2023-09-15\",\"kind\":\"DECISION\",\"summary\":\"Sau kỳ\"");
        post("documents", "\"number\":\"2/BC-SKHCN\",\"date\":\"2023-06-14\",\"kind\":\"REPORT\",\"summary\":\"Trước kỳ\"");

        post("legal-drafts", "\"name\":\"A\",\"tthcCount\":5,\"impactAssessmentDate\":\"2023-07-01\","
                + "\"appraisalDate\":\"2023-08-01\",\"issuanceDate\":\"2023-09-01\"");
        post("legal-drafts", "\"name\":\"B\",\"tthcCount\":3,\"impactAssessmentDate\":\"2023-05-01\","
                + "\"appraisalDate\":\"2023-06-20\",\"issuanceDate\":\"2023-09-10\"");
        post("legal-drafts", "\"name\":\"C chưa đánh giá tác động\",\"tthcCount\":4,\"issuanceDate\":\"2023-07-10\"");
        post("legal-drafts", "\"name\":\"D\",\"tthcCount\":2,\"impactAssessmentDate\":\"2023-09-14\"");
        post("legal-drafts", "\"name\":\"E sau kỳ\",\"tthcCount\":7,\"impactAssessmentDate\":\"2023-09-15\","
                + "\"appraisalDate\":\"2023-09-16\"");

        post("reviews", review("R1", "2023-07-01", "2023-07-10", "CUT_TIME_LIMIT", 20, 15, "APPROVED", "2023-08-01"));
        post("reviews", review("R2", "2023-08-01", "2023-08-05", "CUT_TIME_LIMIT", 10, 7, "IMPLEMENTED", "2023-09-14"));
        post("reviews", review("R3", "2023-09-01", "2023-09-02", "REMOVE_COMPONENT", null, null, "APPROVED",
                "2023-09-05"));
        post("reviews", review("R4", "2023-09-10", null, null, null, null, "PROPOSED", null));
        post("reviews", review("R5", "2023-05-01", "2023-06-20", "CUT_TIME_LIMIT", 30, 20, "SUBMITTED", null));
        post("reviews", review("R6", "2023-06-01", "2023-06-01", "CUT_TIME_LIMIT", 15, 10, "APPROVED", "2023-09-20"));

        post("communications", "\"date\":\"2023-07-01\",\"kind\":\"ARTICLE\",\"title\":\"Bài 1\",\"channel\":"
                + "\"Trang thông tin điện tử Sở\",\"link\":\"https://skhcn.example.vn/bai-1\",\"visits\":40");
        post("communications", "\"date\":\"2023-08-01\",\"kind\":\"ARTICLE\",\"title\":\"Bài 2\",\"visits\":25");
        post("communications", "\"date\":\"2023-09-14\",\"kind\":\"CONFERENCE\",\"title\":\"Hội nghị giao ban\","
                + "\"audience\":\"Công chức, viên chức\"");
        post("communications", "\"date\":\"2023-09-15\",\"kind\":\"BROADCAST\",\"title\":\"Sau kỳ\",\"visits\":100");

        post("inspections", "\"title\":\"I1\",\"status\":\"CONDUCTED\",\"plannedDate\":\"2023-07-01\","
                + "\"conductedDate\":\"2023-07-05\",\"violations\":2,\"rewards\":1,\"disciplined\":1,"
                + "\"disciplineText\":\"Khiển trách 01 công chức\"");
        post("inspections", "\"title\":\"I2\",\"status\":\"CONDUCTED\",\"conductedDate\":\"2023-09-14\",\"violations\":1");
        post("inspections", "\"title\":\"I3\",\"status\":\"PLANNED\",\"plannedDate\":\"2023-08-20\"");
        post("inspections", "\"title\":\"I4 trước kỳ\",\"status\":\"CONDUCTED\",\"plannedDate\":\"2023-06-01\","
                + "\"conductedDate\":\"2023-06-10\",\"violations\":5,\"disciplined\":2");
    }

    private static String review(String code, String due, String reviewed, String kind, Integer from, Integer to,
            String status, String decided) {
        return "\"year\":2023,\"procedureCode\":\"" + code + "\",\"procedureName\":\"Thủ tục " + code + "\","
                + "\"dueDate\":\"" + due + "\"," + (reviewed == null ? "" : "\"reviewedDate\":\"" + reviewed + "\",")
                + (kind == null ? "" : "\"optionKind\":\"" + kind + "\",")
                + (from == null ? "" : "\"timeLimitFrom\":" + from + ",\"timeLimitTo\":" + to + ",")
                + (decided == null ? "" : "\"decisionNumber\":\"QĐ-" + code + "\",\"decisionDate\":\"" + decided + "\",")
                + "\"status\":\"" + status + "\"";
    }

    @Test
    void everyFigureOfTheQuarterIsTheHandCount() {
        Api.Response response = officer().get("/api/v1/reports/control-activities?" + QUERY);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode r = response.json();
        assertThat(r.get("from").asString()).isEqualTo("2023-06-15");
        assertThat(r.get("to").asString()).isEqualTo("2023-09-14");

        JsonNode documents = r.get("documents");
        assertThat(documents).hasSize(2);
        assertThat(documents.get(0).get("number").asString()).isEqualTo("252/KH-SKHCN");
        assertThat(documents.get(0).get("date").asString()).isEqualTo("2023-06-15");
        assertThat(documents.get(0).get("summary").asString()).isEqualTo("Kế hoạch kiểm soát TTHC năm 2023");
        assertThat(documents.get(1).get("number").asString()).isEqualTo("947/SKHCN-VP");

        assertThat(r.at("/impactAssessment/tthcAssessed").asLong()).isEqualTo(7); // A 5 + D 2
        assertThat(r.at("/impactAssessment/issuedTthcAssessed").asLong()).isEqualTo(8); // A 5 + B 3; C not assessed
        assertThat(r.at("/appraisal/tthcAppraised").asLong()).isEqualTo(8); // A 5 + B 3
        assertThat(r.at("/appraisal/draftsAppraised").asLong()).isEqualTo(2);

        assertThat(r.at("/review/tthcToReview").asLong()).isEqualTo(4); // R1–R4
        assertThat(r.at("/review/tthcReviewed").asLong()).isEqualTo(4); // R1, R2, R3, R5
        assertThat(r.at("/review/optionsPassed").asLong()).isEqualTo(3); // R1, R2, R3 (R6 decided after)
        assertThat(r.at("/review/tthcTimeCut").asLong()).isEqualTo(2); // R1, R2
        assertThat(r.at("/review/workingDaysSaved").asLong()).isEqualTo(8); // 20→15, 10→7

        assertThat(r.at("/communications/items").asLong()).isEqualTo(3);
        assertThat(r.at("/communications/byKind/ARTICLE").asLong()).isEqualTo(2);
        assertThat(r.at("/communications/byKind/CONFERENCE").asLong()).isEqualTo(1);
        assertThat(r.at("/communications/byKind/BROADCAST").asLong()).isZero();
        assertThat(r.at("/communications/byKind/DOCUMENT").asLong()).isZero();
        assertThat(r.at("/communications/byKind/OTHER").asLong()).isZero();
        assertThat(r.at("/communications/visits").asLong()).isEqualTo(65);

        assertThat(r.at("/inspections/planned").asLong()).isEqualTo(2); // I1, I3
        assertThat(r.at("/inspections/conducted").asLong()).isEqualTo(2); // I1, I2
        assertThat(r.at("/inspections/violations").asLong()).isEqualTo(3);
        assertThat(r.at("/inspections/rewarded").asLong()).isEqualTo(1);
        assertThat(r.at("/inspections/disciplined").asLong()).isEqualTo(1);
        assertThat(r.at("/feedback/received").asLong()).as("no feedback in this agency's register").isZero();
    }

    @Test
    void theCalendarQuarterTakesTheSecondHalfOfSeptemberInstead() {
        JsonNode r = officer().get("/api/v1/reports/control-activities?" + QUERY + "&periodType=CALENDAR").json();
        assertThat(r.get("from").asString()).isEqualTo("2023-07-01");
        assertThat(r.at("/communications/items").asLong()).isEqualTo(4); // 01/07, 01/08, 14/09, 15/09
        assertThat(r.at("/communications/visits").asLong()).isEqualTo(165);
        assertThat(r.at("/review/optionsPassed").asLong()).isEqualTo(4); // R6, decided 20/09, too
        assertThat(r.get("documents")).hasSize(2); // 14/09 and 15/09; not 15/06
    }

    @Test
    void theDrillDownListsTheRecordsBehindAFigure() {
        Api.Response response = officer().get("/api/v1/reports/control-activities/records?" + QUERY
                + "&figure=review.tthcReviewed");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(codes(response.json(), "procedureCode")).containsExactly("R5", "R1", "R2", "R3");
        JsonNode first = response.json().get(0);
        assertThat(first.get("list").asString()).isEqualTo("reviews");
        assertThat(first.get("agencyCode").asString()).isEqualTo(AGENCY);
        assertThat(first.get("id").asLong()).isPositive();

        assertThat(codes(officer().get("/api/v1/reports/control-activities/records?" + QUERY
                + "&figure=communications.byKind.ARTICLE").json(), "title")).containsExactly("Bài 1", "Bài 2");
        assertThat(codes(officer().get("/api/v1/reports/control-activities/records?" + QUERY
                + "&figure=impactAssessment.issuedTthcAssessed").json(), "name")).containsExactlyInAnyOrder("A", "B");

        Api.Response unknown = officer().get("/api/v1/reports/control-activities/records?" + QUERY
                + "&figure=review.nothing");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().at("/errors/0/field").asString()).isEqualTo("figure");
    }

    @Test
    void theListsFilterByPeriodInTheShortFormsToo() {
        List<String> june = codes(officer().get("/api/v1/control/reviews?agency=" + AGENCY + "&period=2023-06")
                .json(), "procedureCode");
        // REPORTING June 2023 = 15/05 … 14/06: R6 (due and reviewed 01/06)
        assertThat(june).containsExactly("R6");
        List<String> year = codes(officer().get("/api/v1/control/reviews?agency=" + AGENCY + "&period=2023"
                + "&periodType=CALENDAR").json(), "procedureCode");
        assertThat(year).hasSize(6);
    }

    private static List<String> codes(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get(field).asString()).toList();
    }
}

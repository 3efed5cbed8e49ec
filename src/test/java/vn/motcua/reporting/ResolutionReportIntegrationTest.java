package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.motcua.support.Api;
import vn.motcua.support.IntegrationTest;
import vn.motcua.support.TestAgencies;

/**
 * A small ledger built by hand through the import path, and every column of form II.06a and the ledger metrics of
 * the 766 index that the rules imply for 2023-Q3 (reporting period 15/06/2023 – 14/09/2023).
 */
@IntegrationTest
class ResolutionReportIntegrationTest {

    /** Used by this test only: its catalog and ledger are exactly what the test builds. */
    static final String AGENCY = "000.00.94.T01";
    static final String PROCEDURE = "9.400001";
    static final String FIELD = "Lĩnh vực thử nghiệm báo cáo";

    @LocalServerPort
    int port;

    private Api officer() {
        return Api.at(port).as(TestAgencies.OFFICER, TestAgencies.OFFICER_PASSWORD);
    }

    private static String line(int n, String channel, String receivedAt, String dueAt, String events, String fees,
            boolean digitized, boolean resultDigitized) {
        return """
                {"code":"%s-%s-%04d","agencyCode":"%s","procedureCode":"%s","channel":"%s",\
                "applicant":{"type":"CITIZEN","name":"Người nộp %d","idNumber":"00108501%04d"},\
                "receivedAt":"%s","dueAt":"%s","events":[%s],"fees":[%s],"digitized":%s,"resultDigitized":%s}"""
                .formatted(AGENCY, receivedAt.substring(2, 10).replace("-", ""), n, AGENCY, PROCEDURE, channel, n, n,
                        receivedAt, dueAt, events, fees, digitized, resultDigitized);
    }

    private static String resolved(String at) {
        return "{\"type\":\"RESOLVED\",\"at\":\"" + at + "\",\"outcome\":\"GRANTED\"}";
    }

    static final List<String> LEDGER = List.of(
            // carried over, resolved after its due date: late
            line(1, "DIRECT", "2023-06-01T08:30:00+07:00", "2023-06-15T08:30:00+07:00",
                    resolved("2023-06-20T10:00:00+07:00"), "", false, false),
            // received and resolved before the period: not in it
            line(2, "DIRECT", "2023-06-05T08:30:00+07:00", "2023-06-19T08:30:00+07:00",
                    resolved("2023-06-10T10:00:00+07:00"), "", false, false),
            // new online, resolved on an earlier day than due: early; fee paid online; digitised, e-result
            line(3, "ONLINE", "2023-07-03T08:30:00+07:00", "2023-07-17T08:30:00+07:00",
                    resolved("2023-07-10T10:00:00+07:00"), "{\"amountVnd\":200000,\"paidOnline\":true}", true, true),
            // new direct, resolved on the due day before the due time: on time; fee paid at the desk
            line(4, "DIRECT", "2023-07-03T08:30:00+07:00", "2023-07-17T08:30:00+07:00",
                    resolved("2023-07-17T08:00:00+07:00"), "{\"amountVnd\":200000,\"paidOnline\":false}", false, false),
            // new by post, open at the period end after its due date: overdue; a zero fee line bears no fee
            line(5, "POSTAL", "2023-08-01T08:30:00+07:00", "2023-08-15T08:30:00+07:00", "",
                    "{\"amountVnd\":0,\"paidOnline\":false}", false, false),
            // new direct, open, due after the period end: within the deadline
            line(6, "DIRECT", "2023-09-10T08:30:00+07:00", "2023-09-25T08:30:00+07:00", "", "", false, false),
            // extended, then resolved before the new date: still late (the extension counts)
            line(7, "DIRECT", "2023-08-01T08:30:00+07:00", "2023-08-15T08:30:00+07:00",
                    "{\"type\":\"TRANSFERRED\",\"at\":\"2023-08-01T09:00:00+07:00\"},"
                            + "{\"type\":\"EXTENDED\",\"at\":\"2023-08-10T09:00:00+07:00\","
                            + "\"newDueAt\":\"2023-08-25T16:00:00+07:00\"},"
                            + resolved("2023-08-20T10:00:00+07:00"), "", false, false),
            // online, one supplement restarting the clock, resolved before the new due date: early
            line(8, "ONLINE", "2023-08-01T08:30:00+07:00", "2023-08-15T08:30:00+07:00",
                    "{\"type\":\"SUPPLEMENT_REQUESTED\",\"at\":\"2023-08-03T09:00:00+07:00\"},"
                            + "{\"type\":\"SUPPLEMENT_RECEIVED\",\"at\":\"2023-08-10T08:00:00+07:00\","
                            + "\"newDueAt\":\"2023-08-24T08:00:00+07:00\"},"
                            + resolved("2023-08-22T10:00:00+07:00"), "", true, false),
            // withdrawn before its due date: processing ended early
            line(9, "DIRECT", "2023-09-01T08:30:00+07:00", "2023-09-15T08:30:00+07:00",
                    "{\"type\":\"WITHDRAWN\",\"at\":\"2023-09-05T10:00:00+07:00\"}", "", false, false),
            // received in the period, resolved after it: in progress at its end, within the deadline
            line(10, "DIRECT", "2023-09-12T08:30:00+07:00", "2023-09-26T08:30:00+07:00",
                    resolved("2023-09-20T10:00:00+07:00"), "", false, false),
            // carried over and still open long after its due date: overdue
            line(11, "DIRECT", "2023-05-02T08:30:00+07:00", "2023-05-16T08:30:00+07:00", "", "", false, false));

    @BeforeEach
    void ledger() {
        if (Api.at(port).get("/api/v1/procedures/" + PROCEDURE + "?agency=" + AGENCY).status() != 200) {
            Api.Response published = officer().post("/api/v1/publication-decisions", """
                    {"agency":"%s","number":"7/QĐ-UBND","signedOn":"2022-12-01","signer":"Nguyễn Văn B",
                     "effectiveOn":"2023-01-01","issuingAgency":"Ủy ban nhân dân tỉnh",
                     "items":[{"code":"%s","kind":"NEW","procedure":{"name":"Thủ tục thử nghiệm báo cáo",
                       "fieldName":"%s","level":"PROVINCE","timeLimit":{"amount":10,"unit":"WORKING_DAY"},
                       "channels":["DESK","POST","ONLINE"],"onlineLevel":"PARTIAL"}}]}
                    """.formatted(AGENCY, PROCEDURE, FIELD));
            assertThat(published.status()).as(published.body()).isEqualTo(201);
        }
        Api.Response imported = officer().send("POST", "/api/v1/dossiers/import", "application/x-ndjson",
                String.join("\n", LEDGER) + "\n");
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("refused")).as(imported.body()).isEmpty();
    }

    @Test
    void everyColumnOfFormII06aFollowsFromTheLedgerAndTheChecksHold() {
        Api.Response response = officer().get("/api/v1/reports/dossier-resolution?agency=" + AGENCY
                + "&period=2023-Q3");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("from").asString()).isEqualTo("2023-06-15");
        assertThat(report.get("to").asString()).isEqualTo("2023-09-14");
        JsonNode total = report.get("total");
        assertThat(total.get("received").get("total").asInt()).isEqualTo(10);
        assertThat(total.get("received").get("carriedOver").asInt()).isEqualTo(2);
        assertThat(total.get("received").get("online").asInt()).isEqualTo(2);
        assertThat(total.get("received").get("directOrPostal").asInt()).isEqualTo(6);
        assertThat(total.get("resolved").get("total").asInt()).isEqualTo(6);
        assertThat(total.get("resolved").get("early").asInt()).isEqualTo(3);
        assertThat(total.get("resolved").get("onTime").asInt()).isEqualTo(1);
        assertThat(total.get("resolved").get("late").asInt()).isEqualTo(2);
        assertThat(total.get("inProgress").get("total").asInt()).isEqualTo(4);
        assertThat(total.get("inProgress").get("withinDeadline").asInt()).isEqualTo(2);
        assertThat(total.get("inProgress").get("overdue").asInt()).isEqualTo(2);
        assertThat(report.get("rows")).hasSize(1);
        assertThat(report.get("rows").get(0).get("field").asString()).isEqualTo(FIELD);
        assertThat(report.get("checks").findValuesAsString("rule")).hasSize(5);
        assertThat(report.get("checks").findValues("ok")).allMatch(JsonNode::asBoolean);

        JsonNode eService = report.get("eService");
        assertThat(eService.get("receivedTotal").asInt()).isEqualTo(8);
        assertThat(eService.get("receivedOnline").asInt()).isEqualTo(2);
        assertThat(eService.get("onlineRate").decimalValue()).isEqualByComparingTo("0.25");
        assertThat(eService.get("feeDossiers").asInt()).isEqualTo(2);
        assertThat(eService.get("paidOnline").asInt()).isEqualTo(1);
        assertThat(eService.get("digitizedAtIntake").asInt()).isEqualTo(2);
        assertThat(eService.get("resultsDigitized").asInt()).isEqualTo(1);
    }

    @Test
    void aFigureDrillsDownToItsDossiers() {
        JsonNode late = officer().get("/api/v1/reports/dossier-resolution/dossiers?agency=" + AGENCY
                + "&period=2023-Q3&figure=RESOLVED_LATE").json();
        assertThat(late.findValuesAsString("code")).containsExactly(AGENCY + "-230601-0001",
                AGENCY + "-230801-0007");
        JsonNode overdue = officer().get("/api/v1/reports/dossier-resolution/dossiers?agency=" + AGENCY
                + "&period=2023-Q3&figure=IN_PROGRESS_OVERDUE").json();
        assertThat(overdue.findValuesAsString("code")).containsExactly(AGENCY + "-230502-0011",
                AGENCY + "-230801-0005");
    }

    @Test
    void theOnTimeMetricOfTheIndexCountsEarlyOnTimeAndWithinDeadlineOverAllDossiersOfThePeriod() {
        JsonNode index = officer().get("/api/v1/index/766?agency=" + AGENCY + "&period=2023-Q3&periodType=REPORTING")
                .json();
        JsonNode tdgq = null;
        for (JsonNode group : index.get("groups")) {
            if (group.get("code").asString().equals("TDGQ")) {
                tdgq = group;
            }
        }
        assertThat(tdgq).isNotNull();
        JsonNode onTime = tdgq.get("metrics").get(0);
        assertThat(onTime.get("code").asString()).isEqualTo("ON_TIME_PROCESSING");
        assertThat(onTime.get("numerator").asInt()).isEqualTo(6);
        assertThat(onTime.get("denominator").asInt()).isEqualTo(10);
        assertThat(onTime.get("score").decimalValue()).isEqualByComparingTo("12.00");
        assertThat(index.get("totalScore").decimalValue()).isPositive();
        JsonNode explained = officer().get("/api/v1/index/766/explain?agency=" + AGENCY
                + "&period=2023-Q3&periodType=REPORTING&metric=ON_TIME_PROCESSING&part=numerator").json();
        assertThat(explained).hasSize(6);
        JsonNode sync = officer().get("/api/v1/index/766?agency=" + AGENCY + "&period=2023-Q3").json()
                .findParents("code").stream().filter(n -> n.get("code").asString().equals("DOSSIER_SYNC"))
                .findFirst().orElseThrow();
        assertThat(sync.get("available").asBoolean()).isFalse();
    }

    private JsonNode metric(JsonNode index, String code) {
        return index.findParents("code").stream().filter(n -> n.get("code").asString().equals(code)
                && n.has("numerator")).findFirst().orElseThrow();
    }

    private static void assertFigure(JsonNode metric, int numerator, int denominator) {
        assertThat(metric.get("numerator").asInt()).as(metric.toString()).isEqualTo(numerator);
        assertThat(metric.get("denominator").asInt()).as(metric.toString()).isEqualTo(denominator);
    }

    @Test
    void everyMetricTheSystemHasDataForFollowsFromTheLedgerAndTheCatalog() {
        JsonNode index = officer().get("/api/v1/index/766?agency=" + AGENCY + "&period=2023-Q3&periodType=REPORTING")
                .json();
        assertFigure(metric(index, "ONLINE_DOSSIER_RATE"), 2, 8);
        assertFigure(metric(index, "ONLINE_PAYMENT_DOSSIER"), 1, 2);
        assertFigure(metric(index, "ORIGINAL_RESULT_AVAILABLE"), 1, 6);
        assertFigure(metric(index, "SO_HOA_GIAY_TO_GIAI_QUYET"), 2, 8);
        assertFigure(metric(index, "REUSED_DIGITIZED_DATA"), 0, 8);
        assertFigure(metric(index, "CITIZEN_DATA_CONNECTED_DOSSIER"), 0, 8);
        assertThat(metric(index, "DOSSIER_RECEIVING_SATISFACTION").get("numerator").asInt())
                .as("10 dossiers less 2 late and 2 overdue").isEqualTo(6);
        assertFigure(metric(index, "ONLINE_SERVICE_PROVISION"), 1, 1);
        assertFigure(metric(index, "PUBLIC_CONTENT_FULL"), 0, 1);
        assertFigure(metric(index, "PUBLISH_ON_TIME"), 0, 0);
        for (String unavailable : List.of("DOSSIER_SYNC", "PETITION_PROCESSING_ON_TIME",
                "PETITION_HANDLING_SATISFACTION")) {
            assertThat(metric(index, unavailable).get("available").asBoolean()).as(unavailable).isFalse();
            assertThat(metric(index, unavailable).get("reason").asString()).isNotBlank();
        }
        assertThat(metric(index, "PETITION_PROCESSING_ON_TIME").get("score").decimalValue())
                .as("no feedback in the period: full points, as the portal scores it").isEqualByComparingTo("6");
        java.math.BigDecimal groups = java.math.BigDecimal.ZERO;
        for (JsonNode group : index.get("groups")) {
            groups = groups.add(group.get("score").decimalValue());
        }
        assertThat(index.get("totalScore").decimalValue()).as("the total is the sum of the groups")
                .isEqualByComparingTo(groups);
    }

    @Test
    void aNotSatisfiedRatingCountsAgainstSatisfactionAtOnce() {
        String demo = "000.00.22.H05";
        Api kiemsoat = Api.at(port).as("kiemsoat", "Demo@12345");
        JsonNode before = metric(kiemsoat.get("/api/v1/index/766?agency=" + demo + "&period=2026-Q1").json(),
                "DOSSIER_RECEIVING_SATISFACTION");
        Api desk = Api.at(port).as("tiepnhan", "Demo@12345");
        JsonNode d = desk.post("/api/v1/dossiers", """
                {"agencyCode":"%s","procedureCode":"1.014390","channel":"DIRECT","receive":true,
                 "applicant":{"type":"CITIZEN","name":"Hoàng Văn Dũng"}}""".formatted(demo)).json();
        String code = d.get("code").asString();
        JsonNode transferred = desk.header("If-Match", "\"" + d.get("version") + "\"").post("/api/v1/dossiers/" + code
                + "/actions/transfer", "{\"unit\":\"QLCN\"}").json();
        JsonNode resolved = Api.at(port).as("lanhdao", "Demo@12345")
                .header("If-Match", "\"" + transferred.get("version") + "\"")
                .post("/api/v1/dossiers/" + code + "/actions/resolve",
                        "{\"outcome\":\"REFUSED\",\"reason\":\"Không đủ điều kiện\"}").json();
        Api.at(port).as("tiepnhan", "Demo@12345").header("If-Match", "\"" + resolved.get("version") + "\"").post("/api/v1/dossiers/" + code
                + "/actions/return-result", "{}");
        assertThat(Api.at(port).post("/api/v1/public/dossiers/" + code + "/rating", "{\"secret\":\""
                + d.get("lookupSecret").asString() + "\",\"overall\":\"NOT_SATISFIED\"}").status()).isEqualTo(200);

        JsonNode after = metric(kiemsoat.get("/api/v1/index/766?agency=" + demo + "&period=2026-Q1").json(),
                "DOSSIER_RECEIVING_SATISFACTION");
        assertThat(after.get("denominator").asLong()).isEqualTo(before.get("denominator").asLong() + 1);
        assertThat(after.get("numerator").asLong()).as("resolved early but rated not satisfied")
                .isEqualTo(before.get("numerator").asLong());
    }

    @Test
    void reportsAreForTheAgencysLeadersAndControlOfficers() {
        assertThat(Api.at(port).as("tiepnhan", "Demo@12345").get("/api/v1/reports/dossier-resolution?agency="
                + AGENCY + "&period=2023-Q3").status()).isEqualTo(403);
    }
}

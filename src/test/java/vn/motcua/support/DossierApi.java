package vn.motcua.support;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.identity.DemoAgency.PASSWORD;

import tools.jackson.databind.JsonNode;
import vn.motcua.identity.DemoAgency;

/** Dossier API calls as the demo department's people, for the tests of the dossier engine and its modules. */
public final class DossierApi {

    /** The smallest PDF that parses: what the tests upload as a scanned document. */
    public static final String PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

    public static final String AGENCY = DemoAgency.CODE.value();
    /** Thay đổi, bổ sung, cấp lại giấy chứng nhận đăng ký hoạt động KH&CN: 10 working days, six-step plan. */
    public static final String TEN_DAY_PROCEDURE = "1.014390";
    /** Cấp Giấy chứng nhận doanh nghiệp KH&CN: online (partial), "15 ngày", no internal procedure. */
    public static final String ONLINE_PROCEDURE = "1.014445";

    /** Published by {@link #publishTestProcedure()}: 10 working days, one mandatory document, online, since 12/2025. */
    public static final String TEST_PROCEDURE = "9.300001";

    private final int port;

    public DossierApi(int port) {
        this.port = port;
    }

    public Api as(String user) {
        return Api.at(port).as(user, PASSWORD);
    }

    public Api desk() {
        return as("tiepnhan");
    }

    /** Publishes {@link #TEST_PROCEDURE} in the demo agency, in force since 01/12/2025 (once per test run). */
    public void publishTestProcedure() {
        Api officer = Api.at(port).as(TestAgencies.OFFICER, TestAgencies.OFFICER_PASSWORD);
        if (Api.at(port).get("/api/v1/procedures/" + TEST_PROCEDURE + "?agency=" + AGENCY).status() == 200) {
            return;
        }
        Api.Response published = officer.post("/api/v1/publication-decisions", """
                {"agency":"%s","number":"99/QĐ-UBND","signedOn":"2025-11-20","signer":"Nguyễn Văn A",
                 "effectiveOn":"2025-12-01","issuingAgency":"Ủy ban nhân dân tỉnh Bắc Ninh",
                 "items":[{"code":"%s","kind":"NEW","procedure":{"name":"Thủ tục thử nghiệm hồ sơ",
                   "fieldName":"Hoạt động khoa học và công nghệ","level":"PROVINCE",
                   "timeLimit":{"amount":10,"unit":"WORKING_DAY"},"fees":[{"name":"Lệ phí","amountVnd":200000}],
                   "documents":[{"name":"Đơn đề nghị","originals":1,"copies":0,"mandatory":true},
                                {"name":"Tài liệu khác","originals":0,"copies":1,"mandatory":false}],
                   "channels":["DESK","POST","ONLINE"],"onlineLevel":"FULL"}}]}
                """.formatted(AGENCY, TEST_PROCEDURE));
        assertThat(published.status()).as(published.body()).isEqualTo(201);
    }

    public static String newDossier(String procedure, String channel, boolean receive, String applicantName) {
        return """
                {"agencyCode":"%s","procedureCode":"%s","channel":"%s","receive":%s,
                 "applicant":{"type":"CITIZEN","name":"%s","idNumber":"001085012345","phone":"0912345678",
                              "email":"an.nguyen@example.vn","address":"Số 5 Lý Thái Tổ, phường Kinh Bắc, Bắc Ninh"}}
                """.formatted(AGENCY, procedure, channel, receive, applicantName);
    }

    /** A dossier received at the desk now; returns its JSON. */
    public JsonNode received(String procedure) {
        Api.Response created = desk().post("/api/v1/dossiers", newDossier(procedure, "DIRECT", true, "Nguyễn Văn An"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    public Api.Response act(String user, JsonNode dossier, String action, String body) {
        return act(user, dossier.get("code").asString(), dossier.get("version").asInt(), action, body);
    }

    public Api.Response act(String user, String code, int version, String action, String body) {
        return as(user).header("If-Match", "\"" + version + "\"")
                .post("/api/v1/dossiers/" + code + "/actions/" + action, body == null ? "{}" : body);
    }

    /** Acts and expects success; returns the new state. */
    public JsonNode ok(String user, JsonNode dossier, String action, String body) {
        Api.Response response = act(user, dossier, action, body);
        assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
        return response.json();
    }
}

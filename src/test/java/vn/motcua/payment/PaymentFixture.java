package vn.motcua.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import vn.motcua.support.Api;
import vn.motcua.support.DossierApi;
import vn.motcua.support.TestAgencies;

/**
 * The payment tests' own procedure (9.300192: a fee of 500.000 đồng, online allowed) and dossiers waiting for payment,
 * and calls to the stand-in platform the demo starts.
 */
public final class PaymentFixture {

    public static final String PROCEDURE = "9.300192";
    public static final long FEE = 500_000;

    public final DossierApi api;
    final int port;

    public PaymentFixture(int port) {
        this.port = port;
        this.api = new DossierApi(port);
    }

    /** Publishes {@link #PROCEDURE} in the demo agency (once per test run). */
    void publishProcedure() {
        publishProcedure(PROCEDURE, "[{\"name\":\"Lệ phí cấp giấy chứng nhận\",\"amountVnd\":" + FEE + "}]");
    }

    /** Publishes a test procedure with these fees (JSON array) in the demo agency, once per test run. */
    public void publishProcedure(String code, String fees) {
        if (Api.at(port).get("/api/v1/procedures/" + code + "?agency=" + DossierApi.AGENCY).status() == 200) {
            return;
        }
        Api.Response published = Api.at(port).as(TestAgencies.OFFICER, TestAgencies.OFFICER_PASSWORD)
                .post("/api/v1/publication-decisions", """
                {"agency":"%s","number":"%s/QĐ-UBND","signedOn":"2025-11-20","signer":"Nguyễn Văn A",
                 "effectiveOn":"2025-12-01","issuingAgency":"Ủy ban nhân dân tỉnh Bắc Ninh",
                 "items":[{"code":"%s","kind":"NEW","procedure":{"name":"Thủ tục thử nghiệm thanh toán trực tuyến",
                   "fieldName":"Hoạt động khoa học và công nghệ","level":"PROVINCE",
                   "timeLimit":{"amount":10,"unit":"WORKING_DAY"},
                   "fees":%s,
                   "documents":[{"name":"Đơn đề nghị","originals":1,"copies":0,"mandatory":false}],
                   "channels":["DESK","POST","ONLINE"],"onlineLevel":"FULL"}}]}
                """.formatted(DossierApi.AGENCY, code.substring(code.length() - 3), code, fees));
        assertThat(published.status()).as(published.body()).isEqualTo(201);
    }

    /** A dossier received at the desk, transferred and asked for its fee: AWAITING_PAYMENT. */
    public JsonNode awaitingPayment(String applicantName) {
        publishProcedure();
        return awaitingPayment(PROCEDURE, applicantName);
    }

    /** A dossier of a published procedure received at the desk, transferred and asked for its fees. */
    public JsonNode awaitingPayment(String procedure, String applicantName) {
        Api.Response created = api.desk().post("/api/v1/dossiers",
                DossierApi.newDossier(procedure, "DIRECT", true, applicantName));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return awaiting(created.json());
    }

    /** A dossier the demo citizen {@code congdan} submitted online, received and asked for its fee. */
    JsonNode awaitingPaymentOnline(String applicantName) {
        publishProcedure();
        Api.Response created = api.as("congdan").post("/api/v1/dossiers",
                DossierApi.newDossier(PROCEDURE, "ONLINE", false, applicantName));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode received = api.ok("tiepnhan", created.json(), "receive", null);
        return awaiting(received);
    }

    private JsonNode awaiting(JsonNode received) {
        JsonNode d = api.ok("tiepnhan", received, "transfer", "{\"unit\":\"QLCN\"}");
        d = api.ok("chuyenvien", d, "request-payment", "{}");
        assertThat(d.get("status").asString()).isEqualTo("AWAITING_PAYMENT");
        return d;
    }

    public JsonNode dossier(String code) {
        return api.desk().get("/api/v1/dossiers/" + code).json();
    }

    public JsonNode payments(String code) {
        Api.Response list = api.desk().get("/api/v1/dossiers/" + code + "/payments");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json();
    }

    String standInUrl() {
        JsonNode platform = api.as("admin").get("/api/v1/payments/platform").json();
        assertThat(platform.get("enabled").asBoolean()).as(platform.toString()).isTrue();
        return platform.get("url").asString();
    }

    /** The stand-in's list of what it received. */
    String received() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(standInUrl() + "/received")).GET()
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** A person on the stand-in's page presses "Thanh toán" (or "Hủy giao dịch"); the platform's answer (303). */
    public HttpResponse<String> decide(String redirectUrl, String action, boolean loseNotification) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(redirectUrl)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Thanh toán phí, lệ phí", "500.000 đồng", "Hủy giao dịch");
        String form = "nganHang=NAPAS&hanhDong=" + action + (loseNotification ? "&boThongBao=1" : "");
        return http.send(HttpRequest.newBuilder(URI.create(redirectUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

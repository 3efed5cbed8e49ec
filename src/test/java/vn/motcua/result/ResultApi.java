package vn.motcua.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import vn.motcua.result.internal.TestSignatures;
import vn.motcua.support.Api;
import vn.motcua.support.DossierApi;
import vn.motcua.support.TestAgencies;

/** Results through the API, for the tests of this module: a procedure that states its result, uploads, signatures. */
class ResultApi {

    /** Published here: a procedure whose content states its result. */
    static final String PROCEDURE_WITH_RESULT = "9.318001";

    private final int port;
    private final DossierApi api;

    ResultApi(int port) {
        this.port = port;
        this.api = new DossierApi(port);
    }

    void publishProcedureWithResult() {
        if (Api.at(port).get("/api/v1/procedures/" + PROCEDURE_WITH_RESULT + "?agency=" + DossierApi.AGENCY)
                .status() == 200) {
            return;
        }
        Api.Response published = Api.at(port).as(TestAgencies.OFFICER, TestAgencies.OFFICER_PASSWORD)
                .post("/api/v1/publication-decisions", """
                {"agency":"%s","number":"318/QĐ-UBND","signedOn":"2025-11-20","signer":"Nguyễn Văn A",
                 "effectiveOn":"2025-12-01","issuingAgency":"Ủy ban nhân dân tỉnh Bắc Ninh",
                 "items":[{"code":"%s","kind":"NEW","procedure":{"name":"Thủ tục thử nghiệm kết quả điện tử",
                   "fieldName":"Hoạt động khoa học và công nghệ","level":"PROVINCE",
                   "timeLimit":{"amount":10,"unit":"WORKING_DAY"},
                   "results":["Giấy chứng nhận thử nghiệm"],
                   "channels":["DESK","POST","ONLINE"],"onlineLevel":"FULL"}}]}
                """.formatted(DossierApi.AGENCY, PROCEDURE_WITH_RESULT));
        assertThat(published.status()).as(published.body()).isEqualTo(201);
    }

    static String query(String title, String number, String issuedOn) {
        return "?title=" + URLEncoder.encode(title, StandardCharsets.UTF_8) + "&number="
                + URLEncoder.encode(number, StandardCharsets.UTF_8) + "&issuedOn=" + issuedOn
                + "&validUntil=2031-03-10";
    }

    Api.Response upload(String user, String code, byte[] pdf) {
        return api.as(user).upload("/api/v1/dossiers/" + code + "/results"
                + query("Giấy chứng nhận thử nghiệm", "15/GCN-SKHCN", "2026-03-10"), "file", "giay-chung-nhan.pdf", pdf);
    }

    /** A dossier of {@code applicant}, submitted online and processed, with a signed result: its code. */
    String withSignedResult(String applicant) {
        publishProcedureWithResult();
        Api.Response created = api.as(applicant).post("/api/v1/dossiers",
                DossierApi.newDossier(PROCEDURE_WITH_RESULT, "ONLINE", false, "Nguyễn Văn An"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode d = api.ok("tiepnhan", created.json(), "receive", null);
        d = api.ok("tiepnhan", d, "transfer", "{\"unit\":\"QLCN\"}");
        String code = d.get("code").asString();
        upload("chuyenvien", code, TestSignatures.resultPdf("GIẤY CHỨNG NHẬN"));
        api.as("lanhdao").post("/api/v1/dossiers/" + code + "/results/" + code + "-KQ1/sign", "");
        return code;
    }

    void resolveGranted(String code) {
        api.ok("lanhdao", api.as("lanhdao").get("/api/v1/dossiers/" + code).json(), "resolve",
                "{\"outcome\":\"GRANTED\"}");
    }
}

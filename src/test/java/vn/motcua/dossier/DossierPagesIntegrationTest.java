package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.motcua.identity.DemoAgency;
import vn.motcua.support.Api;
import vn.motcua.support.DossierApi;
import vn.motcua.support.IntegrationTest;

/** The dossier pages over HTTP, as a browser posts their forms. */
@IntegrationTest
class DossierPagesIntegrationTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @LocalServerPort
    int port;

    private Api page(String user) {
        return Api.at(port).as(user, DemoAgency.PASSWORD).header("Accept", "text/html");
    }

    @Test
    void anApplicantSavesADraftWithAFileResumesItAndADoubleSubmitRegistersOneDossier() {
        String token = UUID.randomUUID().toString();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("formToken", token);
        fields.put("agency", DossierApi.AGENCY);
        fields.put("procedure", DossierApi.ONLINE_PROCEDURE);
        fields.put("applicantType", "CITIZEN");
        fields.put("applicantName", "Nguyễn Văn An");
        fields.put("applicantPhone", "");
        fields.put("resultDelivery", "ONLINE");
        fields.put("command", "save");

        Api.Response saved = multipart(page("congdan"), fields, "file-0", "giay-de-nghi.pdf", DossierApi.PDF);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        String draftPath = URLDecoded(saved.header("Location")).replaceFirst("^https?://[^/]+", "");
        assertThat(draftPath).matches("/nop-ho-so/ban-nhap/\\d+");
        String draftId = draftPath.substring(draftPath.lastIndexOf('/') + 1);

        Api.Response again = multipart(page("congdan"), fields, null, null, null);
        assertThat(again.header("Location")).as("the same form posted twice finds the same draft").endsWith(draftPath);

        String resumed = page("congdan").get(draftPath).body();
        assertThat(resumed).contains("Nguyễn Văn An", "Đã tải lên:", "giay-de-nghi.pdf");
        assertThat(page("congdan").get("/ho-so-cua-toi").body()).contains(draftPath, "Bản nháp");
        assertThat(page("doanhnghiep").get(draftPath).status()).as("a draft is its owner's only").isEqualTo(404);

        Map<String, String> submit = new LinkedHashMap<>(fields);
        submit.remove("formToken");
        submit.put("draftId", draftId);
        submit.put("command", "submit");
        Api.Response incomplete = multipart(page("congdan"), submit, null, null, null);
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.body()).contains("Hãy nhập số điện thoại hoặc thư điện tử", "class=\"field-error\"");

        submit.put("applicantPhone", "0912345678");
        Api.Response first = multipart(page("congdan"), submit, null, null, null);
        Api.Response second = multipart(page("congdan"), submit, null, null, null);
        assertThat(first.status()).as(first.body()).isEqualTo(302);
        String dossierPath = first.header("Location").replaceFirst("^https?://[^/]+", "");
        assertThat(dossierPath).matches("/ho-so-cua-toi/000\\.00\\.22\\.H05-\\d{6}-\\d{4}");
        assertThat(second.header("Location")).as("a double click submits once").endsWith(dossierPath);
        String code = dossierPath.substring(dossierPath.lastIndexOf('/') + 1);

        String shown = page("congdan").get(dossierPath).body();
        Matcher secret = Pattern.compile("id=\"lookup-secret\">([A-Z2-9]{8})<").matcher(shown);
        assertThat(secret.find()).as(shown).isTrue();
        assertThat(shown).contains("Mới đăng ký, chờ tiếp nhận");
        JsonNode documents = Api.at(port).as("congdan", DemoAgency.PASSWORD)
                .get("/api/v1/dossiers/" + code + "/documents").json();
        assertThat(documents).hasSize(1);
        assertThat(page("congdan").get("/ho-so-cua-toi").body()).contains(code).doesNotContain(draftPath);

        String tracking = Api.at(port).header("Accept", "text/html")
                .get("/tra-cuu-ho-so?ma=" + code + "&matracuu=" + secret.group(1)).body();
        assertThat(tracking).contains("Mới đăng ký, chờ tiếp nhận", "Đăng ký hồ sơ (Trực tuyến)");
        int version = Api.at(port).as("tiepnhan", DemoAgency.PASSWORD).get("/api/v1/dossiers/" + code).json()
                .get("version").asInt();
        Api.Response asked = page("tiepnhan").send("POST", "/ho-so/" + code + "/thao-tac/request-completion", FORM,
                form(Map.of("version", String.valueOf(version), "reason", "Thiếu giấy tờ",
                        "items", "Bản sao Giấy chứng nhận đăng ký doanh nghiệp\nBáo cáo tài chính năm 2025")));
        assertThat(asked.status()).as(asked.body()).isEqualTo(302);
        String request = page("congdan").get(dossierPath).body();
        assertThat(request).contains("Cơ quan yêu cầu bổ sung, hoàn thiện hồ sơ", "Báo cáo tài chính năm 2025",
                "Gửi lại hồ sơ đã bổ sung");
        Api.Response supplement = multipart(page("congdan"), dossierPath + "/tai-lieu",
                Map.of("document", "Tài liệu kèm theo"), "file", "bao-cao-tai-chinh.pdf", DossierApi.PDF);
        assertThat(supplement.status()).as(supplement.body()).isEqualTo(302);
        Api.Response resubmitted = page("congdan").send("POST", dossierPath + "/thao-tac/resubmit", FORM,
                form(Map.of("version", String.valueOf(version + 1))));
        assertThat(resubmitted.status()).as(resubmitted.body()).isEqualTo(302);
        assertThat(page("congdan").get(dossierPath).body()).contains("Mới đăng ký, chờ tiếp nhận",
                "bao-cao-tai-chinh.pdf");

        Api.Response wrong = Api.at(port).header("Accept", "text/html")
                .get("/tra-cuu-ho-so?ma=" + code + "&matracuu=SAI12345");
        assertThat(wrong.status()).isEqualTo(404);
        assertThat(wrong.body()).contains("Không tìm thấy hồ sơ với mã và mã tra cứu đã nhập");
    }

    @Test
    void aForbiddenActionComesBackToTheDossierPageWithTheReasonBesideItsForm() {
        DossierApi api = new DossierApi(port);
        JsonNode d = api.received(DossierApi.TEN_DAY_PROCEDURE);
        String code = d.get("code").asString();
        int version = d.get("version").asInt();

        Api.Response refused = page("chuyenvien").send("POST", "/ho-so/" + code + "/thao-tac/transfer", FORM,
                form(Map.of("version", String.valueOf(version), "unit", "QLCN")));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("Hồ sơ " + code, "id=\"action-error\"",
                "Chuyển hồ sơ đến phòng chuyên môn&quot; chỉ dành cho: Cán bộ một cửa");

        Api.Response notNow = page("tiepnhan").send("POST", "/ho-so/" + code + "/thao-tac/return-result", FORM,
                form(Map.of("version", String.valueOf(version), "delivery", "DESK")));
        assertThat(notNow.status()).isEqualTo(409);
        assertThat(notNow.body()).contains("Không thể thực hiện &quot;Trả kết quả&quot;");

        Api.Response missingUnit = page("tiepnhan").send("POST", "/ho-so/" + code + "/thao-tac/transfer", FORM,
                form(Map.of("version", String.valueOf(version))));
        assertThat(missingUnit.status()).isEqualTo(400);
        assertThat(missingUnit.body()).contains("id=\"transfer-unit-error\"", "Cần chọn phòng, đơn vị nhận hồ sơ");

        Api.Response uploaded = multipart(page("tiepnhan"), "/ho-so/" + code + "/tai-lieu",
                Map.of("stage", "INTAKE", "document", "Tài liệu kèm theo"), "file", "ban-scan.pdf", DossierApi.PDF);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(302);
        long documentId = api.desk().get("/api/v1/dossiers/" + code + "/documents").json().get(0).get("id").asLong();
        Api.Response download = page("tiepnhan").get("/ho-so/" + code + "/tai-lieu/" + documentId);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.body()).isEqualTo(DossierApi.PDF);
        Api.Response notAPdf = multipart(page("tiepnhan"), "/ho-so/" + code + "/tai-lieu",
                Map.of("stage", "INTAKE", "document", "Tài liệu kèm theo"), "file", "virus.pdf", "MZ not a pdf");
        assertThat(notAPdf.status()).isEqualTo(400);
        assertThat(notAPdf.body()).contains("không thuộc định dạng được chấp nhận");

        String queue = page("tiepnhan").get("/ho-so?status=RECEIVED&procedure=" + DossierApi.TEN_DAY_PROCEDURE
                + "&channel=DIRECT&from=2026-03-01&to=2026-03-31").body();
        assertThat(queue).contains(code, "Được tiếp nhận");
        assertThat(page("congdan").get("/ho-so").header("Location")).endsWith("/ho-so-cua-toi");

        Api.Response done = page("tiepnhan").send("POST", "/ho-so/" + code + "/thao-tac/transfer", FORM,
                form(Map.of("version", String.valueOf(version), "unit", "QLCN")));
        assertThat(done.status()).isEqualTo(302);
        Api.Response stale = page("truongphong").send("POST", "/ho-so/" + code + "/thao-tac/assign", FORM,
                form(Map.of("version", String.valueOf(version), "assignee", "chuyenvien")));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.body()).contains("đã được cập nhật bởi người khác", "Trang đã được tải lại",
                "phiên bản " + (version + 1));
    }

    @Test
    void theDeskFormShowsTheReasonBesideTheFieldAndKeepsWhatWasTyped() {
        Api.Response bad = page("tiepnhan").send("POST", "/mot-cua/tiep-nhan", FORM, form(Map.of(
                "agency", DossierApi.AGENCY, "procedure", DossierApi.TEN_DAY_PROCEDURE, "channel", "DIRECT",
                "applicantType", "CITIZEN", "applicantName", "Lê Văn Cường", "applicantPhone", "12ab",
                "resultDelivery", "DESK", "receive", "on", "formToken", UUID.randomUUID().toString())));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"err-applicant-phone\"", "Số điện thoại không hợp lệ",
                "value=\"Lê Văn Cường\"");

        Api.Response unknown = page("tiepnhan").send("POST", "/mot-cua/tiep-nhan", FORM, form(Map.of(
                "agency", DossierApi.AGENCY, "procedure", "9.999999", "channel", "DIRECT",
                "applicantType", "CITIZEN", "applicantName", "Lê Văn Cường", "formToken", UUID.randomUUID().toString())));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("id=\"err-procedureCode\"");
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String URLDecoded(String value) {
        return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    /** A multipart form post with text fields and at most one file, as a browser sends it. */
    static Api.Response multipart(Api api, Map<String, String> fields, String fileField, String fileName,
            String content) {
        return multipart(api, "/nop-ho-so", fields, fileField, fileName, content);
    }

    static Api.Response multipart(Api api, String path, Map<String, String> fields, String fileField,
            String fileName, String content) {
        String boundary = "motcua-" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; "
                + "name=\"").append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        if (fileField != null) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fileField)
                    .append("\"; filename=\"").append(fileName).append("\"\r\nContent-Type: application/pdf\r\n\r\n")
                    .append(content).append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        return api.send("POST", path, "multipart/form-data; boundary=" + boundary, body.toString());
    }
}

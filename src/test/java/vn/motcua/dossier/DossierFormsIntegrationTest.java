package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.motcua.support.Api;
import vn.motcua.support.DossierApi;
import vn.motcua.support.IntegrationTest;

/** The forms an action issues are stored with the dossier and served as PDF with Vietnamese text. */
@IntegrationTest
class DossierFormsIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** An issued form, once its job has rendered it: 202 with Retry-After until then, never an error. */
    private static Api.Response issued(DossierApi api, String path) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Api.Response response = api.desk().get(path);
            if (response.status() != 202) {
                return response;
            }
            assertThat(response.header("Retry-After")).isEqualTo("1");
            Thread.sleep(50);
        }
        throw new AssertionError("still not rendered after 5 s: " + path);
    }

    private static String text(Api.Response pdf) throws IOException {
        assertThat(pdf.status()).as(pdf.body()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theReceiptSlipIsIssuedAtReceiptWithTheCodeAndTheAppointment() throws Exception {
        DossierApi api = new DossierApi(port);
        JsonNode d = api.received(DossierApi.TEN_DAY_PROCEDURE);
        String code = d.get("code").asString();
        String receipt = text(issued(api, "/api/v1/dossiers/" + code + "/forms/receipt"));
        assertThat(receipt).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ").contains(code)
                .contains("Nguyễn Văn An").contains("10 ngày làm việc").contains("ngày 16 tháng 3 năm 2026")
                .as("the slip carries the lookup secret").contains(d.get("lookupSecret").asString());
        Api.Response none = api.desk().get("/api/v1/dossiers/" + code + "/forms/refusal");
        assertThat(none.status()).isEqualTo(404);
        assertThat(api.desk().get("/api/v1/dossiers/" + code + "/forms/unknown").status()).isEqualTo(404);
    }

    @Test
    void theReceiptListsTheComponentsOfTheProcedureVersion() throws Exception {
        DossierApi api = new DossierApi(port);
        // 1.014394: the demo content gives its version four published components and "01 bộ"
        JsonNode d = api.received("1.014394");
        Api.Response pdf = issued(api, "/api/v1/dossiers/" + d.get("code").asString() + "/forms/receipt");
        String receipt = text(pdf);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/receipt-components.pdf"), pdf.bytes());
        String items = receipt.substring(receipt.indexOf("1. Thành phần hồ sơ nộp gồm:"),
                receipt.indexOf("2. Số lượng hồ sơ"));
        assertThat(items)
                .contains("Đơn đề nghị thành lập đơn vị trực thuộc ở nước ngoài (Mẫu số 02 Phụ lục I Nghị định "
                        + "262/2025/NĐ-CP)")
                .contains("Cam kết thực hiện đầy đủ nghĩa vụ tài chính đối với Nhà nước Việt Nam")
                .contains("Đề án thành lập đơn vị trực thuộc")
                .contains("Cam kết không vi phạm các quy định tại Điều 14");
        assertThat(receipt).contains("2. Số lượng hồ sơ: 01 (bộ)");
        assertThat(receipt).as("no time limit is published: dots to fill in, not a claim that there is none")
                .contains("3. Thời gian giải quyết hồ sơ theo quy định là: …").doesNotContain("Không quy định");

        // a procedure without published components lists none (nothing is made up)
        JsonNode plain = api.received(DossierApi.TEN_DAY_PROCEDURE);
        String none = text(issued(api, "/api/v1/dossiers/" + plain.get("code").asString() + "/forms/receipt"));
        assertThat(none.substring(none.indexOf("1. Thành phần hồ sơ nộp gồm:") + 28, none.indexOf("2. Số lượng hồ sơ"))
                .strip()).isEmpty();
    }

    @Test
    void theReceiptListsTheComponentsTheDeskCheckedAndARequiredOneMissingRefusesTheReceipt() throws Exception {
        DossierApi api = new DossierApi(port);
        String all = "[\"Đơn đề nghị thành lập đơn vị trực thuộc ở nước ngoài\","
                + "\"Đề án thành lập đơn vị trực thuộc, nêu rõ: sự cần thiết, mục tiêu, nội dung hoạt động, địa điểm và hình thức tổ chức\","
                + "\"Cam kết thực hiện đầy đủ nghĩa vụ tài chính đối với Nhà nước Việt Nam\","
                + "\"Cam kết không vi phạm các quy định tại Điều 14 của Luật Khoa học, công nghệ và đổi mới sáng tạo và các quy định pháp luật có liên quan\"]";
        String dossier = DossierApi.newDossier("1.014394", "DIRECT", true, "Nguyễn Văn An");
        String three = all.substring(0, all.indexOf(",\"Cam kết thực hiện")) + all.substring(all.indexOf(",\"Cam kết không"));
        Api.Response missing = api.desk().post("/api/v1/dossiers",
                dossier.replaceFirst("\\}\\s*$", ",\"receivedComponents\":" + three + "}"));
        assertThat(missing.status()).as(missing.body()).isEqualTo(409);
        assertThat(missing.body()).contains("còn thiếu thành phần bắt buộc")
                .contains("Cam kết thực hiện đầy đủ nghĩa vụ tài chính");

        Api.Response unknown = api.desk().post("/api/v1/dossiers",
                dossier.replaceFirst("\\}\\s*$", ",\"receivedComponents\":[\"Giấy tờ khác\"]}"));
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
        assertThat(unknown.body()).contains("components[0]").contains("không có trong thành phần hồ sơ");

        Api.Response received = api.desk().post("/api/v1/dossiers",
                dossier.replaceFirst("\\}\\s*$", ",\"receivedComponents\":" + all + "}"));
        assertThat(received.status()).as(received.body()).isEqualTo(201);
        String receipt = text(issued(api, "/api/v1/dossiers/" + received.json().get("code").asString()
                + "/forms/receipt"));
        assertThat(receipt).contains("(4) Cam kết không vi phạm các quy định tại Điều 14");

        // an optional component left unticked is not on the slip
        api.publishTestProcedure();
        Api.Response partial = api.desk().post("/api/v1/dossiers",
                DossierApi.newDossier(DossierApi.TEST_PROCEDURE, "DIRECT", true, "Nguyễn Văn An")
                        .replaceFirst("\\}\\s*$", ",\"receivedComponents\":[\"Đơn đề nghị\"]}"));
        assertThat(partial.status()).as(partial.body()).isEqualTo(201);
        String code = partial.json().get("code").asString();
        String slip = text(issued(api, "/api/v1/dossiers/" + code + "/forms/receipt"));
        assertThat(slip).contains("Đơn đề nghị: 01 bản chính").doesNotContain("Tài liệu khác");
    }

    @Test
    void aSupplementRequestListsEveryGapAndTheControlSheetShowsEachHandOver() throws Exception {
        DossierApi api = new DossierApi(port);
        JsonNode d = api.ok("tiepnhan", api.received(DossierApi.TEN_DAY_PROCEDURE), "transfer", "{\"unit\":\"QLCN\"}");
        d = api.ok("truongphong", d, "request-supplement", "{\"reason\":\"Hồ sơ chưa đủ căn cứ thẩm định\","
                + "\"items\":[\"Bản sao quyết định thành lập tổ chức\",\"Danh sách nhân lực khoa học\"]}");
        String code = d.get("code").asString();
        String request = text(issued(api, "/api/v1/dossiers/" + code + "/forms/supplement-request"));
        assertThat(request).contains("Bản sao quyết định thành lập tổ chức").contains("Danh sách nhân lực khoa học")
                .contains("Hồ sơ chưa đủ căn cứ thẩm định");
        String sheet = text(api.desk().get("/api/v1/dossiers/" + code + "/forms/control-sheet"));
        assertThat(sheet).contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ").contains(code)
                .contains("Đúng hạn");
        String book = text(api.desk().get("/api/v1/dossiers/" + code + "/forms/tracking-book"));
        assertThat(book).contains("SỔ THEO DÕI HỒ SƠ").contains(code);
    }

    @Test
    void aFormWhoseRenderingWasCutShortIsServedAsPendingAndRenderedByTheNextWorker() throws Exception {
        DossierApi api = new DossierApi(port);
        String code = api.received(DossierApi.TEN_DAY_PROCEDURE).get("code").asString();
        String path = "/api/v1/dossiers/" + code + "/forms/receipt";
        String rendered = text(issued(api, path));
        // the state a crash between the registration's commit and the rendering leaves: the form recorded with its
        // data, no file, its job still queued
        long form = jdbc.sql("UPDATE dossier_form SET file_key = NULL WHERE form = 'receipt' AND dossier_id ="
                + " (SELECT id FROM dossier WHERE code = :code) RETURNING id").param("code", code).query(Long.class)
                .single();
        Api.Response pending = api.desk().get(path);
        assertThat(pending.status()).isEqualTo(202);
        assertThat(pending.header("Retry-After")).isEqualTo("1");
        assertThat(pending.contentType()).isEqualTo("application/problem+json");
        assertThat(pending.json().get("detail").asString()).contains("đang được lập");
        Api.Response page = api.desk().header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").get(path);
        assertThat(page.status()).as("a person who followed the link").isEqualTo(202);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("Đang lập biểu mẫu").contains("http-equiv=\"refresh\"");
        jdbc.sql("INSERT INTO job (kind, payload, created_at) VALUES ('dossier.form.render', :form, now())")
                .param("form", String.valueOf(form)).update();
        assertThat(text(issued(api, path))).isEqualTo(rendered);
    }
}

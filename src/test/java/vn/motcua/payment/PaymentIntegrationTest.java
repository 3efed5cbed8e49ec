package vn.motcua.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.support.Api;
import vn.motcua.support.IntegrationTest;

/** Online payment through the stand-in platform, its notification, reconciliation, desk payments and e-receipts. */
@IntegrationTest
class PaymentIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    private PaymentFixture fixture() {
        return new PaymentFixture(port);
    }

    private JsonNode start(PaymentFixture f, String user, String code) {
        Api.Response started = f.api.as(user).post("/api/v1/dossiers/" + code + "/payments", null);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        return started.json();
    }

    @Test
    void aPaymentThroughTheStandInPagePaysTheDossierOnlineAndIssuesItsReceipt() throws Exception {
        PaymentFixture f = fixture();
        JsonNode d = f.awaitingPayment("Trần Thị Thanh Toán");
        String code = d.get("code").asString();
        JsonNode started = start(f, "tiepnhan", code);
        assertThat(started.get("status").asString()).isEqualTo("PENDING");
        assertThat(started.get("amountVnd").asLong()).isEqualTo(PaymentFixture.FEE);
        String redirect = started.get("redirectUrl").asString();
        assertThat(redirect).startsWith(f.standInUrl() + "/thanh-toan/");
        assertThat(start(f, "tiepnhan", code).get("paymentId").asLong()).as("the open payment is answered again")
                .isEqualTo(started.get("paymentId").asLong());

        HttpResponse<String> back = f.decide(redirect, "pay", false);
        assertThat(back.statusCode()).isEqualTo(303);
        assertThat(back.headers().firstValue("Location").orElseThrow())
                .contains("/thanh-toan/ket-qua?ma=" + started.get("reference").asString());

        JsonNode payment = f.payments(code).get(0);
        assertThat(payment.get("status").asString()).isEqualTo("PAID");
        assertThat(payment.get("settledBy").asString()).isEqualTo("IPN");
        assertThat(payment.get("items").get(0).get("feeKind").asString()).isEqualTo("LE_PHI");
        assertThat(payment.get("receipts").get(0).get("series").asString()).isEqualTo("BL26E");
        JsonNode paid = f.dossier(code);
        assertThat(paid.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(paid.get("feesPaid").asBoolean()).isTrue();
        assertThat(paid.get("fees").get(0).get("paidOnline").asBoolean()).isTrue();

        JsonNode received = json.readTree(f.received());
        JsonNode init = null;
        for (JsonNode entry : received) {
            if (entry.get("path").asString().equals("/api/payment/init")
                    && entry.get("body").get("MaThamChieu").asString().equals(started.get("reference").asString())) {
                init = entry.get("body");
            }
        }
        assertThat(init).as("the platform received the initiation").isNotNull();
        assertThat(init.get("SoTien").asString()).isEqualTo("500000");
        assertThat(init.get("MaTienTe").asString()).isEqualTo("VND");
        assertThat(init.get("ThongTinBienLai").get("MaHoSo").asString()).isEqualTo(code);
        assertThat(init.get("ThongTinBienLai").get("PhiLePhi").get(0).get("MaPhiLePhi").asString())
                .isEqualTo(PaymentFixture.PROCEDURE);
    }

    @Test
    void forgedTamperedAndDuplicateNotificationsChangeNothing() throws Exception {
        PaymentFixture f = fixture();
        JsonNode d = f.awaitingPayment("Lê Văn Giả Mạo");
        String code = d.get("code").asString();
        JsonNode started = start(f, "tiepnhan", code);
        String reference = started.get("reference").asString();

        Map<String, String> forged = notification(reference, "500000", "00", "wrong-secret");
        assertThat(callback(forged).status()).isEqualTo(400);
        Map<String, String> tampered = notification(reference, "5000", "00", PaymentStandIn.DEMO_SECRET);
        Api.Response refused = callback(tampered);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("detail").asString()).contains("Số tiền");
        Map<String, String> unsigned = notification(reference, "500000", "00", PaymentStandIn.DEMO_SECRET);
        unsigned.put("SoTien", "50000");
        assertThat(callback(unsigned).status()).isEqualTo(400);
        assertThat(Api.at(port).send("POST", "/api/v1/public/payments/callback", "application/json", "[1,2")
                .status()).isEqualTo(400);
        assertThat(f.payments(code).get(0).get("status").asString()).isEqualTo("PENDING");
        assertThat(f.dossier(code).get("status").asString()).isEqualTo("AWAITING_PAYMENT");

        Map<String, String> genuine = notification(reference, "500000", "00", PaymentStandIn.DEMO_SECRET);
        Api.Response accepted = callback(genuine);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("MaLoi").asString()).isEqualTo("00");
        JsonNode paid = f.dossier(code);
        assertThat(paid.get("status").asString()).isEqualTo("IN_PROGRESS");
        int version = paid.get("version").asInt();
        int receipt = f.payments(code).get(0).get("receipts").get(0).get("number").asInt();

        Api.Response again = callback(genuine);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("MoTaLoi").asString()).contains("trước đó");
        Api.Response lateFailure = callback(notification(reference, "500000", "09", PaymentStandIn.DEMO_SECRET));
        assertThat(lateFailure.status()).isEqualTo(200);
        JsonNode payments = f.payments(code);
        assertThat(payments).hasSize(1);
        assertThat(payments.get(0).get("status").asString()).isEqualTo("PAID");
        assertThat(payments.get(0).get("receipts").get(0).get("number").asInt()).isEqualTo(receipt);
        assertThat(f.dossier(code).get("version").asInt()).as("the dossier moved once").isEqualTo(version);
    }

    @Test
    void reconciliationFindsAPaymentWhoseNotificationWasLost() throws Exception {
        PaymentFixture f = fixture();
        JsonNode d = f.awaitingPayment("Phạm Thị Mất Thông Báo");
        String code = d.get("code").asString();
        JsonNode started = start(f, "tiepnhan", code);
        assertThat(f.decide(started.get("redirectUrl").asString(), "pay", true).statusCode()).isEqualTo(303);
        assertThat(f.payments(code).get(0).get("status").asString()).as("no notification came").isEqualTo("PENDING");

        assertThat(f.api.desk().post("/api/v1/payments/reconciliations?day=2026-03-02", null).status())
                .as("administrators only").isEqualTo(403);
        Api.Response reconciled = f.api.as("admin").post("/api/v1/payments/reconciliations?day=2026-03-02", null);
        assertThat(reconciled.status()).as(reconciled.body()).isEqualTo(200);
        assertThat(reconciled.json().get("settled").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode payment = f.payments(code).get(0);
        assertThat(payment.get("status").asString()).isEqualTo("PAID");
        assertThat(payment.get("settledBy").asString()).isEqualTo("RECONCILIATION");
        assertThat(f.dossier(code).get("status").asString()).isEqualTo("IN_PROGRESS");
        Api.Response twice = f.api.as("admin").post("/api/v1/payments/reconciliations?day=2026-03-02", null);
        assertThat(twice.json().get("settled").asInt()).as("nothing is settled twice").isZero();
        Api.Response page = f.api.as("admin").get("/quan-tri/thanh-toan");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("máy chủ thay thế", "02/03/2026", "Đối soát ngay");
        assertThat(f.api.desk().get("/quan-tri/thanh-toan").status()).isEqualTo(403);
    }

    @Test
    void aCancelledPaymentLeavesTheDossierWaitingAndTheStatusQueryAgrees() throws Exception {
        PaymentFixture f = fixture();
        JsonNode d = f.awaitingPayment("Đỗ Văn Hủy");
        String code = d.get("code").asString();
        JsonNode started = start(f, "tiepnhan", code);
        f.decide(started.get("redirectUrl").asString(), "cancel", false);
        assertThat(f.payments(code).get(0).get("status").asString()).isEqualTo("FAILED");
        assertThat(f.dossier(code).get("status").asString()).isEqualTo("AWAITING_PAYMENT");
        JsonNode second = start(f, "tiepnhan", code);
        assertThat(second.get("paymentId").asLong()).isNotEqualTo(started.get("paymentId").asLong());
        f.decide(second.get("redirectUrl").asString(), "pay", true);
        Api.Response back = f.api.desk().get("/thanh-toan/ket-qua?ma=" + second.get("reference").asString());
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.body()).contains("Đã thanh toán thành công");
        assertThat(f.payments(code).get(1).get("settledBy").asString()).isEqualTo("CHECK");
    }

    @Test
    void theDeskRecordsCashAndRefundsAndReceiptNumbersRunWithoutGaps() throws Exception {
        PaymentFixture f = fixture();
        JsonNode d = f.awaitingPayment("Hoàng Văn Tiền Mặt");
        String code = d.get("code").asString();
        assertThat(f.api.as("chuyenvien").post("/api/v1/dossiers/" + code + "/payments", "{\"method\":\"CASH\"}")
                .status()).as("the desk records cash").isEqualTo(403);
        Api.Response cash = f.api.desk().post("/api/v1/dossiers/" + code + "/payments", "{\"method\":\"CASH\"}");
        assertThat(cash.status()).as(cash.body()).isEqualTo(201);
        assertThat(cash.json().get("status").asString()).isEqualTo("PAID");
        JsonNode paid = f.dossier(code);
        assertThat(paid.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(paid.get("fees").get(0).get("paidOnline").asBoolean()).isFalse();
        long id = cash.json().get("paymentId").asLong();
        int number = cash.json().get("payment").get("receipts").get(0).get("number").asInt();

        byte[] pdf = f.api.desk().get("/api/v1/dossiers/" + code + "/receipts/" + number).bytes();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("BIÊN LAI THU PHÍ, LỆ PHÍ", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "BL26E",
                "%07d".formatted(number), "Hoàng Văn Tiền Mặt", code, "Lệ phí cấp giấy chứng nhận", "500.000",
                "Năm trăm nghìn đồng", "Tiền mặt", "Ngày 02 tháng 3 năm 2026");
        assertThat(f.api.desk().get("/api/v1/dossiers/" + code + "/receipts/" + (number + 100000)).status())
                .isEqualTo(404);

        Instant until = Instant.now().plusSeconds(20);
        while (jdbc.sql("SELECT count(*) FROM e_receipt WHERE payment_id = :id AND file_key IS NOT NULL")
                .param("id", id).query(Integer.class).single() == 0 && Instant.now().isBefore(until)) {
            Thread.sleep(200);
        }
        byte[] signed = f.api.desk().get("/api/v1/dossiers/" + code + "/receipts/" + number).bytes();
        try (PDDocument document = Loader.loadPDF(signed)) {
            assertThat(document.getSignatureDictionaries()).as("signed by the agency's key").hasSize(1);
            assertThat(new PDFTextStripper().getText(document)).contains("Ký bởi:", "%07d".formatted(number),
                    "Năm trăm nghìn đồng");
        }

        Api.Response refund = f.api.desk().post("/api/v1/dossiers/" + code + "/payments/" + id + "/refund",
                "{\"reason\":\"Nộp nhầm, hoàn lại theo đề nghị\"}");
        assertThat(refund.status()).as(refund.body()).isEqualTo(200);
        assertThat(refund.json().get("status").asString()).isEqualTo("REFUNDED");
        assertThat(f.api.desk().post("/api/v1/dossiers/" + code + "/payments/" + id + "/refund",
                "{\"reason\":\"Lần nữa\"}").status()).isEqualTo(409);

        List<Integer> numbers = jdbc.sql("SELECT number FROM e_receipt WHERE agency_code = :a AND year = 2026 "
                + "ORDER BY number").param("a", paid.get("agencyCode").asString()).query(Integer.class).list();
        assertThat(numbers).isEqualTo(IntStream.rangeClosed(1, numbers.size()).boxed().toList());
    }

    @Test
    void aPhiAndALePhiGetOneReceiptEachNumberedOneAfterTheOther() throws Exception {
        PaymentFixture f = fixture();
        f.publishProcedure("9.300193", "[{\"name\":\"Phí thẩm định hồ sơ\",\"amountVnd\":300000},"
                + "{\"name\":\"Lệ phí cấp giấy chứng nhận\",\"amountVnd\":200000}]");
        String code = f.awaitingPayment("9.300193", "Ngô Thị Hai Biên Lai").get("code").asString();
        Api.Response transfer = f.api.desk().post("/api/v1/dossiers/" + code + "/payments",
                "{\"method\":\"TRANSFER\"}");
        assertThat(transfer.status()).as(transfer.body()).isEqualTo(201);
        JsonNode receipts = transfer.json().get("payment").get("receipts");
        assertThat(receipts).hasSize(2);
        assertThat(receipts.get(0).get("feeKind").asString()).isEqualTo("PHI");
        assertThat(receipts.get(0).get("amountVnd").asLong()).isEqualTo(300_000);
        assertThat(receipts.get(1).get("feeKind").asString()).isEqualTo("LE_PHI");
        assertThat(receipts.get(1).get("amountVnd").asLong()).isEqualTo(200_000);
        int first = receipts.get(0).get("number").asInt();
        assertThat(receipts.get(1).get("number").asInt()).isEqualTo(first + 1);
        try (PDDocument document = Loader.loadPDF(f.api.desk().get(receipts.get(0).get("url").asString()).bytes())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Phí thẩm định hồ sơ", "300.000",
                    "Ba trăm nghìn đồng", "Chuyển khoản").doesNotContain("Lệ phí cấp giấy");
        }
    }

    @Test
    void aDossierWithoutUnpaidFeesCannotBePaidAndStrangersCannotOpenPayments() {
        PaymentFixture f = fixture();
        JsonNode d = f.awaitingPayment("Vũ Thị Không Phí");
        String code = d.get("code").asString();
        assertThat(f.api.as("doanhnghiep").post("/api/v1/dossiers/" + code + "/payments", null).status())
                .isEqualTo(403);
        assertThat(f.api.desk().post("/api/v1/dossiers/" + code + "/payments", "{\"amountVnd\":0}").status())
                .isEqualTo(400);
        assertThat(f.api.desk().post("/api/v1/dossiers/" + code + "/payments", "{\"method\":\"CASH\"}").status())
                .isEqualTo(201);
        Api.Response nothingLeft = f.api.desk().post("/api/v1/dossiers/" + code + "/payments", null);
        assertThat(nothingLeft.status()).isEqualTo(409);
        assertThat(nothingLeft.json().get("detail").asString()).contains("không có khoản phí");
        assertThat(f.api.desk().post("/api/v1/dossiers/" + code + "/payments", "{\"method\":\"CASH\"}").status())
                .as("no second cash payment").isEqualTo(409);
    }

    private Api.Response callback(Map<String, String> message) {
        return Api.at(port).send("POST", "/api/v1/public/payments/callback", "application/json",
                json.writeValueAsString(message));
    }

    private static Map<String, String> notification(String reference, String amount, String code, String secret) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("LoaiBanTin", "PAY_CONFIRM");
        m.put("MaLoi", code);
        m.put("MaDoiTac", PaymentStandIn.DEMO_PARTNER);
        m.put("MaThamChieu", reference);
        m.put("SoTien", amount);
        m.put("MaTienTe", "VND");
        m.put("MaGiaoDich", "GDTEST" + reference);
        m.put("MaNganHang", "NAPAS");
        m.put("ThoiGianGD", "20260302090000");
        m.put("ThongTinGiaoDich", "Nop phi");
        m.put("MaXacThuc", PaymentChecksum.SHA256.sign(m, PaymentChecksum.CALLBACK_FIELDS, secret));
        return m;
    }
}

package vn.motcua.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PaymentChecksumTest {

    private static Map<String, String> callback() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("LoaiBanTin", "PAY_CONFIRM");
        m.put("MaLoi", "00");
        m.put("MaDoiTac", "MOTCUA");
        m.put("MaThamChieu", "MC0000000001");
        m.put("SoTien", "500000");
        m.put("MaTienTe", "VND");
        m.put("MaGiaoDich", "GD1");
        m.put("MaNganHang", "NAPAS");
        m.put("ThoiGianGD", "20260302143005");
        m.put("ThongTinGiaoDich", "Nộp lệ phí");
        return m;
    }

    @Test
    void documentedRuleIsSha256OfTheFieldsAndTheSecretJoinedByBars() throws Exception {
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                "PAY_CONFIRM|00|MOTCUA|MC0000000001|500000|VND|GD1|NAPAS|20260302143005|Nộp lệ phí|bi-mat"
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(PaymentChecksum.SHA256.sign(callback(), PaymentChecksum.CALLBACK_FIELDS, "bi-mat"))
                .isEqualTo(expected);
    }

    @Test
    void aChangedAmountOrAnotherSecretDoesNotVerify() {
        Map<String, String> message = callback();
        String code = PaymentChecksum.SHA256.sign(message, PaymentChecksum.CALLBACK_FIELDS, "bi-mat");
        assertThat(PaymentChecksum.SHA256.verifies(message, PaymentChecksum.CALLBACK_FIELDS, "bi-mat", code)).isTrue();
        assertThat(PaymentChecksum.SHA256.verifies(message, PaymentChecksum.CALLBACK_FIELDS, "bi-mat",
                code.toUpperCase())).as("hex in any case").isTrue();
        assertThat(PaymentChecksum.SHA256.verifies(message, PaymentChecksum.CALLBACK_FIELDS, "khac", code)).isFalse();
        message.put("SoTien", "5000");
        assertThat(PaymentChecksum.SHA256.verifies(message, PaymentChecksum.CALLBACK_FIELDS, "bi-mat", code)).isFalse();
        assertThat(PaymentChecksum.SHA256.verifies(message, PaymentChecksum.CALLBACK_FIELDS, "bi-mat", null)).isFalse();
    }

    @Test
    void hmacVariantKeysTheHashWithTheSecretAndDiffersFromTheDocumentedRule() {
        Map<String, String> message = callback();
        String hmac = PaymentChecksum.HMAC_SHA256.sign(message, PaymentChecksum.CALLBACK_FIELDS, "bi-mat");
        assertThat(hmac).hasSize(64).isNotEqualTo(PaymentChecksum.SHA256.sign(message,
                PaymentChecksum.CALLBACK_FIELDS, "bi-mat"));
        assertThat(PaymentChecksum.HMAC_SHA256.verifies(message, PaymentChecksum.CALLBACK_FIELDS, "bi-mat", hmac))
                .isTrue();
    }

    @Test
    void aMissingFieldCountsAsEmpty() {
        assertThat(PaymentChecksum.SHA256.sign(List.of("A", "", "C"), "s"))
                .isEqualTo(PaymentChecksum.SHA256.sign(java.util.Arrays.asList("A", null, "C"), "s"));
    }
}

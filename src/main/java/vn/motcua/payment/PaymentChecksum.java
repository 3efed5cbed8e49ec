package vn.motcua.payment;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The authentication code ({@code MaXacThuc}) of the payment platform's messages: the message's fields in their fixed
 * order joined by {@code |}. The DVCQG platform's documented rule ({@code SHA256}) appends the shared secret as the
 * last field and hashes the whole with SHA-256; {@code HMAC_SHA256} keys an HMAC with the secret instead, for a
 * platform configured so (the rule in force is not confirmed: {@code motcua.payment.checksum}). Hex, lower case;
 * verification ignores case and runs in constant time. A field that is absent counts as empty.
 */
public enum PaymentChecksum {
    SHA256, HMAC_SHA256;

    /** Fields of the payment initiation (LoaiBanTin = PAY_INIT). */
    public static final List<String> INIT_FIELDS = List.of("LoaiBanTin", "PhienBan", "MaDoiTac", "MaThamChieu",
            "SoTien", "LoaiHinhThanhToan", "MaKenhThanhToan", "MaThietBi", "NgonNgu", "MaTienTe", "MaNganHang",
            "ThongTinGiaoDich", "ThoiGianGD", "Ip");
    /** Fields of the platform's notification of a result (IPN, LoaiBanTin = PAY_CONFIRM). */
    public static final List<String> CALLBACK_FIELDS = List.of("LoaiBanTin", "MaLoi", "MaDoiTac", "MaThamChieu",
            "SoTien", "MaTienTe", "MaGiaoDich", "MaNganHang", "ThoiGianGD", "ThongTinGiaoDich");
    /** Fields of our answer to a notification (not documented by the platform: ours). */
    public static final List<String> REPLY_FIELDS = List.of("MaLoi", "MoTaLoi", "MaDoiTac", "ThoiGianGD");
    /** Fields of a status query (CHECK) and of the day's list (LIST, where MaThamChieu is empty). */
    public static final List<String> CHECK_FIELDS = List.of("LoaiBanTin", "PhienBan", "MaDoiTac", "MaThamChieu",
            "ThoiGianGD");

    /** The code of the given fields' values, in order, under {@code secret}. */
    public String sign(List<String> values, String secret) {
        String joined = String.join("|", values.stream().map(v -> v == null ? "" : v).toList());
        try {
            byte[] digest;
            if (this == SHA256) {
                digest = MessageDigest.getInstance("SHA-256")
                        .digest((joined + "|" + secret).getBytes(StandardCharsets.UTF_8));
            } else {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                digest = mac.doFinal(joined.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The code of a message: the values of {@code fields} taken from {@code message}. */
    public String sign(java.util.Map<String, String> message, List<String> fields, String secret) {
        return sign(fields.stream().map(message::get).toList(), secret);
    }

    /** Whether {@code code} is the message's code (constant time, any case). */
    public boolean verifies(java.util.Map<String, String> message, List<String> fields, String secret, String code) {
        if (code == null || secret == null) {
            return false;
        }
        byte[] expected = sign(message, fields, secret).getBytes(StandardCharsets.US_ASCII);
        byte[] given = code.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }
}

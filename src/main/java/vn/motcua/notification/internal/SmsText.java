package vn.motcua.notification.internal;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The rules of an SMS text (integrations.md §7.3): sent without diacritics (a Vietnamese text in Unicode takes 70
 * characters a segment and costs more), in the GSM 7-bit alphabet, at most {@value #MAX_SEGMENTS} segments (160
 * characters alone, 153 each when concatenated; the extension characters {@code ^ { } \ [ ~ ] | €} count twice), and
 * without links (the anti-phishing practice of Circular 50/2024/TT-NHNN: point people to the portal by name).
 */
final class SmsText {

    static final int MAX_SEGMENTS = 2;
    static final int SINGLE = 160;
    static final int CONCATENATED = 153;

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";
    private static final Pattern LINK = Pattern.compile(
            "(?i)(\\b(https?|ftp)://|\\bwww\\.|\\b[a-z0-9-]+(\\.[a-z0-9-]+)*\\.(vn|com|net|org|gov|edu|info|io|me|ly|ai)"
                    + "\\b(/|\\s|$|[.,;:!?)]))");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SmsText() {}

    /** The text without Vietnamese (or other) diacritics: "Hồ sơ đã được tiếp nhận" → "Ho so da duoc tiep nhan". */
    static String stripDiacritics(String text) {
        String replaced = text.replace('đ', 'd').replace('Đ', 'D');
        return MARKS.matcher(Normalizer.normalize(replaced, Normalizer.Form.NFD)).replaceAll("");
    }

    /** The GSM 7-bit length of the text, or -1 when it holds a character outside that alphabet. */
    static int septets(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (GSM_BASIC.indexOf(c) >= 0) {
                count++;
            } else if (GSM_EXTENSION.indexOf(c) >= 0) {
                count += 2;
            } else {
                return -1;
            }
        }
        return count;
    }

    /** How many segments a text of that many septets takes. */
    static int segments(int septets) {
        if (septets <= SINGLE) {
            return 1;
        }
        return (septets + CONCATENATED - 1) / CONCATENATED;
    }

    /** Whether the text carries something a phone would show as a link. */
    static boolean hasLink(String text) {
        return LINK.matcher(text).find();
    }

    /**
     * The text as it is sent (diacritics stripped), or a Vietnamese explanation of why it cannot be: a link, a
     * character outside the GSM alphabet, more than two segments.
     */
    static String checked(String text) {
        String plain = stripDiacritics(text);
        if (hasLink(plain)) {
            throw new IllegalArgumentException("Tin nhắn SMS không được chứa đường liên kết (địa chỉ trang web); hãy "
                    + "ghi tên cổng dịch vụ công thay cho địa chỉ.");
        }
        int septets = septets(plain);
        if (septets < 0) {
            String bad = plain.codePoints().filter(c -> septets(Character.toString(c)) < 0).limit(3)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            throw new IllegalArgumentException("Tin nhắn SMS chỉ dùng được chữ không dấu và các ký hiệu thông thường; "
                    + "không gửi được ký tự \"" + bad + "\".");
        }
        if (segments(septets) > MAX_SEGMENTS) {
            throw new IllegalArgumentException("Tin nhắn SMS dài " + septets + " ký tự, quá " + MAX_SEGMENTS
                    + " tin (tối đa " + MAX_SEGMENTS * CONCATENATED + " ký tự); hãy rút gọn nội dung.");
        }
        return plain;
    }
}

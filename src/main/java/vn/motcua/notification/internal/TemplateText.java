package vn.motcua.notification.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.notification.NotificationChannel;
import vn.motcua.notification.NotificationEvent;
import vn.motcua.shared.ProblemException;

/**
 * The rules of a template (checked when an administrator saves one) and its rendering (checked again on every
 * message, with the real values): placeholders {@code {name}} from {@link #PLACEHOLDERS}; the event's code
 * placeholder ({@code {maHoSo}} or {@code {soPhanAnh}}) in every body, so that every message carries the code; an
 * e-mail has a subject; an SMS follows {@link SmsText} (no diacritics, at most two segments, no links); a Zalo ZNS
 * message is at most {@value #ZALO_LIMIT} characters.
 */
final class TemplateText {

    static final int ZALO_LIMIT = 400;
    static final int SUBJECT_LIMIT = 200;
    static final int BODY_LIMIT = 4000;

    /** The placeholders and what they stand for, as the administrator's page lists them. */
    static final Map<String, String> PLACEHOLDERS = placeholders();

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]{1,40})}");

    private TemplateText() {}

    private static Map<String, String> placeholders() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("maHoSo", "Mã hồ sơ");
        p.put("soPhanAnh", "Số phản ánh, kiến nghị");
        p.put("tenThuTuc", "Tên thủ tục hành chính");
        p.put("tieuDe", "Tiêu đề phản ánh, kiến nghị");
        p.put("nguoiNop", "Tên người nộp hồ sơ, người gửi phản ánh");
        p.put("coQuan", "Tên cơ quan");
        p.put("ngay", "Ngày của sự việc (dd/mm/yyyy)");
        p.put("ngayHenTra", "Ngày hẹn trả kết quả");
        p.put("lyDo", "Lý do, nội dung yêu cầu do cán bộ ghi");
        p.put("soTien", "Số tiền phí, lệ phí phải nộp");
        p.put("trangThai", "Trạng thái hồ sơ");
        return java.util.Collections.unmodifiableMap(p);
    }

    /** The message a template gives: subject (e-mail only) and body as sent. */
    record Rendered(String subject, String body) {}

    /**
     * Checks a template as an administrator saves it, then renders it with {@code sample}; a refusal is a 400 problem
     * naming the field, in Vietnamese.
     */
    static Rendered check(NotificationEvent event, NotificationChannel channel, String subject, String body,
            Map<String, String> sample) {
        if (body == null || body.isBlank()) {
            throw ProblemException.invalidField("body", "Nội dung mẫu thông báo không được để trống.");
        }
        if (body.length() > BODY_LIMIT) {
            throw ProblemException.invalidField("body", "Nội dung mẫu thông báo quá dài (tối đa " + BODY_LIMIT
                    + " ký tự).");
        }
        Set<String> unknown = unknownPlaceholders(body);
        if (channel == NotificationChannel.EMAIL) {
            if (subject == null || subject.isBlank()) {
                throw ProblemException.invalidField("subject", "Thư điện tử cần có tiêu đề.");
            }
            if (subject.length() > SUBJECT_LIMIT) {
                throw ProblemException.invalidField("subject", "Tiêu đề thư quá dài (tối đa " + SUBJECT_LIMIT
                        + " ký tự).");
            }
            unknown.addAll(unknownPlaceholders(subject));
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.invalidField("body", "Mẫu dùng biến không có: " + String.join(", ",
                    unknown.stream().map(name -> "{" + name + "}").toList()) + ". Các biến dùng được: "
                    + String.join(", ", PLACEHOLDERS.keySet().stream().map(name -> "{" + name + "}").toList()) + ".");
        }
        if (!body.contains(event.codePlaceholder())) {
            throw ProblemException.invalidField("body", "Nội dung phải có " + event.codePlaceholder() + " ("
                    + (event.feedback() ? "số phản ánh, kiến nghị" : "mã hồ sơ")
                    + "): mọi thông báo đều ghi mã để người nhận tra cứu.");
        }
        if (channel == NotificationChannel.SMS && SmsText.hasLink(SmsText.stripDiacritics(body))) {
            throw ProblemException.invalidField("body", "Tin nhắn SMS không được chứa đường liên kết (địa chỉ trang "
                    + "web); hãy ghi tên cổng dịch vụ công thay cho địa chỉ.");
        }
        try {
            return render(channel, subject, body, sample);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("body", e.getMessage() + " (thử với hồ sơ mẫu)");
        }
    }

    /**
     * The message for real values; an {@link IllegalArgumentException} with a Vietnamese message when it cannot be
     * sent on the channel (an SMS too long or with a link, a ZNS message too long).
     */
    static Rendered render(NotificationChannel channel, String subject, String body, Map<String, String> values) {
        String text = fill(body, values).strip();
        return switch (channel) {
            case EMAIL -> new Rendered(fill(subject == null ? "" : subject, values).strip().replaceAll("\\s+", " "),
                    text);
            case SMS -> new Rendered(null, SmsText.checked(text.replaceAll("\\s+", " ")));
            case ZALO -> {
                if (text.length() > ZALO_LIMIT) {
                    throw new IllegalArgumentException("Tin Zalo (ZNS) dài " + text.length() + " ký tự, quá giới hạn "
                            + ZALO_LIMIT + " ký tự; hãy rút gọn nội dung.");
                }
                yield new Rendered(null, text);
            }
        };
    }

    /** Replaces each known placeholder by its value (empty when the value is missing); others stay as written. */
    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = PLACEHOLDERS.containsKey(name) ? values.getOrDefault(name, "") : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Set<String> unknownPlaceholders(String text) {
        Set<String> unknown = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!PLACEHOLDERS.containsKey(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        return unknown;
    }
}

package vn.motcua.dossierimport.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.DossierCode;
import vn.motcua.dossier.HistoricalDossier;
import vn.motcua.dossier.HistoricalDossierRefused;
import vn.motcua.dossier.Outcome;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.dossier.SubmissionChannel;
import vn.motcua.rating.DossierRatings;
import vn.motcua.rating.RatingLevel;
import vn.motcua.shared.ProblemException;

/**
 * Reads one NDJSON line into an {@link HistoricalDossier}, checking the form of every field; anything wrong refuses the
 * line with a Vietnamese reason ({@link HistoricalDossierRefused}). Unknown fields are ignored.
 */
final class ImportLineParser {

    private static final java.util.regex.Pattern SECRET = java.util.regex.Pattern.compile("[A-Z0-9]{6,32}");

    private final ObjectReader reader;

    ImportLineParser(JsonMapper json) {
        this.reader = json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** A line read: the dossier and, when the old system recorded one, the applicant's rating. */
    record Parsed(HistoricalDossier dossier, DossierRatings.ImportedRating rating) {}

    HistoricalDossier parse(long number, String text) {
        return read(number, text).dossier();
    }

    /**
     * Reads a line with its optional {@code rating} {@code {overall, convenience, timeliness, attitude, comment, at}}:
     * only for a dossier returned (a RETURNED event), given after the return.
     */
    Parsed read(long number, String text) {
        JsonNode node;
        try {
            node = reader.readTree(text);
        } catch (JacksonException e) {
            throw new HistoricalDossierRefused("Dòng không phải JSON hợp lệ: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new HistoricalDossierRefused("Mỗi dòng phải là một đối tượng JSON {…} mô tả một hồ sơ.");
        }
        String code = requiredText(node, "code", "mã hồ sơ");
        DossierCode parsed;
        try {
            parsed = DossierCode.parse(code, "code");
        } catch (ProblemException e) {
            throw new HistoricalDossierRefused(e.getMessage());
        }
        code = code.strip();
        String agency = requiredText(node, "agencyCode", "mã cơ quan tiếp nhận").toUpperCase(Locale.ROOT);
        if (!parsed.agency().equals(agency)) {
            throw new HistoricalDossierRefused("Mã hồ sơ " + code + " mang mã cơ quan " + parsed.agency()
                    + ", khác với mã cơ quan tiếp nhận (agencyCode) " + agency + ".");
        }
        String procedure = requiredText(node, "procedureCode", "mã thủ tục hành chính");
        SubmissionChannel channel = enumOf(SubmissionChannel.class, requiredText(node, "channel", "kênh nộp hồ sơ"),
                "channel", "kênh nộp hồ sơ");
        Instant receivedAt = requiredTime(node, "receivedAt", "thời điểm tiếp nhận");
        Instant submittedAt = optionalTime(node, "submittedAt", "thời điểm nộp hồ sơ");
        if (submittedAt != null && submittedAt.isAfter(receivedAt)) {
            throw new HistoricalDossierRefused("Thời điểm nộp hồ sơ (submittedAt) sau thời điểm tiếp nhận (receivedAt).");
        }
        Instant dueAt = optionalTime(node, "dueAt", "hạn trả kết quả");
        if (dueAt != null && !dueAt.isAfter(receivedAt)) {
            throw new HistoricalDossierRefused("Hạn trả kết quả (dueAt) phải sau thời điểm tiếp nhận (receivedAt).");
        }
        String secret = optionalText(node, "lookupSecret");
        if (secret != null) {
            secret = secret.toUpperCase(Locale.ROOT);
            if (!SECRET.matcher(secret).matches()) {
                throw new HistoricalDossierRefused("Mã tra cứu (lookupSecret) phải gồm 6–32 chữ cái không dấu hoặc chữ số.");
            }
        }
        String delivery = optionalText(node, "resultDelivery");
        List<HistoricalDossier.Event> events = events(node);
        HistoricalDossier dossier = new HistoricalDossier(number, code, agency, procedure.strip(), channel,
                applicant(node), submittedAt, receivedAt, dueAt, events, fees(node), flag(node, "digitized"),
                flag(node, "resultDigitized"), optionalText(node, "currentUnit"), optionalText(node, "assignee"),
                secret, delivery == null ? null : enumOf(ResultDelivery.class, delivery, "resultDelivery",
                        "hình thức trả kết quả"));
        return new Parsed(dossier, rating(node, code, events));
    }

    private static DossierRatings.ImportedRating rating(JsonNode line, String code,
            List<HistoricalDossier.Event> events) {
        JsonNode node = line.get("rating");
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new HistoricalDossierRefused("Đánh giá của người nộp (rating) phải là một đối tượng JSON.");
        }
        Instant returned = events.stream().filter(e -> e.type() == HistoricalDossier.EventType.RETURNED)
                .map(HistoricalDossier.Event::at).reduce((a, b) -> b).orElseThrow(() -> new HistoricalDossierRefused(
                        "Chỉ hồ sơ đã trả kết quả (có sự kiện RETURNED) mới có đánh giá của người nộp (rating)."));
        Instant at = requiredTime(node, "at", "thời điểm đánh giá (rating.at)");
        if (at.isBefore(returned)) {
            throw new HistoricalDossierRefused("Thời điểm đánh giá (rating.at) trước thời điểm trả kết quả.");
        }
        String comment = optionalText(node, "comment");
        return new DossierRatings.ImportedRating(code,
                enumOf(RatingLevel.class, requiredText(node, "overall", "mức đánh giá chung (rating.overall)"),
                        "rating.overall", "mức đánh giá chung"),
                level(node, "convenience"), level(node, "timeliness"), level(node, "attitude"),
                comment != null && comment.length() > 2000 ? comment.substring(0, 2000) : comment, at);
    }

    private static RatingLevel level(JsonNode rating, String field) {
        String text = optionalText(rating, field);
        return text == null ? null : enumOf(RatingLevel.class, text, "rating." + field, "mức đánh giá");
    }

    private static Applicant applicant(JsonNode line) {
        JsonNode node = line.get("applicant");
        if (node == null || node.isNull()) {
            throw new HistoricalDossierRefused("Thiếu thông tin người nộp hồ sơ (applicant).");
        }
        if (!node.isObject()) {
            throw new HistoricalDossierRefused("Thông tin người nộp hồ sơ (applicant) phải là một đối tượng JSON.");
        }
        Applicant.Type type = enumOf(Applicant.Type.class, requiredText(node, "type", "loại người nộp"),
                "applicant.type", "loại người nộp");
        try {
            return new Applicant(type, optionalText(node, "name"), optionalText(node, "idNumber"),
                    optionalText(node, "phone"), optionalText(node, "email"), optionalText(node, "address"));
        } catch (ProblemException e) {
            throw new HistoricalDossierRefused(e.getMessage());
        }
    }

    private static List<HistoricalDossier.Event> events(JsonNode line) {
        JsonNode node = line.get("events");
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new HistoricalDossierRefused("Danh sách sự kiện (events) phải là một mảng JSON.");
        }
        List<HistoricalDossier.Event> events = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode e = node.get(i);
            String where = "Sự kiện thứ " + (i + 1);
            if (!e.isObject()) {
                throw new HistoricalDossierRefused(where + " phải là một đối tượng JSON.");
            }
            HistoricalDossier.EventType type = enumOf(HistoricalDossier.EventType.class, requiredText(e, "type", where
                    + ": loại sự kiện"), "events[" + i + "].type", "loại sự kiện");
            Instant at = requiredTime(e, "at", where + " (" + type + "): thời điểm");
            String outcome = optionalText(e, "outcome");
            events.add(new HistoricalDossier.Event(i + 1, type, at, outcome == null ? null
                    : enumOf(Outcome.class, outcome, "events[" + i + "].outcome", "kết quả giải quyết"),
                    optionalTime(e, "newDueAt", where + " (" + type + "): ngày hẹn mới"), optionalText(e, "unit"),
                    optionalText(e, "reason")));
        }
        return List.copyOf(events);
    }

    private static List<HistoricalDossier.FeeLine> fees(JsonNode line) {
        JsonNode node = line.get("fees");
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new HistoricalDossierRefused("Danh sách phí, lệ phí (fees) phải là một mảng JSON.");
        }
        List<HistoricalDossier.FeeLine> fees = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode f = node.get(i);
            JsonNode amount = f.isObject() ? f.get("amountVnd") : null;
            if (amount == null || !amount.isIntegralNumber() || !amount.canConvertToLong() || amount.longValue() < 0) {
                throw new HistoricalDossierRefused("Khoản phí thứ " + (i + 1) + ": số tiền (amountVnd) phải là số nguyên đồng, "
                        + "không âm.");
            }
            String name = optionalText(f, "name");
            JsonNode paid = f.get("paid");
            fees.add(new HistoricalDossier.FeeLine(name == null ? "Phí, lệ phí" : name, amount.longValue(),
                    paid == null || paid.isNull() || paid.booleanValue(false),
                    optionalTime(f, "paidAt", "Khoản phí thứ " + (i + 1) + ": thời điểm nộp"),
                    flag(f, "paidOnline")));
        }
        return List.copyOf(fees);
    }

    private static boolean flag(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new HistoricalDossierRefused("Trường " + field + " phải là true hoặc false.");
        }
        return value.booleanValue();
    }

    private static String requiredText(JsonNode node, String field, String what) {
        String value = optionalText(node, field);
        if (value == null) {
            throw new HistoricalDossierRefused("Thiếu " + what + " (" + field + ").");
        }
        return value;
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new HistoricalDossierRefused("Trường " + field + " phải là chuỗi ký tự.");
        }
        String text = value.stringValue().strip();
        return text.isEmpty() ? null : text;
    }

    private static Instant requiredTime(JsonNode node, String field, String what) {
        Instant value = optionalTime(node, field, what);
        if (value == null) {
            throw new HistoricalDossierRefused("Thiếu " + what + " (" + field + ").");
        }
        return value;
    }

    private static Instant optionalTime(JsonNode node, String field, String what) {
        String text = optionalText(node, field);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new HistoricalDossierRefused(capitalised(what) + " (" + field + ") phải có dạng 2023-06-20T08:30:00+07:00 (kèm "
                    + "múi giờ): \"" + text + "\".");
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String text, String field, String what) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E value : type.getEnumConstants()) {
                allowed.append(allowed.length() == 0 ? "" : ", ").append(value.name());
            }
            throw new HistoricalDossierRefused(capitalised(what) + " (" + field + ") không hợp lệ: \"" + text + "\"; giá trị hợp "
                    + "lệ: " + allowed + ".");
        }
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

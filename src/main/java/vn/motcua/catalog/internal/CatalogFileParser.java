package vn.motcua.catalog.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.ProcedureCode;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.catalog.ProcedureLevel;
import vn.motcua.catalog.ProcedureStatus;
import vn.motcua.catalog.RequiredDocument;
import vn.motcua.catalog.TimeLimit;
import vn.motcua.catalog.TimeLimitUnit;
import vn.motcua.shared.ProblemException;

/**
 * Reads a catalog file of the shared schema ({@code schemaVersion 1}: {@code field}, {@code procedures[]} with
 * code, name, status, level, timeLimit, fee, onlineLevel, …) into procedure contents. A bad file as a whole is a
 * 400 naming the field; a bad procedure is refused alone, with the reason.
 *
 * <p>Decisions on unconfirmed data: a time limit's unit is kept as printed ({@code DAY_AS_PRINTED} is not turned
 * into working or calendar days); the online level is the file's {@code onlineLevel} unless the file gives one
 * for the configured province in {@code onlineLevelByProvince} (U9).
 */
final class CatalogFileParser {

    /** One procedure read from the file, or the reason it is refused. */
    record Entry(String code, ProcedureStatus status, ProcedureContent content, String refusal) {
        boolean refused() {
            return refusal != null;
        }
    }

    private final JsonMapper json;
    private final String province;

    CatalogFileParser(JsonMapper json, String province) {
        this.json = json;
        this.province = province == null || province.isBlank() ? null : province.strip();
    }

    /**
     * A procedure file's top object, checked: JSON, an object, {@code schemaVersion} 1 (or none) and a
     * {@code procedures} array; refusals name the file as {@code file} ("Tệp danh mục") and, for the missing list,
     * as {@code shortName}.
     */
    static JsonNode root(JsonMapper json, byte[] bytes, String file, String shortName) {
        JsonNode root;
        try {
            root = json.readTree(bytes);
        } catch (JacksonException e) {
            throw ProblemException.invalidField("file", file + " không phải JSON hợp lệ.");
        }
        if (root == null || !root.isObject()) {
            throw ProblemException.invalidField("file", file + " phải là một đối tượng JSON.");
        }
        JsonNode schema = root.get("schemaVersion");
        if (schema != null && !schema.isNull() && schema.asInt() != 1) {
            throw ProblemException.invalidField("schemaVersion",
                    "Phiên bản cấu trúc tệp " + schema + " chưa được hỗ trợ (chỉ hỗ trợ schemaVersion 1).");
        }
        JsonNode procedures = root.get("procedures");
        if (procedures == null || !procedures.isArray()) {
            throw ProblemException.invalidField("procedures", shortName + " thiếu danh sách thủ tục (procedures).");
        }
        return root;
    }

    List<Entry> parse(byte[] file) {
        JsonNode root = root(json, file, "Tệp danh mục", "Tệp danh mục");
        JsonNode procedures = root.get("procedures");
        JsonNode field = root.get("field");
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        int index = 0;
        for (JsonNode node : procedures) {
            String code = string(node, "code");
            Entry entry;
            try {
                entry = read(node, field);
            } catch (Refused refused) {
                entry = new Entry(code, null, null, refused.getMessage());
            }
            if (!entry.refused() && seen.containsKey(entry.code())) {
                entry = new Entry(code, null, null, "Mã thủ tục " + code + " xuất hiện nhiều lần trong tệp (vị trí "
                        + (seen.get(entry.code()) + 1) + " và " + (index + 1) + "); mỗi mã chỉ được dùng cho một thủ tục.");
            } else if (entry.code() != null) {
                seen.putIfAbsent(entry.code(), index);
            }
            entries.add(entry);
            index++;
        }
        return entries;
    }

    private Entry read(JsonNode p, JsonNode fileField) {
        if (!p.isObject()) {
            throw new Refused("Mục thủ tục không phải đối tượng JSON.");
        }
        String code = string(p, "code");
        if (!ProcedureCode.isWellFormed(code)) {
            throw new Refused("Mã thủ tục \"" + (code == null ? "" : code)
                    + "\" không đúng định dạng (ví dụ 1.014390).");
        }
        String name = string(p, "name");
        if (name == null) {
            throw new Refused("Thiếu tên thủ tục (name).");
        }
        ProcedureStatus status = enumValue(p, "status", ProcedureStatus.class, "trạng thái (status)");
        if (status == null) {
            throw new Refused("Thiếu trạng thái (status: ACTIVE hoặc ABOLISHED).");
        }
        JsonNode field = p.hasNonNull("field") ? p.get("field") : fileField;
        String fieldCode = field != null && field.isObject() ? string(field, "code") : null;
        String fieldName = field != null && field.isObject() ? string(field, "name")
                : field != null && field.isString() ? field.asString() : null;

        OnlineLevel online = enumValue(p, "onlineLevel", OnlineLevel.class, "mức độ trực tuyến (onlineLevel)");
        Map<String, OnlineLevel> byProvince = new LinkedHashMap<>();
        JsonNode provinces = p.get("onlineLevelByProvince");
        if (provinces != null && provinces.isObject()) {
            for (Map.Entry<String, JsonNode> e : provinces.properties()) {
                byProvince.put(e.getKey(), parseEnum(e.getValue().asString(), OnlineLevel.class,
                        "mức độ trực tuyến của " + e.getKey()));
            }
        }
        if (province != null && byProvince.containsKey(province)) {
            online = byProvince.get(province);
        }

        ProcedureContent content = new ProcedureContent(
                name.strip(),
                fieldCode,
                fieldName,
                enumValue(p, "level", ProcedureLevel.class, "cấp thực hiện (level)"),
                string(p, "competentAuthority"),
                string(p, "appraisingAgency"),
                string(p, "implementingAgency"),
                string(p, "competentAuthorityBasis"),
                strings(p, "applicantTypes"),
                enums(p, "channels", Channel.class, "cách thức thực hiện (channels)"),
                online,
                byProvince,
                string(p, "onlineLevelNote"),
                timeLimit(p.get("timeLimit")),
                fees(p),
                documents(p.get("documents")),
                string(p, "dossierSets"),
                strings(p, "steps"),
                strings(p, "conditions"),
                strings(p, "results"),
                strings(p, "legalBases"),
                p.hasNonNull("nonBoundary") ? p.get("nonBoundary").asBoolean() : null,
                strings(p, "predecessors"),
                strings(p, "successors"),
                string(p, "notes"));
        return new Entry(code, status, content, null);
    }

    private TimeLimit timeLimit(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        BigDecimal amount = null;
        JsonNode amountNode = node.get("amount");
        if (amountNode != null && !amountNode.isNull()) {
            if (!amountNode.isNumber() || amountNode.decimalValue().signum() < 0) {
                throw new Refused("Thời hạn giải quyết (timeLimit.amount) phải là số không âm.");
            }
            amount = amountNode.decimalValue();
        }
        TimeLimitUnit unit = enumValue(node, "unit", TimeLimitUnit.class, "đơn vị thời hạn (timeLimit.unit)");
        String printed = string(node, "printed");
        String asRecorded = string(node, "asRecorded");
        if (amount != null && unit == null) {
            throw new Refused("Thời hạn giải quyết có số lượng nhưng thiếu đơn vị (timeLimit.unit).");
        }
        if (amount == null && unit != null && unit != TimeLimitUnit.SAME_DAY) {
            throw new Refused("Thời hạn giải quyết có đơn vị nhưng thiếu số lượng (timeLimit.amount).");
        }
        if (amount == null && unit == null && printed == null && asRecorded == null) {
            return null;
        }
        return new TimeLimit(amount, unit, printed, asRecorded);
    }

    private List<Fee> fees(JsonNode p) {
        List<Fee> fees = new ArrayList<>();
        JsonNode list = p.get("fees");
        if (list != null && list.isArray()) {
            for (JsonNode f : list) {
                fees.add(fee(f, string(f, "name")));
            }
        }
        JsonNode single = p.get("fee");
        if (single != null && single.isObject()) {
            Fee fee = fee(single, string(single, "name") == null ? "Phí, lệ phí" : string(single, "name"));
            if (fee.amountVnd() != null || fee.printed() != null) {
                fees.add(fee);
            }
        }
        return fees;
    }

    private static Fee fee(JsonNode node, String name) {
        Long amount = null;
        JsonNode amountNode = node.get("amountVnd");
        if (amountNode != null && !amountNode.isNull()) {
            if (!amountNode.isNumber() || !amountNode.canConvertToExactIntegral() || amountNode.decimalValue().signum() < 0) {
                throw new Refused("Phí, lệ phí (fee.amountVnd) phải là số đồng nguyên, không âm.");
            }
            amount = amountNode.longValue();
        }
        return new Fee(name, amount, string(node, "printed"));
    }

    private static List<RequiredDocument> documents(JsonNode list) {
        List<RequiredDocument> documents = new ArrayList<>();
        if (list == null || !list.isArray()) {
            return documents;
        }
        for (JsonNode d : list) {
            String name = string(d, "name");
            if (name == null) {
                throw new Refused("Thành phần hồ sơ thiếu tên (documents[].name).");
            }
            JsonNode template = d.get("template");
            documents.add(new RequiredDocument(name,
                    d.hasNonNull("originals") ? d.get("originals").asInt() : null,
                    d.hasNonNull("copies") ? d.get("copies").asInt() : null,
                    template != null && template.isObject() ? string(template, "name") : string(d, "templateName"),
                    template != null && template.isObject() ? string(template, "url") : string(d, "templateUrl"),
                    !d.hasNonNull("mandatory") || d.get("mandatory").asBoolean(),
                    string(d, "condition")));
        }
        return documents;
    }

    private static String string(JsonNode node, String name) {
        JsonNode value = node == null ? null : node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.isString() ? value.asString() : value.toString();
        return text.isBlank() ? null : text.strip();
    }

    private static List<String> strings(JsonNode node, String name) {
        JsonNode value = node.get(name);
        List<String> values = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(v -> {
                if (!v.isNull() && !v.asString().isBlank()) {
                    values.add(v.asString().strip());
                }
            });
        }
        return values;
    }

    private static <E extends Enum<E>> E enumValue(JsonNode node, String name, Class<E> type, String what) {
        String value = string(node, name);
        return value == null ? null : parseEnum(value, type, what);
    }

    private static <E extends Enum<E>> List<E> enums(JsonNode node, String name, Class<E> type, String what) {
        List<E> values = new ArrayList<>();
        for (String value : strings(node, name)) {
            values.add(parseEnum(value, type, what));
        }
        return values;
    }

    private static <E extends Enum<E>> E parseEnum(String value, Class<E> type, String what) {
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name());
            }
            throw new Refused("Giá trị \"" + value + "\" của " + what + " không hợp lệ (chấp nhận: "
                    + String.join(", ", allowed) + ").");
        }
    }

    /** A procedure that cannot be imported, with the Vietnamese reason. */
    static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }
}

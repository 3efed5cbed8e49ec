package vn.motcua.catalog.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.FieldChange;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.catalog.RequiredDocument;
import vn.motcua.catalog.TimeLimit;

/** Field-by-field difference between two versions of a procedure, with Vietnamese names and readable values. */
final class VersionDiff {

    /** Vietnamese names of the constituent parts, in display order. */
    static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("status", "Trạng thái");
        LABELS.put("name", "Tên thủ tục");
        LABELS.put("fieldCode", "Mã lĩnh vực");
        LABELS.put("fieldName", "Lĩnh vực");
        LABELS.put("level", "Cấp thực hiện");
        LABELS.put("competentAuthority", "Cơ quan có thẩm quyền");
        LABELS.put("appraisingAgency", "Cơ quan thẩm định");
        LABELS.put("implementingAgency", "Cơ quan thực hiện");
        LABELS.put("competentAuthorityBasis", "Căn cứ xác định cơ quan có thẩm quyền");
        LABELS.put("applicantTypes", "Đối tượng thực hiện");
        LABELS.put("channels", "Cách thức thực hiện");
        LABELS.put("onlineLevel", "Mức độ dịch vụ công trực tuyến");
        LABELS.put("onlineLevelByProvince", "Mức độ trực tuyến theo tỉnh");
        LABELS.put("onlineLevelNote", "Ghi chú mức độ trực tuyến");
        LABELS.put("timeLimit", "Thời hạn giải quyết");
        LABELS.put("fees", "Phí, lệ phí");
        LABELS.put("documents", "Thành phần hồ sơ");
        LABELS.put("dossierSets", "Số lượng hồ sơ");
        LABELS.put("steps", "Trình tự thực hiện");
        LABELS.put("conditions", "Yêu cầu, điều kiện");
        LABELS.put("results", "Kết quả thực hiện");
        LABELS.put("legalBases", "Căn cứ pháp lý");
        LABELS.put("nonBoundary", "Tiếp nhận không phụ thuộc địa giới hành chính");
        LABELS.put("predecessors", "Thủ tục được thay thế");
        LABELS.put("successors", "Thủ tục thay thế");
        LABELS.put("notes", "Ghi chú");
    }

    private final JsonMapper json;

    VersionDiff(JsonMapper json) {
        this.json = json;
    }

    List<FieldChange> between(ProcedureVersion older, ProcedureVersion newer) {
        List<FieldChange> changes = new ArrayList<>();
        if (older.status() != newer.status()) {
            changes.add(new FieldChange("status", LABELS.get("status"), older.status().name(), newer.status().name(),
                    older.status().label(), newer.status().label()));
        }
        JsonNode before = tree(older.content());
        JsonNode after = tree(newer.content());
        for (Map.Entry<String, String> part : LABELS.entrySet()) {
            String field = part.getKey();
            if (field.equals("status")) {
                continue;
            }
            JsonNode a = normalise(before.get(field));
            JsonNode b = normalise(after.get(field));
            if (!Objects.equals(a, b)) {
                changes.add(new FieldChange(field, part.getValue(), a, b, text(field, a), text(field, b)));
            }
        }
        return changes;
    }

    private JsonNode tree(ProcedureContent content) {
        return json.valueToTree(content);
    }

    private static JsonNode normalise(JsonNode node) {
        if (node == null || node.isNull() || (node.isContainer() && node.isEmpty())) {
            return null;
        }
        return node;
    }

    /**
     * A value for people. The time limit as displayed with its printed wording (not the keepers' record of it),
     * fees and components as they read on the procedure's page; other values by {@link #text(JsonNode)}.
     */
    private String text(String field, JsonNode node) {
        if (node == null) {
            return text(node);
        }
        switch (field) {
            case "timeLimit" -> {
                TimeLimit limit = json.treeToValue(node, TimeLimit.class);
                String display = limit.display();
                if (limit.printed() == null || limit.printed().equals(display)) {
                    return display;
                }
                return display.isEmpty() ? limit.printed() : display + "\n" + limit.printed();
            }
            case "fees" -> {
                List<String> lines = new ArrayList<>();
                node.forEach(f -> {
                    Fee fee = json.treeToValue(f, Fee.class);
                    lines.add("• " + (fee.name() == null ? "" : fee.name() + ": ") + fee.display());
                });
                return String.join("\n", lines);
            }
            case "documents" -> {
                List<String> lines = new ArrayList<>();
                node.forEach(d -> {
                    RequiredDocument document = json.treeToValue(d, RequiredDocument.class);
                    StringBuilder line = new StringBuilder("• " + document.name());
                    if (document.templateName() != null) {
                        line.append(" (").append(document.templateName()).append(')');
                    }
                    if (document.copiesText() != null) {
                        line.append(" – ").append(document.copiesText());
                    }
                    if (document.mandatory() != null) {
                        line.append(document.mandatory() ? " – bắt buộc"
                                : " – " + (document.condition() == null ? "nếu có" : document.condition()));
                    }
                    lines.add(line.toString());
                });
                return String.join("\n", lines);
            }
            default -> {
                return text(node);
            }
        }
    }

    /** A value for people: text as is, lists one per line, objects as "key: value" pairs. */
    static String text(JsonNode node) {
        if (node == null) {
            return "(không ghi)";
        }
        if (node.isString()) {
            return node.asString();
        }
        if (node.isArray()) {
            List<String> lines = new ArrayList<>();
            node.forEach(element -> lines.add("• " + text(element)));
            return String.join("\n", lines);
        }
        if (node.isObject()) {
            List<String> pairs = new ArrayList<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!e.getValue().isNull()) {
                    pairs.add(e.getKey() + ": " + text(e.getValue()));
                }
            }
            return String.join("; ", pairs);
        }
        if (node.isBoolean()) {
            return node.asBoolean() ? "Có" : "Không";
        }
        return node.toString();
    }
}

package vn.motcua.catalog.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.catalog.ContentProvenance;
import vn.motcua.catalog.ProcedureCode;
import vn.motcua.catalog.RequiredDocument;

/**
 * Reads a content file ({@code schemaVersion 1}: {@code procedures[]} with code, catalogName, steps, components,
 * sets, timeLimitText, applicants, result, fee, conditions, legalBasis, and the keepers' provenance: sources,
 * confidence, notes, fieldNotes, ways by province …) into the published parts of each procedure and their
 * provenance. Nothing is inferred: a part that is null or empty is "not stated" and leaves the catalog's value.
 * A bad file as a whole is a 400 naming the field; a bad record is refused alone, with the reason in Vietnamese.
 *
 * <p>What is published and what stays internal: steps, components (name, form, copies, required), number of sets,
 * the time limit's wording, applicants, result, fee wording, conditions and legal basis (number and date) are
 * published; the name as a source printed it, the implementing and competent authority as a source printed them
 * (another province's), the ways keyed by province, sources, confidence and every note are provenance. A trailing
 * remark in parentheses that is the keepers' (plain ASCII words such as "(Long An)", or the name of a source's
 * province such as "(Vĩnh Phúc)") is taken out of a published text and kept in the provenance.
 */
final class ContentFileParser {

    /** The published parts a record brings; null or empty = not stated. */
    record Published(List<String> applicants, List<RequiredDocument> documents, String sets, List<String> steps,
            List<String> conditions, List<String> results, List<String> legalBases, String timeLimitText,
            String fee) {

        boolean empty() {
            return applicants.isEmpty() && documents.isEmpty() && sets == null && steps.isEmpty()
                    && conditions.isEmpty() && results.isEmpty() && legalBases.isEmpty() && timeLimitText == null
                    && fee == null;
        }
    }

    /** One record of the file, or the reason it is refused. */
    record Entry(String code, String catalogName, Published published, ContentProvenance provenance,
            String refusal) {
        boolean refused() {
            return refusal != null;
        }
    }

    private static final Pattern TRAILING_REMARK = Pattern.compile("\\s*\\(([^()]*)\\)\\s*$");

    private final JsonMapper json;

    ContentFileParser(JsonMapper json) {
        this.json = json;
    }

    List<Entry> parse(byte[] file) {
        JsonNode root = CatalogFileParser.root(json, file, "Tệp nội dung thủ tục", "Tệp nội dung");
        JsonNode procedures = root.get("procedures");
        String asOf = text(root, "asOf");
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        int index = 0;
        for (JsonNode node : procedures) {
            String code = node != null && node.isObject() ? text(node, "code") : null;
            Entry entry;
            try {
                entry = read(node, asOf, index);
            } catch (CatalogFileParser.Refused refused) {
                entry = new Entry(code, null, null, null, refused.getMessage());
            }
            if (!entry.refused() && seen.containsKey(entry.code())) {
                entry = new Entry(code, null, null, null, "Mã thủ tục " + code
                        + " xuất hiện nhiều lần trong tệp (vị trí " + (seen.get(entry.code()) + 1) + " và "
                        + (index + 1) + "); mỗi mã chỉ được dùng cho một thủ tục.");
            } else if (!entry.refused()) {
                seen.put(entry.code(), index);
            }
            entries.add(entry);
            index++;
        }
        return entries;
    }

    private Entry read(JsonNode p, String asOf, int index) {
        if (p == null || !p.isObject()) {
            throw refused("Mục thứ " + (index + 1) + " không phải đối tượng JSON.");
        }
        String code = text(p, "code");
        if (!ProcedureCode.isWellFormed(code)) {
            throw refused("Mã thủ tục \"" + (code == null ? "" : code) + "\" không đúng định dạng (ví dụ 1.014390).");
        }
        List<ContentProvenance.Source> sources = sources(p.get("sources"));
        List<ContentProvenance.Variant> variants = variants(p.get("variants"));
        Set<String> provinces = new LinkedHashSet<>();
        sources.forEach(s -> addProvince(provinces, s.province()));
        variants.forEach(v -> addProvince(provinces, v.province()));
        List<String> removed = new ArrayList<>();

        List<String> steps = new ArrayList<>();
        for (String step : texts(p, "steps", "Trình tự thực hiện (steps)")) {
            steps.add(publicText(step, provinces, removed, "steps"));
        }
        Map<String, String> componentNotes = new LinkedHashMap<>();
        List<RequiredDocument> documents = components(p.get("components"), componentNotes);
        List<String> legalBases = new ArrayList<>();
        Map<String, String> legalNotes = new LinkedHashMap<>();
        legalBasis(p.get("legalBasis"), legalBases, legalNotes);

        Published published = new Published(
                single(publicText(text(p, "applicants"), provinces, removed, "applicants")),
                documents,
                publicText(text(p, "sets"), provinces, removed, "sets"),
                steps,
                single(publicText(text(p, "conditions"), provinces, removed, "conditions")),
                single(publicText(text(p, "result"), provinces, removed, "result")),
                legalBases,
                publicText(text(p, "timeLimitText"), provinces, removed, "timeLimitText"),
                publicText(text(p, "fee"), provinces, removed, "fee"));

        JsonNode found = p.get("found");
        if (found != null && !found.isNull() && !found.isBoolean()) {
            throw refused("Thủ tục " + code + ": trường found phải là true hoặc false.");
        }
        Map<String, String> ways = new LinkedHashMap<>();
        Map<String, String> onlineLabels = new LinkedHashMap<>();
        JsonNode waysNode = p.get("ways");
        if (waysNode != null && waysNode.isObject()) {
            for (Map.Entry<String, JsonNode> e : waysNode.properties()) {
                if (e.getValue().isString()) {
                    ways.put(e.getKey(), e.getValue().asString());
                } else if (e.getValue().isObject()) {
                    e.getValue().properties().forEach(label -> {
                        if (label.getValue().isString()) {
                            onlineLabels.put(label.getKey(), label.getValue().asString());
                        }
                    });
                }
            }
        }
        Map<String, String> fieldNotes = new LinkedHashMap<>();
        JsonNode notesNode = p.get("fieldNotes");
        if (notesNode != null && notesNode.isObject()) {
            notesNode.properties().forEach(e -> fieldNotes.put(e.getKey(), e.getValue().isString()
                    ? e.getValue().asString() : e.getValue().toString()));
        }
        ContentProvenance provenance = new ContentProvenance(asOf, found == null || found.asBoolean(false),
                text(p, "name"), text(p, "implementingAgency"), text(p, "competentAuthority"), ways, onlineLabels,
                texts(p, "forms", "Mẫu đơn, tờ khai (forms)"), sources, text(p, "confidence"),
                text(p, "confidenceNote"), fieldNotes, componentNotes, legalNotes, removed, variants,
                text(p, "notes"));
        return new Entry(code, text(p, "catalogName"), published, provenance, null);
    }

    private static List<RequiredDocument> components(JsonNode list, Map<String, String> notes) {
        List<RequiredDocument> documents = new ArrayList<>();
        if (list == null || list.isNull()) {
            return documents;
        }
        if (!list.isArray()) {
            throw refused("Thành phần hồ sơ (components) phải là một danh sách.");
        }
        int i = 0;
        for (JsonNode c : list) {
            String where = "Thành phần hồ sơ thứ " + (i + 1);
            if (!c.isObject()) {
                throw refused(where + " không phải đối tượng JSON.");
            }
            String name = text(c, "name");
            if (name == null) {
                throw refused(where + " thiếu tên (components[" + i + "].name).");
            }
            Integer originals = null;
            Integer copies = null;
            JsonNode copiesNode = c.get("copies");
            if (copiesNode != null && !copiesNode.isNull()) {
                if (!copiesNode.isObject()) {
                    throw refused(where + ": số bản (copies) phải có dạng {original, copy}.");
                }
                originals = count(copiesNode.get("original"), where + ": số bản chính (copies.original)");
                copies = count(copiesNode.get("copy"), where + ": số bản sao (copies.copy)");
            }
            JsonNode required = c.get("required");
            if (required != null && !required.isNull() && !required.isBoolean()) {
                throw refused(where + ": trường bắt buộc (required) phải là true, false hoặc null.");
            }
            documents.add(new RequiredDocument(name, originals, copies, text(c, "form"), null,
                    required == null || required.isNull() ? null : required.asBoolean(), null));
            String note = text(c, "note");
            if (note != null) {
                notes.put(name, note);
            }
            i++;
        }
        return documents;
    }

    private static Integer count(JsonNode node, String what) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || node.asInt() < 0) {
            throw refused(what + " phải là số nguyên không âm.");
        }
        return node.asInt();
    }

    private static void legalBasis(JsonNode list, List<String> bases, Map<String, String> notes) {
        if (list == null || list.isNull()) {
            return;
        }
        if (!list.isArray()) {
            throw refused("Căn cứ pháp lý (legalBasis) phải là một danh sách.");
        }
        int i = 0;
        for (JsonNode l : list) {
            String number = l.isObject() ? text(l, "number") : null;
            if (number == null) {
                throw refused("Căn cứ pháp lý thứ " + (i + 1) + " thiếu số văn bản (legalBasis[" + i + "].number).");
            }
            String date = text(l, "date");
            bases.add(date == null ? number : number + " ngày " + date);
            String note = text(l, "note");
            if (note != null) {
                notes.put(number, note);
            }
            i++;
        }
    }

    private static List<ContentProvenance.Source> sources(JsonNode list) {
        List<ContentProvenance.Source> sources = new ArrayList<>();
        if (list != null && list.isArray()) {
            list.forEach(s -> sources.add(new ContentProvenance.Source(text(s, "url"), text(s, "province"),
                    text(s, "site"), text(s, "gave"))));
        }
        return sources;
    }

    private static List<ContentProvenance.Variant> variants(JsonNode list) {
        List<ContentProvenance.Variant> variants = new ArrayList<>();
        if (list != null && list.isArray()) {
            list.forEach(v -> variants.add(new ContentProvenance.Variant(text(v, "province"),
                    text(v, "difference"))));
        }
        return variants;
    }

    /** "Long An (now Tây Ninh)" → "Long An"; "Lào Cai (portal section /yenbai/)" → "Lào Cai". */
    private static void addProvince(Set<String> provinces, String province) {
        if (province != null) {
            int bracket = province.indexOf('(');
            provinces.add((bracket < 0 ? province : province.substring(0, bracket)).strip());
        }
    }

    /**
     * The text without a trailing remark of the keepers: a parenthesis of plain ASCII words without digits
     * ("(Long An)", "(printed in lower case)") or naming a source's province ("(Vĩnh Phúc)"). Published
     * parentheses ("(nếu có)", "(10)", "(Nghị định số 268/2025/NĐ-CP)") stay.
     */
    static String publicText(String text, Set<String> provinces, List<String> removed, String part) {
        if (text == null) {
            return null;
        }
        Matcher m = TRAILING_REMARK.matcher(text);
        if (!m.find()) {
            return text;
        }
        String remark = m.group(1).strip();
        boolean keepers = (remark.matches("[A-Za-z][A-Za-z ,;:'/.&-]*") ) || provinces.contains(remark);
        if (!keepers) {
            return text;
        }
        removed.add(part + ": (" + remark + ")");
        String rest = text.substring(0, m.start()).strip();
        return rest.isEmpty() ? null : rest;
    }

    private static List<String> single(String value) {
        return value == null ? List.of() : List.of(value);
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node == null ? null : node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.isString() ? value.asString() : value.toString();
        return text.isBlank() ? null : text.strip();
    }

    private static List<String> texts(JsonNode node, String name, String what) {
        JsonNode value = node.get(name);
        List<String> values = new ArrayList<>();
        if (value == null || value.isNull()) {
            return values;
        }
        if (!value.isArray()) {
            throw refused(what + " phải là một danh sách.");
        }
        for (JsonNode v : value) {
            if (!v.isString()) {
                throw refused(what + " chỉ gồm các đoạn văn bản.");
            }
            if (!v.asString().isBlank()) {
                values.add(v.asString().strip());
            }
        }
        return values;
    }

    private static CatalogFileParser.Refused refused(String reason) {
        return new CatalogFileParser.Refused(reason);
    }
}

package vn.motcua.control;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One record of a control list: its id, agency, optimistic version, the values of the list's fields by contract
 * name ({@code String}, {@code LocalDate}, {@code Long}, or the enum value's code; absent fields are null) and who
 * created and last changed it, when.
 */
public record ControlRecord(long id, ControlList list, String agencyCode, int version, Map<String, Object> values,
        String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {

    public ControlRecord {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Object value(String field) {
        return values.get(field);
    }

    /** The record as the API writes it: {@code id}, {@code agencyCode}, the fields, then version and authorship. */
    public Map<String, Object> asJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("agencyCode", agencyCode);
        json.putAll(values);
        json.put("version", version);
        json.put("createdBy", createdBy);
        json.put("createdAt", createdAt);
        json.put("updatedBy", updatedBy);
        json.put("updatedAt", updatedAt);
        return json;
    }
}

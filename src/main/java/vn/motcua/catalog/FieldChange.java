package vn.motcua.catalog;

/**
 * One constituent part that differs between two versions.
 *
 * @param field the JSON name of the part ({@code timeLimit}, {@code fees}, …)
 * @param label its Vietnamese name
 * @param before value in the older version, as JSON text ({@code null} when not stated)
 * @param after value in the newer version, as JSON text
 * @param beforeText / afterText the same values for people
 */
public record FieldChange(String field, String label, Object before, Object after, String beforeText,
        String afterText) {}

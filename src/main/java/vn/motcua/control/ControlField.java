package vn.motcua.control;

import java.util.List;
import java.util.Objects;

/**
 * One field of a control list as the contract names it ({@code number}, {@code date}, {@code kind}, …), with its
 * Vietnamese label (form labels and spreadsheet headers), its type, whether it is required, and for a
 * {@link FieldType#CHOICE} its values.
 */
public record ControlField(String name, String label, FieldType type, boolean required, List<Labelled> choices) {

    public ControlField {
        Objects.requireNonNull(name);
        Objects.requireNonNull(label);
        Objects.requireNonNull(type);
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    static ControlField required(String name, String label, FieldType type) {
        return new ControlField(name, label, type, true, List.of());
    }

    static ControlField optional(String name, String label, FieldType type) {
        return new ControlField(name, label, type, false, List.of());
    }

    static ControlField choice(String name, String label, boolean required, Labelled[] values) {
        return new ControlField(name, label, FieldType.CHOICE, required, List.of(values));
    }

    /** The choice with this code or Vietnamese name (ignoring case and surrounding blanks), or null. */
    public Labelled choiceOf(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (Labelled value : choices) {
            if (value.name().equalsIgnoreCase(t) || value.label().equalsIgnoreCase(t)) {
                return value;
            }
        }
        return null;
    }
}

package vn.motcua.identity;

import java.util.Objects;

/**
 * A unit (đơn vị, phòng) inside an agency, e.g. "Bộ phận Một cửa". Its code is unique within its agency only.
 */
public record Unit(String code, String name) {
    public Unit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}

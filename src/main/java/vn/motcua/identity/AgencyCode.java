package vn.motcua.identity;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The electronic identifier of an agency (mã định danh cơ quan), the prefix of every dossier code it issues.
 *
 * <p>Two documented shapes are accepted (see {@code domain/dossier-lifecycle.md} §4.1 and
 * {@code domain/current-law-2025.md} §3.3):
 * <ul>
 *   <li>national, Circular 10/2016: {@code V1V2V3.Z1Z2.Y1Y2.MX1X2}, e.g. {@code 000.00.00.H05} for a provincial
 *       People's Committee or {@code 000.17.22.H56} for a level-3 unit; zeros where a level is unused;</li>
 *   <li>nationally centralised solutions, Circular 03/2025 Art. 13(3) (from 25/01/2026):
 *       {@code MX1X2.Y1Y2Y3.Z1Z2}, e.g. {@code H05.123.45}.</li>
 * </ul>
 * Letters are upper-cased and surrounding blanks removed, so {@code parse(code.toString())} gives the same code.
 * Codes are data: nothing derives them from names.
 */
public record AgencyCode(String value) {

    private static final Pattern NATIONAL = Pattern.compile("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}");
    private static final Pattern CENTRALISED = Pattern.compile("[A-Z]\\d{2}\\.\\d{3}\\.\\d{2}");

    public AgencyCode {
        Objects.requireNonNull(value, "value");
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!NATIONAL.matcher(value).matches() && !CENTRALISED.matcher(value).matches()) {
            throw new IllegalArgumentException("Mã cơ quan '" + value + "' không đúng định dạng; mã hợp lệ có dạng "
                    + "000.00.00.H05 (V1V2V3.Z1Z2.Y1Y2.MX1X2) hoặc H05.123.45 (MX1X2.Y1Y2Y3.Z1Z2).");
        }
    }

    /** Reads a code; throws {@link IllegalArgumentException} with a Vietnamese message when it is malformed. */
    public static AgencyCode parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Vui lòng nhập mã cơ quan.");
        }
        return new AgencyCode(text);
    }

    /** The level-1 unit (ministry or province) the code belongs to, e.g. {@code H05}. */
    public String levelOne() {
        return NATIONAL.matcher(value).matches() ? value.substring(value.length() - 3) : value.substring(0, 3);
    }

    @Override
    public String toString() {
        return value;
    }
}

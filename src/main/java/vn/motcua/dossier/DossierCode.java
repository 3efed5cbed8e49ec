package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.shared.ProblemException;

/**
 * A dossier code (mã số hồ sơ, Circular 01/2018 Art. 19, kept by Circular 03/2025 Art. 13):
 * {@code <receiving agency code>-YYMMDD-XXXX}, XXXX the gap-free sequence of the agency's day, widening past 9999.
 * Dossiers of procedures served by a nationally centralised solution get {@code <agency>-YYMMDD-AAXXXX} from
 * {@code motcua.dossier-code.national-format-from} (Circular 04/2025; the engine's {@code CentralisedCodeRule}).
 */
public record DossierCode(String agency, LocalDate day, int sequence) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
    private static final Pattern CODE = Pattern.compile("^(\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2})-(\\d{6})-(\\d{4,})$");

    /** The parts of a code in the legacy format, or a 400 naming {@code field}. */
    public static DossierCode parse(String code, String field) {
        Matcher m = code == null ? null : CODE.matcher(code.strip());
        if (m == null || !m.matches()) {
            throw ProblemException.invalidField(field, "Mã hồ sơ không đúng định dạng "
                    + "\"<mã cơ quan>-YYMMDD-XXXX\" (ví dụ 000.17.22.H56-210531-0001): \"" + code + "\"");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(m.group(2), DAY);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "Ngày trong mã hồ sơ không hợp lệ: \"" + m.group(2) + "\"");
        }
        return new DossierCode(m.group(1), day, Integer.parseInt(m.group(3)));
    }

    @Override
    public String toString() {
        return agency + "-" + DAY.format(day) + "-" + String.format("%04d", sequence);
    }
}

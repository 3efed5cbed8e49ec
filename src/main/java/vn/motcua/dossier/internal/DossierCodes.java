package vn.motcua.dossier.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.motcua.shared.ProblemException;

/**
 * Dossier codes (mã số hồ sơ, Circular 01/2018 Art. 19, kept by Circular 03/2025 Art. 13):
 * {@code <receiving agency code>-YYMMDD-XXXX}, XXXX the gap-free sequence of the agency's day, widening past 9999.
 */
@Component
class DossierCodes {

    static final String LEGACY_2018 = "LEGACY_2018";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
    private static final Pattern CODE = Pattern.compile("^(\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2})-(\\d{6})-(\\d{4,})$");

    private final DossierRepository repository;

    DossierCodes(DossierRepository repository) {
        this.repository = repository;
    }

    /** The next code of the agency's day; call inside the registering transaction. */
    String next(String agency, LocalDate day, RuleSet rules) {
        if (!LEGACY_2018.equals(rules.codeFormat())) {
            throw new IllegalStateException("Unsupported dossier code format " + rules.codeFormat());
        }
        return format(agency, day, repository.nextSequence(agency, day));
    }

    static String format(String agency, LocalDate day, int sequence) {
        return agency + "-" + DAY.format(day) + "-" + String.format("%04d", sequence);
    }

    /** The parts of a code in the legacy format, or a 400 naming {@code field}. */
    static Parsed parse(String code, String field) {
        Matcher m = code == null ? null : CODE.matcher(code.strip());
        if (m == null || !m.matches()) {
            throw ProblemException.invalidField(field, "Mã hồ sơ không đúng định dạng "
                    + "\"<mã cơ quan>-YYMMDD-XXXX\" (ví dụ 000.17.22.H56-210531-0001): \"" + code + "\"");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(m.group(2), DAY);
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalidField(field, "Ngày trong mã hồ sơ không hợp lệ: \"" + m.group(2) + "\"");
        }
        return new Parsed(m.group(1), day, Integer.parseInt(m.group(3)));
    }

    record Parsed(String agency, LocalDate day, int sequence) {}
}

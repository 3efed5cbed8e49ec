package vn.motcua.dossier.internal.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * The dossier code of nationally centralised services (current-law-2025 §3.3): Circular 04/2025 Art. 23(2) inserts
 * clause 3 into Art. 13 of Circular 03/2025, in force 25/01/2026, for procedures whose service is provided by a
 * nationally centralised solution: {@code MX1X2.Y1Y2Y3.Z1Z2-YYMMDD-AAXXXX}, the deciding agency's electronic
 * identifier, the receipt date, {@code AA} two digits from the identifier of the agency owning the centralised system
 * and {@code XXXX} the day's sequence, at least four digits and longer as needed. Every other dossier, and every
 * dossier received before the rule's first day, keeps the legacy {@code <agency>-YYMMDD-XXXX} (Circular 01/2018
 * Art. 19). The article's text was not read ([S] in the domain file) and Art. 13(1)–(2) are unknown (U3): the first
 * day, the procedures and the two digits are configuration, and the clause is read as covering only the
 * centralised procedures, not every dossier. The agency part is the agency's recorded code (the new-style
 * {@code H05.123.45} where the agency has one).
 *
 * @param from         the first receipt day of the format
 * @param procedures   the national codes of the procedures served by a centralised solution
 * @param systemDigits {@code AA}
 */
public record CentralisedCodeRule(LocalDate from, Set<String> procedures, String systemDigits) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    public CentralisedCodeRule {
        procedures = procedures == null ? Set.of() : Set.copyOf(procedures);
        if (!procedures.isEmpty() && (systemDigits == null || !systemDigits.matches("\\d{2}"))) {
            throw new IllegalArgumentException("motcua.dossier-code.centralised-system-digits must be two digits (AA) "
                    + "when centralised procedures are configured");
        }
    }

    /** Whether a dossier of {@code procedureCode} received on {@code day} gets the centralised code. */
    public boolean applies(LocalDate day, String procedureCode) {
        return !day.isBefore(from) && procedureCode != null && procedures.contains(procedureCode.strip());
    }

    /** {@code <agency>-YYMMDD-AAXXXX}: the sequence padded to four digits, wider when it passes 9999. */
    public String code(String agency, LocalDate day, int sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("A dossier code's sequence starts at 1");
        }
        return agency + "-" + DAY.format(day) + "-" + systemDigits + String.format("%04d", sequence);
    }
}

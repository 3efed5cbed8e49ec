package vn.motcua.documents;

import java.util.Objects;

/**
 * One form as a circular defines it: its number in the appendix ("Mẫu số 01"), its title, the code in its
 * document number (e.g. {@code PBS} in "Số: 12/PBS-TTPVHCC") and its paper.
 *
 * @param numberCode the code before the issuer's abbreviation in the document number, or {@code null} when
 *                   the circular gives none
 */
public record FormSpec(FormSet set, FormKind kind, int number, String title, String numberCode, Paper paper) {

    /** Paper size and orientation. */
    public enum Paper {
        A5_PORTRAIT, A4_PORTRAIT, A4_LANDSCAPE
    }

    public FormSpec {
        Objects.requireNonNull(set);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(title);
        Objects.requireNonNull(paper);
    }

    /** "Mẫu số 01". */
    public String label() {
        return "Mẫu số %02d".formatted(number);
    }

    /**
     * What follows the running number in "Số: …", e.g. {@code /PBS-TTPVHCC} for issuer abbreviation
     * {@code TTPVHCC}; {@code /PXL} when the abbreviation is blank.
     */
    public String numberSuffix(String issuerAbbreviation) {
        boolean hasIssuer = issuerAbbreviation != null && !issuerAbbreviation.isBlank();
        if (numberCode == null) {
            return hasIssuer ? "/" + issuerAbbreviation.strip() : "";
        }
        return "/" + numberCode + (hasIssuer ? "-" + issuerAbbreviation.strip() : "");
    }
}

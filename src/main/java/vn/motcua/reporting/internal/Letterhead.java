package vn.motcua.reporting.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * Who issues a report and when, as its header prints it (Decree 30/2020, measurement-and-calendar.md §6.3).
 *
 * @param agencyName    the agency's full name, "Sở Khoa học và Công nghệ tỉnh Bắc Ninh" (reporting unit of the forms)
 * @param parentBody    the governing body in the header, "UBND TỈNH BẮC NINH"; empty when the agency has none
 * @param issuer        the issuing body in the header, "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
 * @param symbol        the issuer's abbreviation in the number, "SKHCN" (in "15/BC-SKHCN")
 * @param place         the place before the date, "Bắc Ninh"; empty when unknown
 * @param receivingUnit the unit the forms are sent to, "Văn phòng Ủy ban nhân dân tỉnh Bắc Ninh"; empty when unknown
 * @param issuedOn      the day the report is drawn up
 */
public record Letterhead(String agencyName, String parentBody, String issuer, String symbol, String place,
        String receivingUnit, LocalDate issuedOn) {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final String[] PLACE_PREFIXES = {"thành phố ", "tỉnh "};

    public Letterhead {
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(parentBody, "parentBody");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(receivingUnit, "receivingUnit");
        Objects.requireNonNull(issuedOn, "issuedOn");
    }

    /**
     * From the names of the agency and of the body it belongs to: "Sở Khoa học và Công nghệ tỉnh Bắc Ninh" under "Ủy
     * ban nhân dân tỉnh Bắc Ninh" gives "UBND TỈNH BẮC NINH" / "SỞ KHOA HỌC VÀ CÔNG NGHỆ", symbol "SKHCN", place "Bắc
     * Ninh", sent to "Văn phòng Ủy ban nhân dân tỉnh Bắc Ninh".
     *
     * @param parentName the governing body's name, or null/blank when the agency is at the top of the tree
     */
    public static Letterhead of(String agencyName, String parentName, LocalDate issuedOn) {
        String agency = OfficeText.clean(agencyName).strip();
        String parent = parentName == null ? "" : OfficeText.clean(parentName).strip();
        String place = place(parent);
        if (place.isEmpty()) {
            place = place(agency);
        }
        String issuer = withoutParenthesis(agency);
        for (String prefix : PLACE_PREFIXES) {
            String suffix = " " + prefix + place;
            if (!parent.isEmpty() && !place.isEmpty() && issuer.endsWith(suffix)) {
                issuer = issuer.substring(0, issuer.length() - suffix.length());
            }
        }
        return new Letterhead(agency, upper(parent.replace("Ủy ban nhân dân", "UBND").replace("Uỷ ban nhân dân", "UBND")),
                upper(issuer), symbol(issuer), place, parent.isEmpty() ? "" : "Văn phòng " + parent, issuedOn);
    }

    static String upper(String s) {
        return s.toUpperCase(VIETNAMESE);
    }

    /** "Bắc Ninh" from "… tỉnh Bắc Ninh" or "… thành phố Hà Nội"; empty when the name has neither. */
    private static String place(String name) {
        for (String prefix : PLACE_PREFIXES) {
            int at = name.lastIndexOf(prefix);
            if (at >= 0) {
                return withoutParenthesis(name.substring(at + prefix.length()));
            }
        }
        return "";
    }

    private static String withoutParenthesis(String name) {
        return name.replaceAll("\\s*\\([^)]*\\)", "").strip();
    }

    /** Initials of the words, "và" left out: "Sở Khoa học và Công nghệ" → "SKHCN". */
    static String symbol(String issuer) {
        StringBuilder initials = new StringBuilder();
        for (String word : issuer.split("[\\s,\\-]+")) {
            if (!word.isEmpty() && Character.isLetter(word.codePointAt(0)) && !word.equalsIgnoreCase("và")) {
                initials.appendCodePoint(word.codePointAt(0));
            }
        }
        return upper(initials.toString());
    }
}

package vn.motcua.documents;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The administrative header of a form (Decree 30/2020): issuing body on the left, national motto on the
 * right, then "Số: …" and "&lt;place&gt;, ngày … tháng … năm …".
 *
 * @param parentAuthority    the governing body, e.g. "UBND TỈNH BẮC NINH"
 * @param issuerName         the desk or agency issuing the form, e.g. "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
 * @param issuerAbbreviation used in the document number, e.g. "TTPVHCC" or "BPTNTKQ"; may be blank
 * @param place              the place name before the date, e.g. "Bắc Ninh"
 * @param issuedOn           the date of the form
 * @param documentNumber     the running number before the suffix, e.g. "125"; blank leaves dots to fill in
 */
public record FormHeader(String parentAuthority, String issuerName, String issuerAbbreviation, String place,
        LocalDate issuedOn, String documentNumber) {

    public FormHeader {
        Objects.requireNonNull(parentAuthority, "parentAuthority");
        Objects.requireNonNull(issuerName, "issuerName");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(issuedOn, "issuedOn");
    }
}

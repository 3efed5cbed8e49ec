package vn.motcua.documents;

import java.util.Objects;

/**
 * The person or organisation that submitted the dossier (tổ chức, cá nhân).
 *
 * @param identityNumber personal identification number (số định danh cá nhân) or the organisation's identifier
 * @param phone          may be null
 * @param email          may be null
 */
public record Applicant(String name, Type type, String identityNumber, String address, String phone, String email) {

    /** Whether the applicant is a person or an organisation; decides how the forms address them. */
    public enum Type {
        INDIVIDUAL, ORGANISATION
    }

    public Applicant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(identityNumber, "identityNumber");
        Objects.requireNonNull(address, "address");
    }
}

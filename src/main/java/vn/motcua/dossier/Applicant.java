package vn.motcua.dossier;

import vn.motcua.shared.ProblemException;

/**
 * Who submits the dossier: a citizen (số định danh cá nhân) or an organisation (mã số doanh nghiệp / tổ chức).
 * An applicant who submitted online after signing in with a national identity carries the provider
 * ({@code vneid}, {@code dvcqg}) and the assurance level of that sign-in; others carry nulls.
 */
public record Applicant(Type type, String name, String idNumber, String phone, String email, String address,
        String identityProvider, Integer assuranceLevel) {

    /** An applicant not identified through a national identity provider (the desk, the post, the API). */
    public Applicant(Type type, String name, String idNumber, String phone, String email, String address) {
        this(type, name, idNumber, phone, email, address, null, null);
    }

    /** The same applicant, as identified by {@code provider} at {@code level}. */
    public Applicant identifiedBy(String provider, int level) {
        return new Applicant(type, name, idNumber, phone, email, address, provider, level);
    }

    /** Citizen or organisation. */
    public enum Type {
        CITIZEN("Công dân"),
        ORGANIZATION("Tổ chức, doanh nghiệp");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Applicant {
        if (type == null) {
            throw ProblemException.invalidField("applicant.type", "Thiếu loại người nộp (CITIZEN hoặc ORGANIZATION)");
        }
        name = blankToNull(name);
        if (name == null) {
            throw ProblemException.invalidField("applicant.name", "Thiếu tên người nộp hồ sơ");
        }
        if (name.length() > 300) {
            throw ProblemException.invalidField("applicant.name", "Tên người nộp hồ sơ quá dài (tối đa 300 ký tự)");
        }
        idNumber = blankToNull(idNumber);
        if (idNumber != null && !idNumber.matches("[0-9A-Za-z-]{6,20}")) {
            throw ProblemException.invalidField("applicant.idNumber",
                    "Số định danh không hợp lệ (6–20 chữ số hoặc chữ cái): \"" + idNumber + "\"");
        }
        phone = blankToNull(phone);
        if (phone != null && !phone.matches("\\+?[0-9 .()-]{8,20}")) {
            throw ProblemException.invalidField("applicant.phone", "Số điện thoại không hợp lệ: \"" + phone + "\"");
        }
        email = blankToNull(email);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw ProblemException.invalidField("applicant.email", "Địa chỉ thư điện tử không hợp lệ: \"" + email + "\"");
        }
        address = blankToNull(address);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package vn.motcua.identity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person as a national identity provider vouches for them (VNeID directly, or the national portal's single
 * sign-on), read from the attributes the providers send (integrations.md §7.1–7.2). People are known by the 12-digit
 * personal identity number ({@code SoDinhDanh}), never by the provider's subject, which differs between providers.
 *
 * @param provider the configured provider's name ({@code vneid}, {@code dvcqg})
 * @param subject the provider's own subject ({@code sub}), kept for the record only
 * @param assuranceLevel the level of assurance of the sign-in (mức định danh: 1 or 2; 0 when the provider says none)
 * @param enterpriseCode the tax/enterprise code of the organisation the person represents, where the provider names it
 */
public record NationalIdentity(String provider, String subject, String idNumber, String fullName, LocalDate birthDate,
        String gender, String address, String phone, String email, int assuranceLevel, String enterpriseCode,
        String enterpriseName, String enterpriseAddress) {

    private static final Pattern ID_NUMBER = Pattern.compile("[0-9]{12}");
    private static final Pattern LEVEL = Pattern.compile("([0-9])");

    public NationalIdentity {
        Objects.requireNonNull(provider, "provider");
        if (idNumber == null || !ID_NUMBER.matcher(idNumber).matches()) {
            throw new IllegalArgumentException("SoDinhDanh must be 12 digits");
        }
        if (fullName == null || fullName.isBlank()) {
            throw new IllegalArgumentException("HoVaTen is missing");
        }
    }

    /**
     * Reads the provider's attributes: {@code SoDinhDanh} (required, 12 digits), {@code HoVaTen} (or {@code name}),
     * {@code NgayThangNamSinh} ({@code yyyyMMdd}, or ISO, or dd/MM/yyyy), {@code GioiTinh}, {@code NoiOHienNay} or
     * {@code ThuongTru}, {@code SoDienThoai}, {@code ThuDienTu} (or {@code email}), the level from {@code loA},
     * {@code IAL}, {@code loAs} or {@code acr} (the first digit in it), and {@code MaSoDoanhNghiep} (or
     * {@code MaSoThue}), {@code TenDoanhNghiep}, {@code DiaChi}.
     *
     * @throws IllegalArgumentException when the identity number or the name is missing or malformed
     */
    public static NationalIdentity fromClaims(String provider, String subject, Map<String, Object> claims) {
        String name = text(claims, "HoVaTen", "name");
        return new NationalIdentity(provider, subject, text(claims, "SoDinhDanh"), name,
                birthDate(text(claims, "NgayThangNamSinh", "birthdate")), text(claims, "GioiTinh"),
                text(claims, "NoiOHienNay", "ThuongTru"), text(claims, "SoDienThoai", "phone_number"),
                text(claims, "ThuDienTu", "email"), level(text(claims, "loA", "IAL", "loAs", "acr")),
                text(claims, "MaSoDoanhNghiep", "MaSoThue"), text(claims, "TenDoanhNghiep"),
                text(claims, "DiaChi"));
    }

    /** Whether the person signs in as the representative of an organisation. */
    public boolean representsOrganisation() {
        return enterpriseCode != null;
    }

    private static String text(Map<String, Object> claims, String... names) {
        for (String name : names) {
            Object value = claims.get(name);
            if (value != null && !value.toString().isBlank()) {
                return value.toString().strip();
            }
        }
        return null;
    }

    static int level(String value) {
        if (value == null) {
            return 0;
        }
        Matcher digit = LEVEL.matcher(value);
        return digit.find() ? Math.min(4, Integer.parseInt(digit.group(1))) : 0;
    }

    static LocalDate birthDate(String value) {
        if (value == null) {
            return null;
        }
        for (String pattern : new String[] {"yyyyMMdd", "yyyy-MM-dd", "dd/MM/yyyy"}) {
            try {
                return LocalDate.parse(value, DateTimeFormatter.ofPattern(pattern));
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        return null;
    }
}

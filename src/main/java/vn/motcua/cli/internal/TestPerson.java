package vn.motcua.cli.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A made-up person the stand-in identity provider signs in, with the attributes under the names the real providers
 * use (integrations.md §7.1–7.2): {@code SoDinhDanh}, {@code HoVaTen}, {@code NgayThangNamSinh} ({@code yyyyMMdd}),
 * {@code GioiTinh}, {@code ThuongTru}, {@code NoiOHienNay}, {@code SoDienThoai}, {@code ThuDienTu}, the assurance
 * level ({@code loA}, and {@code IAL} as VNeID names it, {@code loAs} as the national portal does) and, for an
 * organisation's representative, {@code MaSoDoanhNghiep}, {@code TenDoanhNghiep}, {@code DiaChi}.
 */
public record TestPerson(String idNumber, String fullName, String birthDate, String gender, String address,
        String phone, String email, int level, String enterpriseCode, String enterpriseName,
        String enterpriseAddress) {

    /**
     * The people on the pick page: citizens at assurance levels 2 and 1, an organisation's representative, and a civil
     * servant (the demo desk officer) who links her identity to her officer account.
     */
    public static final List<TestPerson> ALL = List.of(
            new TestPerson("001085012345", "Nguyễn Văn An", "19850312", "Nam",
                    "Số 12 đường Lý Thái Tổ, phường Kinh Bắc, tỉnh Bắc Ninh", "0912345678", "an.nguyen@example.vn", 2,
                    null, null, null),
            new TestPerson("024190004567", "Trần Thị Bình", "19900725", "Nữ",
                    "Thôn Đông, xã Tiên Du, tỉnh Bắc Ninh", "0987654321", "binh.tran@example.vn", 1,
                    null, null, null),
            new TestPerson("024088006789", "Lê Hoàng Cường", "19881103", "Nam",
                    "Số 5 đường Nguyễn Gia Thiều, phường Võ Cường, tỉnh Bắc Ninh", "0904111222",
                    "cuong.le@kinhbac.example.vn", 2, "2301234567", "Công ty TNHH Công nghệ Kinh Bắc",
                    "Lô C3, Khu công nghiệp Quế Võ, phường Quế Võ, tỉnh Bắc Ninh"),
            new TestPerson("027095001234", "Phạm Minh Đức", "19950101", "Nam",
                    "Số 8 phố Hàng Bài, phường Hoàn Kiếm, thành phố Hà Nội", "0933444555", null, 2,
                    null, null, null),
            new TestPerson("027190008812", "Nguyễn Thị Thu Hà", "19900115", "Nữ",
                    "Số 3 đường Huyền Quang, phường Kinh Bắc, tỉnh Bắc Ninh", "0915222333", "ha.nguyen@example.vn", 2,
                    null, null, null));

    /** The provider's own subject of this person: differs between providers (as VNeID's and the portal's do). */
    public String subject(String provider) {
        return UUID.nameUUIDFromBytes((provider + ":" + idNumber).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The attributes as the provider sends them in the ID token and from its userinfo endpoint. */
    public Map<String, Object> claims(String provider) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("TechID", subject(provider));
        claims.put("LoaiTaiKhoan", enterpriseCode == null ? "CongDan" : "DoanhNghiep");
        claims.put("SoDinhDanh", idNumber);
        claims.put("HoVaTen", fullName);
        claims.put("name", fullName);
        claims.put("NgayThangNamSinh", birthDate);
        claims.put("GioiTinh", gender);
        claims.put("QuocTich", "Việt Nam");
        claims.put("ThuongTru", address);
        claims.put("NoiOHienNay", address);
        if (phone != null) {
            claims.put("SoDienThoai", phone);
        }
        if (email != null) {
            claims.put("ThuDienTu", email);
        }
        claims.put("loA", level);
        if (provider.equals("dvcqg")) {
            claims.put("loAs", "LoA" + level);
        } else {
            claims.put("IAL", level);
            claims.put("loginIdp", "BCA");
        }
        if (enterpriseCode != null) {
            claims.put("MaSoDoanhNghiep", enterpriseCode);
            claims.put("MaSoThue", enterpriseCode);
            claims.put("TenDoanhNghiep", enterpriseName);
            claims.put("DiaChi", enterpriseAddress);
        }
        return claims;
    }

    public static TestPerson bySubject(String provider, String subject) {
        return ALL.stream().filter(p -> p.subject(provider).equals(subject)).findFirst().orElse(null);
    }
}

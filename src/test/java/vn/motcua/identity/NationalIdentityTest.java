package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NationalIdentityTest {

    @Test
    void readsTheVneidAttributes() {
        NationalIdentity identity = NationalIdentity.fromClaims("vneid", "sub-1", Map.of("SoDinhDanh", "001085012345",
                "HoVaTen", "Nguyễn Văn An", "NgayThangNamSinh", "19850312", "NoiOHienNay", "Bắc Ninh",
                "SoDienThoai", "0912345678", "IAL", "2"));
        assertThat(identity.idNumber()).isEqualTo("001085012345");
        assertThat(identity.birthDate()).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(identity.assuranceLevel()).isEqualTo(2);
        assertThat(identity.representsOrganisation()).isFalse();
    }

    @Test
    void readsThePortalsLevelAndTheOrganisationRepresented() {
        NationalIdentity identity = NationalIdentity.fromClaims("dvcqg", "sub-2", Map.of("SoDinhDanh", "024088006789",
                "HoVaTen", "Lê Hoàng Cường", "loAs", "LoA1", "MaSoThue", "2301234567",
                "TenDoanhNghiep", "Công ty TNHH Công nghệ Kinh Bắc"));
        assertThat(identity.assuranceLevel()).isEqualTo(1);
        assertThat(identity.enterpriseCode()).isEqualTo("2301234567");
        assertThat(identity.representsOrganisation()).isTrue();
    }

    @Test
    void anIdentityWithoutATwelveDigitNumberIsRefused() {
        assertThatThrownBy(() -> NationalIdentity.fromClaims("vneid", "sub-3", Map.of("SoDinhDanh", "12345",
                "HoVaTen", "Ai Đó"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NationalIdentity.fromClaims("vneid", "sub-4", Map.of("HoVaTen", "Ai Đó")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noLevelSaidIsLevelZero() {
        assertThat(NationalIdentity.fromClaims("vneid", "s", Map.of("SoDinhDanh", "001085012345", "name", "An"))
                .assuranceLevel()).isZero();
    }
}

package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgencyCodeTest {

    @Test
    void nationalCodeRoundTripsThroughParse() {
        AgencyCode code = AgencyCode.parse("000.17.22.H56");
        assertThat(code.toString()).isEqualTo("000.17.22.H56");
        assertThat(AgencyCode.parse(code.toString())).isEqualTo(code);
        assertThat(code.levelOne()).isEqualTo("H56");
    }

    @Test
    void centralisedCodeOf2026IsAccepted() {
        AgencyCode code = AgencyCode.parse("G03.123.45");
        assertThat(code.levelOne()).isEqualTo("G03");
    }

    @Test
    void blanksAreTrimmedAndLettersUpperCased() {
        assertThat(AgencyCode.parse("  000.00.00.h05 ")).isEqualTo(new AgencyCode("000.00.00.H05"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "H05", "000.00.00", "000.00.00.H5", "000.0.00.H05", "00.00.00.H05", "000.00.00.HH5",
            "000-00-00-H05", "000.00.00.H05-250701-0001", "H05.12.345", "Đ00.000.00.H05"})
    void malformedCodesAreRefusedInVietnamese(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> AgencyCode.parse(text))
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("mã cơ quan"));
    }
}

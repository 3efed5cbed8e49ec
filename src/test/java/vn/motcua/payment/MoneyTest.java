package vn.motcua.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amountsAreWholeDongAndNeverNegative() {
        assertThat(Money.vnd(200_000).plus(Money.vnd(300_000))).isEqualTo(Money.vnd(500_000));
        assertThatThrownBy(() -> Money.vnd(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.vnd(Long.MAX_VALUE).plus(Money.vnd(1))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void displayUsesDotsBetweenThousands() {
        assertThat(Money.vnd(1_250_000).display()).isEqualTo("1.250.000 đồng");
        assertThat(Money.vnd(0).display()).isEqualTo("0 đồng");
    }

    @Test
    void amountsAreSpelledAsOnReceipts() {
        assertThat(Money.vnd(500_000).inWords()).isEqualTo("Năm trăm nghìn đồng");
        assertThat(Money.vnd(200_000).inWords()).isEqualTo("Hai trăm nghìn đồng");
        assertThat(Money.vnd(1_205).inWords()).isEqualTo("Một nghìn hai trăm linh năm đồng");
        assertThat(Money.vnd(1_000_000).inWords()).isEqualTo("Một triệu đồng");
        assertThat(Money.vnd(1_000_005).inWords()).isEqualTo("Một triệu không trăm linh năm đồng");
        assertThat(Money.vnd(15).inWords()).isEqualTo("Mười lăm đồng");
        assertThat(Money.vnd(21).inWords()).isEqualTo("Hai mươi mốt đồng");
        assertThat(Money.vnd(24).inWords()).isEqualTo("Hai mươi tư đồng");
        assertThat(Money.vnd(110_000).inWords()).isEqualTo("Một trăm mười nghìn đồng");
        assertThat(Money.vnd(2_500_000_000L).inWords()).isEqualTo("Hai tỷ năm trăm triệu đồng");
        assertThat(Money.vnd(0).inWords()).isEqualTo("Không đồng");
    }
}

package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.motcua.reporting.internal.Letterhead;

/** A report's letterhead from the names of its agency and of the body it belongs to (Decree 30/2020). */
class LetterheadTest {

    @Test
    void theLetterheadComesFromTheNamesOfTheAgencyAndItsGoverningBody() {
        Letterhead letterhead = ReportSamples.LETTERHEAD;
        assertThat(letterhead.parentBody()).isEqualTo("UBND TỈNH BẮC NINH");
        assertThat(letterhead.issuer()).isEqualTo("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
        assertThat(letterhead.symbol()).isEqualTo("SKHCN");
        assertThat(letterhead.place()).isEqualTo("Bắc Ninh");
        assertThat(letterhead.receivingUnit()).isEqualTo("Văn phòng Ủy ban nhân dân tỉnh Bắc Ninh");
        Letterhead capital = Letterhead.of("Sở Tài nguyên và Môi trường thành phố Hà Nội",
                "Ủy ban nhân dân thành phố Hà Nội", LocalDate.of(2024, 2, 5));
        assertThat(capital.parentBody()).isEqualTo("UBND THÀNH PHỐ HÀ NỘI");
        assertThat(capital.issuer()).isEqualTo("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG");
        assertThat(capital.symbol()).isEqualTo("STNMT");
        Letterhead alone = Letterhead.of("Cơ quan thử nghiệm 000.00.91.T01", null, LocalDate.of(2024, 2, 5));
        assertThat(alone.parentBody()).isEmpty();
        assertThat(alone.place()).isEmpty();
        assertThat(alone.issuer()).isEqualTo("CƠ QUAN THỬ NGHIỆM 000.00.91.T01");
    }
}

package vn.motcua.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class VietnameseDatesTest {

    @Test
    void daysBelow10AndOnlyJanuaryAndFebruaryTakeALeadingZero() {
        assertThat(VietnameseDates.date(LocalDate.of(2026, 1, 5))).isEqualTo("ngày 05 tháng 01 năm 2026");
        assertThat(VietnameseDates.date(LocalDate.of(2026, 2, 28))).isEqualTo("ngày 28 tháng 02 năm 2026");
        assertThat(VietnameseDates.date(LocalDate.of(2026, 3, 2))).isEqualTo("ngày 02 tháng 3 năm 2026");
        assertThat(VietnameseDates.date(LocalDate.of(2026, 12, 31))).isEqualTo("ngày 31 tháng 12 năm 2026");
    }

    @Test
    void timesReadHoursMinutesThenTheDate() {
        assertThat(VietnameseDates.time(LocalDateTime.of(2026, 3, 16, 7, 5)))
                .isEqualTo("07 giờ 05 phút, ngày 16 tháng 3 năm 2026");
        assertThat(VietnameseDates.time(null)).isEqualTo("…… giờ …… phút, ngày …… tháng …… năm ……");
    }

    @Test
    void placeComesBeforeTheDate() {
        assertThat(VietnameseDates.placeAndDate("Bắc Ninh", LocalDate.of(2026, 2, 9)))
                .isEqualTo("Bắc Ninh, ngày 09 tháng 02 năm 2026");
    }
}

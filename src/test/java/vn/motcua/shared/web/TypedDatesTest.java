package vn.motcua.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import vn.motcua.shared.ProblemException;

/** Dates are typed day first, with or without leading zeros; ISO is read too; impossible days are refused. */
class TypedDatesTest {

    @Test
    void aDayIsReadDayFirstOrIsoAndShownWithTwoDigits() {
        assertThat(TypedDates.parse("05/03/2026", "from", "Từ ngày")).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(TypedDates.parse(" 5/3/2026 ", "from", "Từ ngày")).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(TypedDates.parse("2026-03-05", "from", "Từ ngày")).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(TypedDates.parse("  ", "from", "Từ ngày")).isNull();
        assertThat(TypedDates.format(LocalDate.of(2026, 3, 5))).isEqualTo("05/03/2026");
    }

    @Test
    void aDayAndTimeIsReadDayFirstOrIso() {
        assertThat(TypedDates.parseDateTime("20/03/2026 16:00", "newDueAt", "Hẹn trả"))
                .isEqualTo(LocalDateTime.of(2026, 3, 20, 16, 0));
        assertThat(TypedDates.parseDateTime("2026-03-20T16:00", "newDueAt", "Hẹn trả"))
                .isEqualTo(LocalDateTime.of(2026, 3, 20, 16, 0));
        assertThat(TypedDates.format(LocalDateTime.of(2026, 3, 20, 9, 5))).isEqualTo("20/03/2026 09:05");
    }

    @Test
    void anImpossibleOrMonthFirstDateIsRefusedNamingTheFieldInVietnamese() {
        assertThatThrownBy(() -> TypedDates.parse("31/02/2026", "to", "Đến ngày"))
                .isInstanceOf(ProblemException.class).hasMessageContaining("Đến ngày \"31/02/2026\" không hợp lệ")
                .satisfies(e -> assertThat(((ProblemException) e).fields().get(0).field()).isEqualTo("to"));
        assertThatThrownBy(() -> TypedDates.parse("03/25/2026", "to", "Đến ngày"))
                .hasMessageContaining("dd/mm/yyyy");
        assertThatThrownBy(() -> TypedDates.required("", "date", "Ngày làm bù")).hasMessageContaining("Cần nhập");
        assertThatThrownBy(() -> TypedDates.parseDateTime("20/03/2026 4pm", "newDueAt", "Hẹn trả"))
                .hasMessageContaining("dd/mm/yyyy hh:mm");
    }
}

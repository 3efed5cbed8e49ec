package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TrackingBookTest {

    private final FormRenderer renderer = new FormRenderer();

    @Test
    void aBookOf120DossiersSpansSeveralA4LandscapePagesWithEveryCodeExactlyOnceInOrder() throws Exception {
        try (RenderedPdf pdf = new RenderedPdf(renderer.render(FormSet.TT03_2025, FormFixtures.trackingBook(120)))) {
            assertThat(pdf.pages()).isGreaterThan(3);
            for (int page = 0; page < pdf.pages(); page++) {
                assertThat(pdf.pageSize(page).getWidth()).isGreaterThan(pdf.pageSize(page).getHeight());
            }
            String text = pdf.text();
            int previous = -1;
            for (int i = 1; i <= 120; i++) {
                String code = "000.00.22.H05-260302-%04d".formatted(i);
                assertThat(occurrences(text, code)).as(code).isEqualTo(1);
                assertThat(text.indexOf(code)).as("%s after the one before", code).isGreaterThan(previous);
                previous = text.indexOf(code);
            }
        }
    }

    @Test
    void theColumnHeadingsRepeatOnEveryPageAndPagesAfterTheFirstAreNumbered() throws Exception {
        try (RenderedPdf pdf = new RenderedPdf(renderer.render(FormSet.TT01_2018, FormFixtures.trackingBook(60)))) {
            for (int page = 1; page <= pdf.pages(); page++) {
                String text = pdf.text(page, page);
                assertThat(text).as("page %d", page)
                        .contains("STT", "Mã hồ sơ", "Tên thủ tục hành chính", "Nhận và trả kết quả", "Ký nhận");
                if (page > 1) {
                    assertThat(text.strip()).as("page %d", page).endsWith(" " + page);
                }
            }
        }
    }

    @Test
    void theBookCarriesItsPeriodAndNoQrCode() throws Exception {
        try (RenderedPdf pdf = new RenderedPdf(renderer.render(FormSet.TT03_2025, FormFixtures.trackingBook(3)))) {
            assertThat(pdf.text()).contains("SỔ THEO DÕI HỒ SƠ",
                    "Lĩnh vực Hoạt động khoa học và công nghệ – Năm 2026", "Số: 07/STD-TTPVHCC");
            assertThat(pdf.pages()).isEqualTo(1);
        }
    }

    @Test
    void anEmptyBookStillPrintsItsHeadings() throws Exception {
        TrackingBookForm empty = new TrackingBookForm(FormFixtures.header(), "Quý I năm 2026", java.util.List.of());
        try (RenderedPdf pdf = new RenderedPdf(renderer.render(FormSet.TT03_2025, empty))) {
            assertThat(pdf.text()).contains("Mã hồ sơ", "Ghi chú");
        }
    }

    private static int occurrences(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}

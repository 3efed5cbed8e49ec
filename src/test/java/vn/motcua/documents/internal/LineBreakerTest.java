package vn.motcua.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LineBreakerTest {

    private final PDDocument document = new PDDocument();
    private final Fonts fonts = Fonts.embedIn(document);
    private final LineBreaker breaker = new LineBreaker(fonts, 10);

    @AfterEach
    void close() throws Exception {
        document.close();
    }

    @Test
    void noLineIsWiderThanItsMeasureAndNoWordIsLost() {
        String text = "Cấp Giấy chứng nhận doanh nghiệp khoa học và công nghệ cho doanh nghiệp có kết quả "
                + "khoa học và công nghệ được công nhận";
        List<Line> lines = breaker.wrap(List.of(Span.regular(text)), 120, 100);
        assertThat(lines).hasSizeGreaterThan(3);
        assertThat(lines.get(0).width()).isLessThanOrEqualTo(120);
        assertThat(lines.subList(1, lines.size()))
                .allSatisfy(line -> assertThat(line.width()).isLessThanOrEqualTo(100));
        assertThat(String.join(" ", lines.stream().map(Line::text).toList())).isEqualTo(text);
    }

    @Test
    void measuredWidthMatchesTheFont() {
        Line line = breaker.wrap(List.of(Span.bold("Hồ sơ")), 500, 500).get(0);
        assertThat(line.width()).isCloseTo(fonts.width("Hồ sơ", Typeface.BOLD, 10), within(0.001f));
    }

    @Test
    void aWordWiderThanTheLineIsSplitByCharacters() {
        List<Line> lines = breaker.wrap(List.of(Span.regular("000.00.22.H05-260302-0001")), 40, 40);
        assertThat(lines).hasSizeGreaterThan(1).allSatisfy(line -> assertThat(line.width()).isLessThanOrEqualTo(40));
        assertThat(String.join("", lines.stream().map(Line::text).toList())).isEqualTo("000.00.22.H05-260302-0001");
    }

    @Test
    void lineFeedsStartNewLinesAndSpansKeepTheirFaces() {
        List<Line> lines = breaker.wrap(List.of(Span.regular("1. Giao: "), Span.bold("Bộ phận Một cửa"),
                Span.regular("\n2. Nhận: Phòng")), 500, 500);
        assertThat(lines).extracting(Line::text).containsExactly("1. Giao: Bộ phận Một cửa", "2. Nhận: Phòng");
        assertThat(lines.get(0).spans()).extracting(Span::face).containsExactly(Typeface.REGULAR, Typeface.BOLD);
    }
}

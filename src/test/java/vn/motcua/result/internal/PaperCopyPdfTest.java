package vn.motcua.result.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaperCopyPdfTest {

    @Test
    void theNoteIsDatedAtTheProvinceOrCityInTheAgencysNameAndLeftToFillInOtherwise() {
        assertThat(PaperCopyPdf.place("Sở Khoa học và Công nghệ tỉnh Bắc Ninh")).isEqualTo("Bắc Ninh");
        assertThat(PaperCopyPdf.place("Sở Tư pháp thành phố Hà Nội")).isEqualTo("Hà Nội");
        assertThat(PaperCopyPdf.place("Bộ Khoa học và Công nghệ")).isEqualTo("......");
        assertThat(PaperCopyPdf.place(null)).isEqualTo("......");
    }
}

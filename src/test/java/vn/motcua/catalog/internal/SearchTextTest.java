package vn.motcua.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void vietnameseTextFoldsToLowerCaseWithoutDiacriticsAndDBecomesD() {
        assertThat(SearchText.fold("Cấp Giấy chứng nhận ĐĂNG KÝ đổi mới")).isEqualTo("cap giay chung nhan dang ky doi moi");
    }

    @Test
    void theFullTextQueryJoinsTheWordsAndTreatsTheLastAsAPrefix() {
        assertThat(SearchText.tsQuery("  Giấy chứng nhận, doanh nghiệ ")).isEqualTo("giay & chung & nhan & doanh & nghie:*");
        assertThat(SearchText.tsQuery("  ;; ")).isNull();
    }

    @Test
    void aCodeIsFoundWithOrWithoutItsDotAndWithTheProvinceSuffix() {
        assertThat(SearchText.codeQuery("1.014390")).isEqualTo("1.014390");
        assertThat(SearchText.codeQuery(" 014390 ")).isEqualTo("014390");
        assertThat(SearchText.codeQuery("1014390")).isEqualTo("1.014390");
        assertThat(SearchText.codeQuery("1.014390.H05")).isEqualTo("1.014390");
        assertThat(SearchText.codeQuery("1.014390.000.00.22.H05")).isEqualTo("1.014390");
        assertThat(SearchText.codeQuery("cap 1")).isNull();
        assertThat(SearchText.codeQuery("12")).isNull();
    }
}

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
    void digitsAndDotsLookLikeAProcedureCode() {
        assertThat(SearchText.looksLikeCode("1.014390")).isTrue();
        assertThat(SearchText.looksLikeCode("014390")).isTrue();
        assertThat(SearchText.looksLikeCode("cap 1")).isFalse();
    }
}

package vn.motcua.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void tenCharactersWithLettersAndDigitsPass() {
        assertThat(PasswordPolicy.violations("tiepnhan", "Demo@12345")).isEmpty();
        assertThat(PasswordPolicy.violations("tiepnhan", "hoSo2025abc")).isEmpty();
    }

    @Test
    void vietnameseLettersCountAsLetters() {
        assertThat(PasswordPolicy.violations("an", "Đường2025số")).isEmpty();
    }

    @Test
    void nineCharactersAreTooShort() {
        assertThat(PasswordPolicy.violations("an", "abcde1234")).containsExactly("Mật khẩu phải có ít nhất 10 ký tự.");
    }

    @Test
    void lettersOnlyOrDigitsOnlyAreRefused() {
        assertThat(PasswordPolicy.violations("an", "abcdefghijkl")).containsExactly("Mật khẩu phải có cả chữ cái và chữ số.");
        assertThat(PasswordPolicy.violations("an", "12345678901")).containsExactly("Mật khẩu phải có cả chữ cái và chữ số.");
    }

    @Test
    void theUsernameIsNotAPasswordWhateverItsCase() {
        assertThat(PasswordPolicy.violations("nguyenvan12", "NguyenVan12"))
                .containsExactly("Mật khẩu không được trùng với tên đăng nhập.");
    }

    @Test
    void commonPasswordsAreRefused() {
        assertThat(PasswordPolicy.violations("an", "Password123")).anyMatch(v -> v.contains("quá phổ biến"));
        assertThat(PasswordPolicy.violations("an", "matkhau123")).anyMatch(v -> v.contains("quá phổ biến"));
    }

    @Test
    void everyBrokenRuleIsReported() {
        assertThat(PasswordPolicy.violations("abc", "abc")).hasSize(3);
        assertThat(PasswordPolicy.violations("abc", "")).containsExactly("Vui lòng nhập mật khẩu.");
    }
}

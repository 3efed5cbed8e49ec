package vn.motcua.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What makes a password acceptable: at least {@value #MIN_LENGTH} characters with both letters and digits, not the
 * username, and not one of the passwords people pick first. Returns the broken rules as Vietnamese sentences.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;

    /** Compared ignoring case: the first guesses of anyone trying accounts, international and Vietnamese. */
    private static final Set<String> COMMON = Set.of(
            "password1", "password12", "password123", "password1234", "passw0rd123", "p@ssw0rd123",
            "qwerty1234", "qwerty12345", "qwertyuiop1", "1q2w3e4r5t", "1qaz2wsx3edc", "abc1234567", "abcd123456",
            "admin12345", "admin123456", "administrator1", "iloveyou12", "welcome123", "letmein123", "changeme123",
            "matkhau123", "matkhau1234", "matkhau@123", "123456789a", "a123456789", "motcua2025", "motcua12345",
            "vietnam123", "vietnam2025", "hanoi12345");

    private PasswordPolicy() {}

    static List<String> violations(String username, String password) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add("Vui lòng nhập mật khẩu.");
            return problems;
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            problems.add("Mật khẩu phải có ít nhất " + MIN_LENGTH + " ký tự.");
        }
        if (password.codePoints().noneMatch(Character::isLetter) || password.codePoints().noneMatch(Character::isDigit)) {
            problems.add("Mật khẩu phải có cả chữ cái và chữ số.");
        }
        if (username != null && password.equalsIgnoreCase(username.strip())) {
            problems.add("Mật khẩu không được trùng với tên đăng nhập.");
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            problems.add("Mật khẩu này quá phổ biến, dễ bị đoán; vui lòng chọn mật khẩu khác.");
        }
        return problems;
    }
}

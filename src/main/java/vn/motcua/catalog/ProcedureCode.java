package vn.motcua.catalog;

import java.util.regex.Pattern;
import vn.motcua.shared.ProblemException;

/**
 * The national code of a procedure in the national TTHC database, e.g. {@code 1.014390}: one digit, a dot, six
 * digits. Local variants ({@code 1.014390.000.00.00.H56}) are the national code plus the agency's code and are
 * not stored here.
 */
public record ProcedureCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d\\.\\d{6}");

    public ProcedureCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw ProblemException.invalidField("code",
                    "Mã thủ tục \"" + value + "\" không đúng định dạng (một chữ số, dấu chấm, sáu chữ số, ví dụ 1.014390).");
        }
    }

    public static boolean isWellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    public static ProcedureCode of(String value) {
        return new ProcedureCode(value == null ? null : value.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}

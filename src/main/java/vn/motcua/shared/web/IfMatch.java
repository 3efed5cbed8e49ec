package vn.motcua.shared.web;

import vn.motcua.shared.ProblemException;

/** Reads the version a client acted on from {@code If-Match}: {@code "3"}, {@code W/"3"} or {@code 3}. */
public final class IfMatch {

    private IfMatch() {}

    /**
     * The version, or 428 when the header is missing (every change must name what it changed), 400 when it is not
     * a version. {@code what} names the record in the messages, e.g. "hồ sơ".
     */
    public static int version(String ifMatch, String what) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemException.Kind.PRECONDITION_REQUIRED, "Thiếu phiên bản " + what + ": mỗi "
                    + "thao tác phải gửi kèm tiêu đề If-Match với phiên bản (ETag) của " + what + " đã xem.");
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("If-Match", "If-Match phải là phiên bản " + what + ", ví dụ \"3\"");
        }
    }

    /** The entity tag of a version. */
    public static String etag(int version) {
        return "\"" + version + "\"";
    }
}

package vn.motcua.control.web;

import java.nio.charset.StandardCharsets;

/** What a stored document file is, by its first bytes (the store keeps bytes only): its media type and extension. */
final class DocumentFiles {

    record Kind(String mediaType, String extension) {}

    private DocumentFiles() {
    }

    static Kind kind(byte[] bytes) {
        if (starts(bytes, "%PDF")) {
            return new Kind("application/pdf", ".pdf");
        }
        if (starts(bytes, "PK")) {
            String head = new String(bytes, 0, Math.min(bytes.length, 2000), StandardCharsets.ISO_8859_1);
            if (head.contains("word/")) {
                return new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");
            }
            if (head.contains("xl/")) {
                return new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");
            }
            return new Kind("application/zip", ".zip");
        }
        if (bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8) {
            return new Kind("image/jpeg", ".jpg");
        }
        if (starts(bytes, "\u0089PNG")) {
            return new Kind("image/png", ".png");
        }
        return new Kind("application/octet-stream", "");
    }

    private static boolean starts(byte[] bytes, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (bytes[i] != p[i]) {
                return false;
            }
        }
        return true;
    }
}

package vn.motcua.documents.internal;

import java.text.Normalizer;

/** Input text made safe to draw. */
public final class Texts {

    /** Drawn where a value is missing, so the line can be filled in by hand. */
    public static final String DOTS = "……………";

    private Texts() {
    }

    /**
     * NFC-normalised (so "e" + combining marks becomes one precomposed Vietnamese letter the font has), with
     * tabs as spaces and other control characters except line feeds removed; null becomes "".
     */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String normalised = Normalizer.normalize(text.replace("\r\n", "\n"), Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(normalised.length());
        normalised.codePoints().forEach(cp -> {
            if (cp == '\n' || !Character.isISOControl(cp)) {
                out.appendCodePoint(cp);
            } else if (cp == '\t') {
                out.append(' ');
            }
        });
        return out.toString();
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The value, or dots to fill in by hand when it is missing. */
    static String orDots(String value) {
        return isBlank(value) ? DOTS : value;
    }

    /** The text with its first letter in capitals: "ngày 02 …" becomes "Ngày 02 …". */
    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

package vn.motcua.catalog.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a person types into search terms: folded like the database's {@code catalog_fold} (lower case, no
 * diacritics, đ → d), split into words, and a prefix full-text query ("cap & giay & chung & nhan:*").
 */
final class SearchText {

    /** A code with the suffix portals print after it, e.g. "1.014390.H05" or "1.014390.000.00.22.H05". */
    private static final Pattern SUFFIXED_CODE = Pattern.compile("(\\d\\.\\d{6})\\.[0-9A-Za-z.]+");

    private SearchText() {}

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String replaced = text.replace('đ', 'd').replace('Đ', 'D');
        String decomposed = Normalizer.normalize(replaced, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).strip();
    }

    /** Folded words of letters and digits. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : fold(text).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The words joined for {@code to_tsquery('simple', …)}, the last one as a prefix; null without words. */
    static String tsQuery(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return null;
        }
        return String.join(" & ", words) + ":*";
    }

    /**
     * The procedure code, or part of one, that a search text names; null when it names none. Clerks type codes in
     * several ways: "1.014390", "014390", without the dot ("1014390"), or with the province's suffix as portals print
     * it ("1.014390.H05", "1.014390.000.00.22.H05"); each gives the catalog's form or a part of it.
     */
    static String codeQuery(String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip();
        Matcher suffixed = SUFFIXED_CODE.matcher(value);
        if (suffixed.matches()) {
            return suffixed.group(1);
        }
        if (value.matches("\\d{7}")) {
            return value.charAt(0) + "." + value.substring(1);
        }
        return value.matches("[0-9.]{3,}") ? value : null;
    }

}

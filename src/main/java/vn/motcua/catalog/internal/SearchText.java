package vn.motcua.catalog.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns what a person types into search terms: folded like the database's {@code catalog_fold} (lower case, no
 * diacritics, đ → d), split into words, and a prefix full-text query ("cap & giay & chung & nhan:*").
 */
final class SearchText {

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

    /** Whether the text looks like (part of) a procedure code: digits and dots only. */
    static boolean looksLikeCode(String text) {
        return text != null && text.strip().matches("[0-9.]{3,}");
    }
}

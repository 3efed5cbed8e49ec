package vn.motcua.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.gsub.GsubWorker;
import org.apache.fontbox.ttf.gsub.GsubWorkerFactory;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled TrueType fonts embedded (as subsets) in one document, and text measurement with them.
 * Font files are read from the classpath once per JVM, so forms render the same on machines without fonts, and parsed
 * once per thread: a parsed font is read again by every document that embeds it, which is safe one document after
 * another but not from two threads at once.
 * <p>
 * What depends only on the parsed font is also kept per thread, for the next documents: each character's width and
 * whether the font has it, and each word's glyphs after the font's substitutions (GSUB, e.g. ligatures), which PDFBox
 * would otherwise work out again for every string drawn. They are filled from this document's fonts, which all wrap
 * the thread's parsed fonts, so they are what PDFBox computes for any of them.
 */
final class Fonts {

    /**
     * Words shaped per face and thread, least recently used forgotten first: the forms' fixed wording and the last
     * dossiers' names and codes (a few dozen bytes each).
     */
    static final int SHAPED_WORDS = 2048;
    /**
     * Strings (a line's run in one face) shown per face and thread: a receipt shows about 60, most of them the same
     * for every dossier. About a kilobyte each with their glyph sets, so at most some 1.5 MB a thread.
     */
    static final int SHOWN_STRINGS = 512;

    /** What {@code showText} writes after the string: a space, the operator, a line feed. */
    private static final byte[] SHOW_TEXT = " Tj\n".getBytes(StandardCharsets.US_ASCII);

    private static final Map<Typeface, byte[]> FILES = readFontFiles();
    private static final ThreadLocal<Map<Typeface, Face>> PARSED = ThreadLocal.withInitial(Fonts::parse);

    private final Map<Typeface, PDType0Font> fonts = new EnumMap<>(Typeface.class);
    private final Map<Typeface, Face> faces;

    private Fonts(PDDocument document) throws IOException {
        this.faces = PARSED.get();
        for (Typeface face : Typeface.values()) {
            fonts.put(face, PDType0Font.load(document, faces.get(face).ttf, true));
        }
    }

    static Fonts embedIn(PDDocument document) {
        try {
            return new Fonts(document);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot embed the bundled fonts", e);
        }
    }

    PDType0Font font(Typeface face) {
        return fonts.get(face);
    }

    /**
     * Width in points of text already made {@link #printable printable} in this face: the sum of its characters'
     * widths, in order, as {@link PDFont#getStringWidth} adds them.
     */
    float width(String text, Typeface face, float size) {
        Face known = faces.get(face);
        PDType0Font font = fonts.get(face);
        float width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            float w = cp < Face.TABLE ? known.width(font, cp) : Float.NaN;
            if (Float.isNaN(w)) {
                return directWidth(font, text, size);
            }
            width += w;
            i += Character.charCount(cp);
        }
        return width / 1000f * size;
    }

    private static float directWidth(PDType0Font font, String text, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with every character the font cannot draw replaced by '?', so rendering never fails on input. */
    String printable(String text, Typeface face) {
        Face known = faces.get(face);
        PDType0Font font = fonts.get(face);
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (!known.hasGlyph(font, cp)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append('?');
            } else if (out != null) {
                out.append(text, i, next);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    /**
     * Shows the text in the face at the current text position, as {@link PDPageContentStream#showText} does after
     * {@code setFont(font(face), …)}: the same bytes in the content stream, the same glyphs and characters kept in
     * the font's subset. Strings and words are shaped once per thread instead of once per string (see
     * {@link #shape}).
     */
    @SuppressWarnings("deprecation") // appendRawCommands: the shaped string and the operator, as showText writes them
    void showText(PDPageContentStream content, Typeface face, String text) throws IOException {
        Face known = faces.get(face);
        Shown shown = known.shown.get(text);
        if (shown == null) {
            shown = shown(face, text);
            if (shown == null) {
                content.showText(text);
                return;
            }
            known.shown.put(text, shown);
        }
        PDType0Font font = fonts.get(face);
        if (font.willBeSubset()) {
            font.addGlyphsToSubset(shown.glyphIds);
            for (int codePoint : shown.codePoints) {
                font.addToSubset(codePoint);
            }
        }
        content.appendRawCommands(shown.command);
    }

    private Shown shown(Typeface face, String text) throws IOException {
        Set<Integer> glyphIds = new HashSet<>();
        byte[] encoded = shape(face, text, glyphIds);
        if (encoded == null) {
            return null;
        }
        ByteArrayOutputStream command = new ByteArrayOutputStream(encoded.length * 2 + 8);
        COSWriter.writeString(encoded, command);
        command.write(SHOW_TEXT);
        return new Shown(command.toByteArray(), Set.copyOf(glyphIds), text.codePoints().distinct().toArray());
    }

    /**
     * The bytes PDFBox's {@code showText} writes for this text in the face, with the glyphs after substitution
     * (which PDFBox keeps in the font's subset) added to {@code glyphIds}; null when the font does not substitute glyphs or a character has no glyph
     * (PDFBox then does it all, and fails as it does). Like PDFBox, the text is split into single whitespace
     * characters (regex {@code \s}), each encoded as is, and the words between them, each shaped with the font's
     * GSUB lookups.
     */
    private byte[] shape(Typeface face, String text, Set<Integer> glyphIds) throws IOException {
        PDType0Font font = fonts.get(face);
        Face known = faces.get(face);
        GsubWorker worker = known.gsub(font);
        if (worker == null) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 2);
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && !isRegexSpace(text.charAt(i))) {
                continue;
            }
            if (i > start) {
                Shaped word = known.shaped(font, worker, text.substring(start, i));
                if (word == null) {
                    return null;
                }
                out.write(word.bytes);
                for (int glyphId : word.glyphIds) {
                    glyphIds.add(glyphId);
                }
            }
            if (i < text.length()) {
                out.write(font.encode(text.substring(i, i + 1)));
            }
            start = i + 1;
        }
        return out.toByteArray();
    }

    /** The characters of {@code \s} in Java regular expressions (without UNICODE_CHARACTER_CLASS). */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** A word's glyphs after substitution, and their bytes in the content stream. */
    private record Shaped(byte[] bytes, int[] glyphIds) {}

    /** A string as shown: the operand and operator written, the glyphs and characters kept in the subset. */
    private record Shown(byte[] command, Set<Integer> glyphIds, int[] codePoints) {}

    /** One parsed face and what this thread learnt about it. */
    private static final class Face {
        static final int TABLE = 0x10000;
        private static final float NO_GLYPH = -1;

        final TrueTypeFont ttf;
        /**
         * Width in glyph units by BMP code point, in pages of 256 allocated when first used (Vietnamese text touches
         * a handful): NaN when not measured yet, NO_GLYPH when the font lacks the character.
         */
        private final float[][] widths = new float[TABLE >> 8][];
        private final Map<String, Shaped> words = new Lru<>(SHAPED_WORDS);
        /** Strings shown: the forms' fixed wording, and the last dossiers' lines. */
        final Map<String, Shown> shown = new Lru<>(SHOWN_STRINGS);
        private boolean gsubLooked;
        private GsubWorker gsub;

        Face(TrueTypeFont ttf) {
            this.ttf = ttf;
        }

        boolean hasGlyph(PDType0Font font, int cp) {
            if (cp >= TABLE) {
                return encodes(font, cp);
            }
            return learn(font, cp) != NO_GLYPH;
        }

        /** The width in glyph units, NaN when the font has no glyph or the code point is outside the table. */
        float width(PDType0Font font, int cp) {
            float known = learn(font, cp);
            return known == NO_GLYPH ? Float.NaN : known;
        }

        private float learn(PDType0Font font, int cp) {
            float[] page = widths[cp >> 8];
            if (page == null) {
                page = new float[256];
                Arrays.fill(page, Float.NaN);
                widths[cp >> 8] = page;
            }
            float known = page[cp & 0xFF];
            if (Float.isNaN(known)) {
                if (encodes(font, cp)) {
                    try {
                        known = font.getStringWidth(new String(Character.toChars(cp)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                } else {
                    known = NO_GLYPH;
                }
                page[cp & 0xFF] = known;
            }
            return known;
        }

        private static boolean encodes(PDType0Font font, int cp) {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        }

        /** The worker PDFBox's content stream would make for this font; null when the font has no GSUB data. */
        GsubWorker gsub(PDType0Font font) {
            if (!gsubLooked) {
                GsubData data = font.getGsubData();
                gsub = data == GsubData.NO_DATA_FOUND ? null
                        : new GsubWorkerFactory().getGsubWorker(font.getCmapLookup(), data);
                gsubLooked = true;
            }
            return gsub;
        }

        /** As PDFBox shapes a word: glyph per UTF-16 char from the cmap, then the substitutions. */
        Shaped shaped(PDType0Font font, GsubWorker worker, String word) throws IOException {
            Shaped shaped = words.get(word);
            if (shaped != null) {
                return shaped;
            }
            CmapLookup cmap = font.getCmapLookup();
            List<Integer> original = new ArrayList<>(word.length());
            for (int i = 0; i < word.length(); i++) {
                int glyphId = cmap.getGlyphId(word.charAt(i));
                if (glyphId <= 0) {
                    return null;
                }
                original.add(glyphId);
            }
            List<Integer> substituted = worker.applyTransforms(original);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(substituted.size() * 2);
            int[] glyphIds = new int[substituted.size()];
            for (int i = 0; i < glyphIds.length; i++) {
                glyphIds[i] = substituted.get(i);
                bytes.write(font.encodeGlyphId(glyphIds[i]));
            }
            shaped = new Shaped(bytes.toByteArray(), glyphIds);
            words.put(word, shaped);
            return shaped;
        }
    }

    /** A map that forgets its least recently used entry beyond a size. */
    private static final class Lru<K, V> extends LinkedHashMap<K, V> {
        private final int limit;

        Lru(int limit) {
            super(256, 0.75f, true);
            this.limit = limit;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > limit;
        }
    }

    private static Map<Typeface, Face> parse() {
        Map<Typeface, Face> parsed = new EnumMap<>(Typeface.class);
        for (Typeface face : Typeface.values()) {
            try {
                parsed.put(face, new Face(new TTFParser().parse(new RandomAccessReadBuffer(FILES.get(face)))));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot parse the bundled font " + face.resource(), e);
            }
        }
        return parsed;
    }

    private static Map<Typeface, byte[]> readFontFiles() {
        Map<Typeface, byte[]> files = new EnumMap<>(Typeface.class);
        for (Typeface face : Typeface.values()) {
            try (InputStream in = Fonts.class.getClassLoader().getResourceAsStream(face.resource())) {
                if (in == null) {
                    throw new IllegalStateException("missing font resource " + face.resource());
                }
                files.put(face, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + face.resource(), e);
            }
        }
        return files;
    }
}

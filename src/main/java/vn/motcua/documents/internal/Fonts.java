package vn.motcua.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled TrueType fonts embedded (as subsets) in one document, and text measurement with them.
 * Font files are read from the classpath once per JVM, so forms render the same on machines without fonts, and parsed
 * once per thread: a parsed font is read again by every document that embeds it, which is safe one document after
 * another but not from two threads at once.
 */
final class Fonts {

    private static final Map<Typeface, byte[]> FILES = readFontFiles();
    private static final ThreadLocal<Map<Typeface, TrueTypeFont>> PARSED = ThreadLocal.withInitial(Fonts::parse);

    private final Map<Typeface, PDType0Font> fonts = new EnumMap<>(Typeface.class);
    private final Map<Typeface, Map<Integer, Boolean>> glyphCache = new EnumMap<>(Typeface.class);

    private Fonts(PDDocument document) throws IOException {
        for (Typeface face : Typeface.values()) {
            fonts.put(face, PDType0Font.load(document, PARSED.get().get(face), true));
            glyphCache.put(face, new HashMap<>());
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

    /** Width in points of text already made {@link #printable printable} in this face. */
    float width(String text, Typeface face, float size) {
        try {
            return fonts.get(face).getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with every character the font cannot draw replaced by '?', so rendering never fails on input. */
    String printable(String text, Typeface face) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (hasGlyph(face, cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(Typeface face, int codePoint) {
        return glyphCache.get(face).computeIfAbsent(codePoint, cp -> {
            try {
                fonts.get(face).encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }

    private static Map<Typeface, TrueTypeFont> parse() {
        Map<Typeface, TrueTypeFont> parsed = new EnumMap<>(Typeface.class);
        for (Typeface face : Typeface.values()) {
            try {
                parsed.put(face, new TTFParser().parse(new RandomAccessReadBuffer(FILES.get(face))));
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
